// Child processes for the queue-mode harness: each one started in its own
// process group with its output in a log file, stopped by its PID (the whole
// group, so n8n's task runner goes with it), and the small waiting helpers.
import { spawn } from 'node:child_process';
import { closeSync, existsSync, openSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';

export const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** A TCP port on 127.0.0.1 that is free right now. */
export const freePort = () =>
	new Promise((resolve, reject) => {
		const server = createServer().on('error', reject);
		server.listen(0, '127.0.0.1', () => {
			const { port } = server.address();
			server.close(() => resolve(port));
		});
	});

/**
 * Starts `command` with stdout and stderr appended to `log`. `uid`/`gid`
 * run it as another user (PostgreSQL refuses to run as root). Returns
 * { name, pid, log, exited, exitInfo() }: `exited` resolves with
 * { code, signal } when the process ends.
 */
export function startLogged(name, command, args, { env = process.env, log, uid, gid, cwd } = {}) {
	const fd = openSync(log, 'a');
	// detached: its own process group, so killing -pid also ends what it spawned.
	const child = spawn(command, args, { env, cwd, uid, gid, detached: true, stdio: ['ignore', fd, fd] });
	closeSync(fd);
	let exitInfo;
	const exited = new Promise((resolve) => {
		child.on('exit', (code, signal) => resolve((exitInfo = { code, signal })));
		child.on('error', (error) => resolve((exitInfo = { code: -1, signal: null, error })));
	});
	return { name, pid: child.pid, log, exited, exitInfo: () => exitInfo };
}

const signalGroup = (proc, signal) => {
	try {
		process.kill(-proc.pid, signal);
	} catch {
		// already gone
	}
};

/** Sends `signal` to the process group and waits for the process to exit; SIGKILL after `graceMs`. */
export async function stopProcess(proc, { signal = 'SIGTERM', graceMs = 10_000 } = {}) {
	if (!proc?.pid || proc.exitInfo()) return proc?.exitInfo();
	signalGroup(proc, signal);
	const done = await Promise.race([proc.exited, sleep(graceMs).then(() => undefined)]);
	if (done) {
		signalGroup(proc, 'SIGKILL'); // leftovers of the group (a task runner) if the leader went first
		return done;
	}
	signalGroup(proc, 'SIGKILL');
	return proc.exited;
}

/** SIGKILL to the whole group at once, as a crashed container or an OOM kill would do. */
export async function killProcess(proc) {
	signalGroup(proc, 'SIGKILL');
	return proc.exited;
}

/** The last `lines` lines of a log file. */
export function tail(file, lines = 40) {
	if (!existsSync(file)) return '(no log)';
	return readFileSync(file, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
}

/**
 * Calls `probe` every `intervalMs` until it returns a truthy value, which is
 * returned; throws after `timeoutMs`, or as soon as `proc` (optional) exits.
 */
export async function waitFor(what, probe, { timeoutMs = 60_000, intervalMs = 500, proc } = {}) {
	const until = Date.now() + timeoutMs;
	for (;;) {
		if (proc?.exitInfo()) throw new Error(`${proc.name} exited (${JSON.stringify(proc.exitInfo())}) while waiting for ${what}\n${tail(proc.log)}`);
		const value = await Promise.resolve()
			.then(probe)
			.catch(() => undefined);
		if (value) return value;
		if (Date.now() > until) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}${proc ? `\n${tail(proc.log)}` : ''}`);
		await sleep(intervalMs);
	}
}

/** True when GET `url` answers 2xx. */
export const httpOk = async (url) => (await fetch(url, { signal: AbortSignal.timeout(5000) })).ok;
