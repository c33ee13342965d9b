import type { INode, JsonObject } from 'n8n-workflow';
import { NodeApiError } from 'n8n-workflow';

import type { Authentication } from '../transport/hostErrors';
import { failureOf } from '../transport/hostFailure';

/*
 * What a list in the editor shows when it cannot be loaded. n8n's editor
 * (ResourceLocator.vue, the same in 2.41.1 and 1.123.81) shows a thrown
 * error inside the open list: "Could not load list", then the error's HTTP
 * code and message, its description in a notice, and for HTTP 401 or 403 a
 * "Check credentials" link that opens the credential. The server hands a
 * NodeApiError over whole (message, description, httpCode); of any other
 * error only the message. So the error is a NodeApiError with a message
 * written for the list. The editor cuts a message at dashes and drops the
 * parts that say "check (your) credentials", so the message has neither; the
 * advice goes into the description.
 */

export type ListedThing = 'elements' | 'voices';

const keyWords = (authentication: Authentication) =>
	authentication === 'accessKey' ? 'the access key and secret key were refused' : 'the API key was refused';

/** The host's code, kept by the transport in the error's response (Kling's authentication codes are 1000–1004: hostErrors.ts). */
function hostCodeOf(error: Partial<NodeApiError>): number | undefined {
	const code = (error.errorResponse as JsonObject | undefined)?.code;
	return typeof code === 'number' || (typeof code === 'string' && /^\d+$/.test(code)) ? Number(code) : undefined;
}

/** What the host itself said (its message, or the text of a page that was not JSON), else the whole error. */
function hostWords(error: Partial<NodeApiError> & Error): string {
	const response = (error.errorResponse ?? {}) as JsonObject;
	const said = [response.message, response.body].find((part) => typeof part === 'string' && part.trim() !== '');
	return (said as string | undefined) ?? error.message ?? String(error);
}

export function listLoadError(node: INode, error: unknown, what: ListedThing, authentication: Authentication): NodeApiError {
	// The library's "host does not offer" error keeps the host's own error as its cause.
	const cause = (error as { cause?: unknown }).cause;
	const original = (cause instanceof NodeApiError ? cause : error) as Partial<NodeApiError> & Error;
	const httpCode = typeof original.httpCode === 'string' ? original.httpCode : null;
	const code = hostCodeOf(original);
	// Kling's own code decides when there is one (a 403 may be a missing permission or an IP whitelist, codes 1103, 1304).
	const refused = code !== undefined ? code >= 1000 && code <= 1004 : httpCode === '401' || httpCode === '403';
	const missing = failureOf(error) === 'notFound';
	const [message, description] = refused
		? [
				`Could not load the ${what}: ${keyWords(authentication)}`,
				`Correct the key in the Kling credential; its Base URL must belong to the same provider. The host said: ${hostWords(original)}`,
			]
		: missing
			? [
					`Could not load the ${what}: this host has no ${what} list`,
					`Kling's official API lists them; many aggregators do not. Choose By ID and enter the ID, or use an expression. The host said: ${hostWords(original)}`,
				]
			: [`Could not load the ${what}: ${original.message ?? String(error)}`, original.description ?? undefined];
	return new NodeApiError(node, { message: original.message ?? String(error) } as JsonObject, {
		message,
		description: description ?? undefined,
		httpCode: httpCode ?? undefined,
	});
}
