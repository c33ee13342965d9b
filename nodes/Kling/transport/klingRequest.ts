import type { IDataObject, IHttpRequestMethods, IN8nHttpFullResponse } from 'n8n-workflow';

import type { ItemContext } from '../context/itemContext';
import type { AnswerLostText } from './failures';
import { answerLostError, asNodeError, authenticationOf, isFailure, stoppedDuring, unreachable } from './failures';
import { hasLongIds, keepLongIds } from './longIds';
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
	/** A POST that only reads (Kling's deduction lists take their query as a JSON body): retried like a GET when its answer is lost. */
	readOnly?: boolean;
	/**
	 * For a write (not GET): what the user reads when its answer is lost (no
	 * answer, a 5xx, a garbled 2xx). The host may have done it (an element
	 * made, a voice deleted), so it is never sent again blindly; the text
	 * should say how to find out (failures.ts answerLostError; `action`
	 * defaults to this call's). Default: "…: it may have been done", and check
	 * the result in Kling. A function that builds the error is the form
	 * the call sites use until phase 2 (see failures.ts).
	 */
	ifAnswerLost?: Partial<AnswerLostText> | ((lost: unknown) => Error);
}

export async function baseUrlOf(ctx: ItemContext): Promise<string> {
	const credentials = await ctx.credentials();
	return String(credentials.baseUrl ?? '').replace(/\/+$/, '');
}

/**
 * One request to the Kling host with the node's credential, through n8n's
 * request helper (proxy settings, allowed domains, the credential's auth).
 * Its failures carry what they mean for the task (failures.ts).
 */
export async function sendOnce(ctx: ItemContext, call: KlingCall): Promise<IDataObject> {
	const { itemIndex, signal } = ctx;
	const asText = hasLongIds(call.path);
	let response: IN8nHttpFullResponse;
	try {
		response = await ctx.authenticatedRequest({
			method: call.method,
			baseURL: await baseUrlOf(ctx),
			url: call.path,
			qs: call.qs,
			body: call.body,
			json: true,
			// Element ids may be longer than a JSON number holds (longIds.ts): such answers are parsed below.
			...(asText ? { encoding: 'text' as const } : {}),
			ignoreHttpStatusErrors: true,
			abortSignal: signal,
		});
	} catch (error) {
		if (signal?.aborted) throw stoppedDuring(ctx, call.action);
		throw unreachable(ctx, call.action, error);
	}
	if (asText && typeof response.body === 'string') response = { ...response, body: keepLongIds(response.body) };
	return parseKlingResponse(ctx.node, response, {
		itemIndex,
		action: call.action,
		authentication: authenticationOf(ctx.param('authentication', 'apiKey')),
	});
}

/** A write whose answer was lost: it may have been done, and it is not sent again. */
function answerLost(ctx: ItemContext, call: KlingCall, lost: unknown): Error {
	const { ifAnswerLost } = call;
	if (typeof ifAnswerLost === 'function') return ifAnswerLost(lost);
	return answerLostError(ctx, lost, ifAnswerLost ? { action: call.action, ...ifAnswerLost } : { action: call.action, mayHave: 'it may have been done' });
}

/**
 * A request under the retry policy (retryPolicy.ts): throttling is waited out
 * (Retry-After honoured: nothing was done), a read whose answer was lost or
 * failed is sent again. A write whose answer was lost may have been done, so
 * it is never sent again: its error (`ifAnswerLost`) says how to find out.
 * Task submits go through submitTask, which looks the task up instead.
 * The execution's cancel signal stops the waiting.
 */
export async function klingRequest(ctx: ItemContext, call: KlingCall): Promise<IDataObject> {
	const write = call.method !== 'GET' && !call.readOnly;
	try {
		return await withRetries({
			node: ctx.node,
			write,
			attempts: (call.retries ?? 4) + 1,
			signal: ctx.signal,
			send: async () => await sendOnce(ctx, call),
			// The policy "looks up" a write whose answer was lost (or refused with code 1201) before any resend;
			// there is nothing to look up here, so a lost answer ends with its own error and a refusal with the host's.
			lookUp: write
				? async (failed) => {
						if (!isFailure(failed, 'unanswered')) return undefined;
						throw answerLost(ctx, call, failed);
					}
				: undefined,
		});
	} catch (error) {
		throw asNodeError(ctx.node, error);
	}
}
