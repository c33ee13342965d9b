import type {
	IDataObject,
	IExecuteSingleFunctions,
	IHttpRequestMethods,
	IN8nHttpFullResponse,
	JsonObject,
} from 'n8n-workflow';
import { NodeApiError, NodeOperationError } from 'n8n-workflow';
import { abortableSleep as sleep } from './abortableSleep';

import { backoffMs, retryAfterMs } from './backoff';
import { asNodeError, isRetryableRefusal } from './hostErrors';
import { parseKlingResponse } from './parseResponse';
import { cancelSignalOf } from './cancelSignal';

/** The credential type the user picked under Authentication. */
export const credentialTypeOf = (ctx: IExecuteSingleFunctions) =>
	ctx.getNodeParameter('authentication', 'apiKey') === 'accessKey' ? 'klingAccessKeyApi' : 'klingApi';

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

export async function baseUrlOf(ctx: IExecuteSingleFunctions): Promise<string> {
	const credentials = await ctx.getCredentials<{ baseUrl: string }>(credentialTypeOf(ctx));
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
export async function klingRequest(ctx: IExecuteSingleFunctions, call: KlingCall): Promise<IDataObject> {
	const itemIndex = ctx.getItemIndex();
	const retries = call.retries ?? 4;
	const signal = cancelSignalOf(ctx);
	const baseURL = await baseUrlOf(ctx);
	const idempotent = call.method === 'GET';
	for (let attempt = 0; ; attempt++) {
		let response: IN8nHttpFullResponse;
		try {
			response = (await ctx.helpers.httpRequestWithAuthentication.call(ctx, credentialTypeOf(ctx), {
				method: call.method,
				baseURL,
				url: call.path,
				qs: call.qs,
				body: call.body,
				json: true,
				returnFullResponse: true,
				ignoreHttpStatusErrors: true,
				abortSignal: signal,
			})) as IN8nHttpFullResponse;
		} catch (error) {
			if (signal?.aborted) {
				throw new NodeOperationError(ctx.getNode(), `Stopped during ${call.action}: the execution was cancelled`, { itemIndex });
			}
			// A lost answer to a POST may hide a created task: the caller decides (see submitTask).
			if (idempotent && attempt < retries) {
				await sleep(backoffMs(attempt), signal);
				continue;
			}
			throw new NodeApiError(ctx.getNode(), { message: (error as Error).message } as JsonObject, {
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
			return parseKlingResponse(ctx.getNode(), response, { itemIndex, action: call.action });
		} catch (error) {
			// A garbled read (a proxy's hiccup) is worth another try; a garbled write is the caller's call.
			const notJson = (error as { context?: { notJson?: boolean } }).context?.notJson;
			if (!(idempotent && notJson && attempt < retries)) throw asNodeError(ctx.getNode(), error);
			await sleep(backoffMs(attempt), signal);
		}
	}
}
