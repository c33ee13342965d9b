import type { INode, JsonObject } from 'n8n-workflow';
import { NodeApiError, NodeOperationError } from 'n8n-workflow';

import type { Authentication } from '../transport/failures';
import { hostAnswerOf, isFailure } from '../transport/failures';

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

export function listLoadError(node: INode, error: unknown, what: ListedThing, authentication: Authentication): NodeApiError {
	// The host's own answer: a missing endpoint's cause, else the error itself (transport/failures.ts).
	const { httpStatus, hostCode, hostSaid } = hostAnswerOf(error);
	const code = typeof hostCode === 'number' || (typeof hostCode === 'string' && /^\d+$/.test(hostCode)) ? Number(hostCode) : undefined;
	const httpCode = httpStatus === undefined ? null : String(httpStatus);
	// Kling's own code decides when there is one (a 403 may be a missing permission or an IP whitelist, codes 1103, 1304).
	const refused = code !== undefined ? code >= 1000 && code <= 1004 : httpCode === '401' || httpCode === '403';
	const missing = isFailure(error, 'notFound', 'endpointMissing');
	const original = error instanceof Error ? error : new Error(String(error));
	const originalDescription = error instanceof NodeApiError || error instanceof NodeOperationError ? error.description : undefined;
	const hostWords = hostSaid ?? original.message;
	const [message, description] = refused
		? [
				`Could not load the ${what}: ${keyWords(authentication)}`,
				`Correct the key in the Kling credential; its Base URL must belong to the same provider. The host said: ${hostWords}`,
			]
		: missing
			? [
					`Could not load the ${what}: this host has no ${what} list`,
					`Kling's official API lists them; many aggregators do not. Choose By ID and enter the ID, or use an expression. The host said: ${hostWords}`,
				]
			: [`Could not load the ${what}: ${original.message ?? String(error)}`, originalDescription ?? undefined];
	return new NodeApiError(node, { message: original.message ?? String(error) } as JsonObject, {
		message,
		description: description ?? undefined,
		httpCode: httpCode ?? undefined,
	});
}
