import { createServer } from 'node:http';
import type { IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ReceivedCallback {
	/** Path and query string, as requested. */
	url: string;
	headers: IncomingHttpHeaders;
	text: string;
	/** The body parsed as JSON, or undefined when it is not JSON. */
	json: any;
	at: number;
}

/**
 * A local HTTP server that records the callbacks POSTed to it, in the order
 * they arrived. Paths starting with /fail answer 500 with a long body.
 */
export async function startCallbackReceiver() {
	const received: ReceivedCallback[] = [];
	const server = createServer((req, res) => {
		const chunks: Buffer[] = [];
		req.on('data', (chunk: Buffer) => chunks.push(chunk));
		req.on('end', () => {
			const text = Buffer.concat(chunks).toString('utf8');
			let json: unknown;
			try {
				json = JSON.parse(text);
			} catch {
				json = undefined;
			}
			received.push({ url: req.url ?? '', headers: req.headers, text, json, at: Date.now() });
			if (req.url?.startsWith('/fail')) {
				res.writeHead(500, { 'content-type': 'text/plain' });
				res.end('x'.repeat(1000));
				return;
			}
			res.writeHead(200, { 'content-type': 'application/json' });
			res.end('{"received":true}');
		});
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as AddressInfo;
	return {
		url: `http://127.0.0.1:${port}`,
		received,
		close: () =>
			new Promise<void>((resolve) => {
				server.closeAllConnections();
				server.close(() => resolve());
			}),
	};
}

/** Polls until `check` holds; fails after `timeoutMs`. */
export async function waitUntil(check: () => boolean, timeoutMs = 5000, what = 'condition'): Promise<void> {
	const deadline = Date.now() + timeoutMs;
	while (!check()) {
		if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
		await new Promise((resolve) => setTimeout(resolve, 20));
	}
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
