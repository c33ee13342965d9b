// `n8n start` for the checks that need the server (the credential Test, stopping
// an execution): started on a free port, the owner account set up, and REST
// calls made with its session. Works with n8n 1.x and 2.x.
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { randomUUID } from 'node:crypto';

const freePort = () =>
	new Promise((resolve) => {
		const server = createServer().listen(0, '127.0.0.1', () => {
			const { port } = server.address();
			server.close(() => resolve(port));
		});
	});

const pause = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Starts `n8n start` with `env` (from n8nEnv) at debug log level, waits for its
 * REST API and sets up the owner. Returns { base, rest(method, path, body),
 * output(), waitForOutput(pattern, from, ms), stop() }.
 */
export async function startN8nServer(bin, env) {
	const port = await freePort();
	const base = `http://127.0.0.1:${port}`;
	const child = spawn(bin, ['start'], {
		env: { ...env, N8N_PORT: String(port), N8N_LISTEN_ADDRESS: '127.0.0.1', N8N_HOST: '127.0.0.1', N8N_SECURE_COOKIE: 'false', N8N_LOG_LEVEL: 'debug' },
		stdio: ['ignore', 'pipe', 'pipe'],
	});
	let output = '';
	child.stdout.on('data', (chunk) => (output += chunk));
	child.stderr.on('data', (chunk) => (output += chunk));
	const exited = new Promise((resolve) => child.on('exit', resolve));
	// The session cookie is tied to this header (n8n's browser-id check).
	const browserId = randomUUID();
	let cookie = '';

	async function rest(method, path, body) {
		const response = await fetch(`${base}${path}`, {
			method,
			headers: { 'content-type': 'application/json', 'browser-id': browserId, ...(cookie && { cookie }) },
			body: body === undefined ? undefined : JSON.stringify(body),
		});
		const setCookie = response.headers.getSetCookie?.() ?? [];
		const auth = setCookie.find((c) => c.startsWith('n8n-auth='));
		if (auth) cookie = auth.split(';')[0];
		const text = await response.text();
		let json;
		try {
			json = JSON.parse(text);
		} catch {
			json = undefined;
		}
		return { status: response.status, json, text };
	}

	const stop = async () => {
		if (child.exitCode === null) child.kill('SIGTERM');
		const killer = setTimeout(() => child.kill('SIGKILL'), 20_000);
		await exited;
		clearTimeout(killer);
	};

	try {
		// /rest/settings answers once the REST API is mounted; the owner route can follow a moment later.
		const until = Date.now() + 180_000;
		let setup;
		while (Date.now() < until && child.exitCode === null) {
			try {
				if ((await fetch(`${base}/rest/settings`)).ok) {
					setup = await rest('POST', '/rest/owner/setup', { email: 'owner@example.com', firstName: 'Kling', lastName: 'Tester', password: 'Passw0rd-Kling!' });
					if (setup.status === 200) break;
				}
			} catch {
				// not up yet
			}
			await pause(500);
		}
		if (setup?.status !== 200) throw new Error(`n8n start did not come up with an owner (${setup?.status ?? 'no answer'}):\n${output.slice(-3000)}`);
	} catch (error) {
		await stop();
		throw error;
	}

	/** Resolves with the time (Date.now()) `pattern` appears in the output after index `from`, or undefined after `ms`. */
	async function waitForOutput(pattern, from, ms) {
		const until = Date.now() + ms;
		while (Date.now() < until) {
			if (pattern.test(output.slice(from))) return Date.now();
			await pause(50);
		}
		return undefined;
	}

	return { base, rest, output: () => output, waitForOutput, stop };
}
