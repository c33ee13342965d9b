import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { jsonParse } from 'n8n-workflow';

import type { CallbackAnswer } from './deliverCallback';
import { deliverCallback } from './deliverCallback';
import type { RunResult } from './runKling';

/**
 * n8n's `/webhook-waiting/<execution id>` endpoint in miniature, over real
 * HTTP, so that the simulator's callbacks (signed, forged, replayed) reach
 * a parked run's node as n8n hands them over: the bytes read into
 * `req.rawBody`, the JSON body parsed from them as n8n's body parser does,
 * the headers as received. n8n's own answers around the node: 409 for an
 * execution not parked (still running, or resumed already), 422 for JSON it
 * cannot parse. It does not check the execution's token (n8n-core's part).
 */
export async function startWaitingWebhooks() {
	const parked = new Map<string, RunResult>();
	/** The answer that resumed each execution. */
	const resumed = new Map<string, CallbackAnswer>();

	const answerJson = (res: import('node:http').ServerResponse, status: number, body: unknown) => {
		res.writeHead(status, { 'content-type': 'application/json' });
		res.end(JSON.stringify(body ?? {}));
	};

	const server = createServer((req, res) => {
		const chunks: Buffer[] = [];
		req.on('data', (chunk: Buffer) => chunks.push(chunk));
		req.on('end', () => {
			void (async () => {
				const rawBody = Buffer.concat(chunks);
				const url = new URL(req.url ?? '/', `http://127.0.0.1:${port}`);
				const executionId = /^\/webhook-waiting\/([^/]+)$/.exec(url.pathname)?.[1] ?? '';
				const run = parked.get(executionId);
				if (!run || resumed.has(executionId)) return answerJson(res, 409, { message: `The execution "${executionId}" is not waiting.` });
				let body: unknown = {};
				if ((req.headers['content-type'] ?? '').split(';')[0].trim() === 'application/json' && rawBody.length) {
					try {
						body = jsonParse(rawBody.toString('utf8'));
					} catch {
						return answerJson(res, 422, { message: 'Failed to parse request body' });
					}
				}
				const answer = await deliverCallback(run, url.toString(), body, { headers: req.headers, rawBody });
				if (answer.answered) return answerJson(res, answer.answered.status, answer.answered.body);
				if (answer.result.workflowData) resumed.set(executionId, answer);
				answerJson(res, 200, answer.result.webhookResponse ?? { message: 'Webhook call received' });
			})().catch((error: Error) => answerJson(res, 500, { message: error.message }));
		});
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as AddressInfo;

	return {
		/** For runKling's `webhookWaitingBaseUrl`. */
		baseUrl: `http://127.0.0.1:${port}/webhook-waiting`,
		/** Makes a parked run reachable at its resume URL. */
		park(run: RunResult) {
			parked.set(String(run.engine.additionalData.executionId), run);
		},
		resumed,
		clear() {
			parked.clear();
			resumed.clear();
		},
		close: () =>
			new Promise<void>((resolve) => {
				server.closeAllConnections();
				server.close(() => resolve());
			}),
	};
}
