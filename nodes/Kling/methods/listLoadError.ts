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

/** Kling's authentication codes (1000–1004: hostErrors.ts), from the error the transport made. */
function hostCodeOf(error: NodeApiError): number | undefined {
	const code = Number((error.errorResponse as JsonObject | undefined)?.code);
	return Number.isFinite(code) ? code : undefined;
}

export function listLoadError(node: INode, error: unknown, what: ListedThing, authentication: Authentication): NodeApiError {
	const original = error as Partial<NodeApiError> & Error;
	const httpCode = typeof original.httpCode === 'string' ? original.httpCode : null;
	const hostSaid = original.message ?? String(error);
	const refused =
		httpCode === '401' ||
		httpCode === '403' ||
		(error instanceof NodeApiError && ((code) => code !== undefined && code >= 1000 && code <= 1004)(hostCodeOf(error)));
	const missing = failureOf(error) === 'notFound';
	const [message, description] = refused
		? [
				`Could not load the ${what}: ${keyWords(authentication)}`,
				`Open the Kling credential and correct the key (and the Base URL, which must belong to the same provider). The host said: ${hostSaid}`,
			]
		: missing
			? [
					`Could not load the ${what}: this host has no ${what} list`,
					`Kling's official API lists them (Base URL https://api-singapore.klingai.com or https://api-beijing.klingai.com); many aggregators do not. Choose By ID and enter the ID, or use an expression. The host said: ${hostSaid}`,
				]
			: [`Could not load the ${what}: ${hostSaid}`, original.description ?? undefined];
	return new NodeApiError(node, { message: hostSaid } as JsonObject, {
		message,
		description: description ?? undefined,
		httpCode: httpCode ?? undefined,
	});
}
