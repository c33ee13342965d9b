import type { IDataObject, IHttpRequestMethods, IN8nHttpFullResponse, JsonObject } from 'n8n-workflow';
import { NodeApiError, NodeOperationError } from 'n8n-workflow';

import { abortableSleep as sleep } from './abortableSleep';

import type { ItemContext } from '../context/itemContext';
import { backoffMs, retryAfterMs } from './backoff';
import { asNodeError, authenticationOf, isRetryableRefusal } from './hostErrors';
import { parseKlingResponse } from './parseResponse';

export interface KlingCall {
	method: IHttpRequestMethods;
	/** Below the credential's Base URL, e.g. `/v1/videos/text2video/123`. */
	path: string;
	qs?: IDataObject;
	body?: IDataObject;
	/** Words for error messages: "the task read", "the submit". */
	action: string;
	/** How many times a throttled (429), failing (5xx) or unreachable host is tried again. */
	retries?: number;
}

export async function baseUrlOf(ctx: ItemContext): Promise<string> {
	const credentials = await ctx.credentials();
	return String(credentials.baseUrl ?? '').replace(/\/+$/, '');
}

function refusedCode(response: IN8nHttpFullResponse): boolean {
	const body = response.body as IDataObject | undefined;
	return typeof body === 'object' && body !== null && isRetryableRefusal(Number(body.code));
}

/**
 * One call to the Kling host with the node's credential, through n8n's
 * request helper (proxy settings, allowed domains, the credential's auth).
 * Throttling (429, or codes 1302/1303: nothing was created) is retried with
 * backoff that honours Retry-After; so are 5xx answers and network errors of
 * reads. The execution's cancel signal stops the waiting.
 */
export async function klingRequest(ctx: ItemContext, call: KlingCall): Promise<IDataObject> {
	const { itemIndex, signal } = ctx;
	const retries = call.retries ?? 4;
	const baseURL = await baseUrlOf(ctx);
	const idempotent = call.method === 'GET';
	for (let attempt = 0; ; attempt++) {
		let response: IN8nHttpFullResponse;
		try {
			response = await ctx.authenticatedRequest({
				method: call.method,
				baseURL,
				url: call.path,
				qs: call.qs,
				body: call.body,
				json: true,
				ignoreHttpStatusErrors: true,
				abortSignal: signal,
			});
		} catch (error) {
			if (signal?.aborted) {
				throw new NodeOperationError(ctx.node, `Stopped during ${call.action}: the execution was cancelled`, { itemIndex });
			}
			// A lost answer to a POST may hide a created task: the caller decides (see submitTask).
			if (idempotent && attempt < retries) {
				await sleep(backoffMs(attempt), signal);
				continue;
			}
			throw new NodeApiError(ctx.node, { message: (error as Error).message } as JsonObject, {
				itemIndex,
				message: `Could not reach the Kling host on ${call.action}: ${(error as Error).message}`,
			});
		}
		const retryable =
			response.statusCode === 429 ||
			refusedCode(response) ||
			(idempotent && response.statusCode >= 500);
		if (retryable && attempt < retries) {
			await sleep(retryAfterMs(response.headers) ?? backoffMs(attempt), signal);
			continue;
		}
		try {
			return parseKlingResponse(ctx.node, response, {
				itemIndex,
				action: call.action,
				authentication: authenticationOf(ctx.param('authentication', 'apiKey')),
			});
		} catch (error) {
			// A garbled read (a proxy's hiccup) is worth another try; a garbled write is the caller's call.
			const notJson = (error as { context?: { notJson?: boolean } }).context?.notJson;
			if (!(idempotent && notJson && attempt < retries)) throw asNodeError(ctx.node, error);
			await sleep(backoffMs(attempt), signal);
		}
	}
}
