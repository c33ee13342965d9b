import type { IDataObject, IHttpRequestMethods, IN8nHttpFullResponse, JsonObject } from 'n8n-workflow';
import { NodeApiError, NodeOperationError } from 'n8n-workflow';

import type { ItemContext } from '../context/itemContext';
import { asNodeError, authenticationOf } from './hostErrors';
import { markFailure } from './hostFailure';
import { parseKlingResponse } from './parseResponse';
import { withRetries } from './retryPolicy';

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

/**
 * One request to the Kling host with the node's credential, through n8n's
 * request helper (proxy settings, allowed domains, the credential's auth).
 * Its failures carry what they mean for the task (hostFailure.ts).
 */
export async function sendOnce(ctx: ItemContext, call: KlingCall): Promise<IDataObject> {
	const { itemIndex, signal } = ctx;
	let response: IN8nHttpFullResponse;
	try {
		response = await ctx.authenticatedRequest({
			method: call.method,
			baseURL: await baseUrlOf(ctx),
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
		const lost = new NodeApiError(ctx.node, { message: (error as Error).message } as JsonObject, {
			itemIndex,
			message: `Could not reach the Kling host on ${call.action}: ${(error as Error).message}`,
		});
		throw markFailure(lost, 'unanswered');
	}
	return parseKlingResponse(ctx.node, response, {
		itemIndex,
		action: call.action,
		authentication: authenticationOf(ctx.param('authentication', 'apiKey')),
	});
}

/**
 * A request under the retry policy (retryPolicy.ts): throttling is waited out
 * (Retry-After honoured), a read whose answer was lost or failed is sent again.
 * Writes that may have created a task go through submitTask, which looks it up first.
 * The execution's cancel signal stops the waiting.
 */
export async function klingRequest(ctx: ItemContext, call: KlingCall): Promise<IDataObject> {
	try {
		return await withRetries({
			node: ctx.node,
			write: call.method !== 'GET',
			attempts: (call.retries ?? 4) + 1,
			signal: ctx.signal,
			send: async () => await sendOnce(ctx, call),
		});
	} catch (error) {
		throw asNodeError(ctx.node, error);
	}
}
