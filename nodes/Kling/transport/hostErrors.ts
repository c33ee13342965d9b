import type { INode, JsonObject } from 'n8n-workflow';
import { NodeApiError, NodeOperationError } from 'n8n-workflow';

/** Which credential signed the request (the node's Authentication parameter). */
export type Authentication = 'apiKey' | 'accessKey';

export const authenticationOf = (value: unknown): Authentication => (value === 'accessKey' ? 'accessKey' : 'apiKey');

/** What Kling's documented error codes mean for the user, to add to the host's own message. */
const CODE_HINTS: Array<[from: number, to: number, hint: string | ((auth: Authentication) => string)]> = [
	[
		1000,
		1004,
		(auth) =>
			auth === 'accessKey'
				? 'Authentication failed: check the access key and secret key (and that the Base URL is the official Kling API they belong to).'
				: 'Authentication failed: check the API key (and that the Base URL belongs to the same provider).',
	],
	[1100, 1100, 'The account has a problem: check it on the provider\'s dashboard.'],
	[1101, 1101, 'The account is in arrears: top it up.'],
	[1102, 1102, 'The resource pack is used up or expired.'],
	[1103, 1103, 'The key has no permission for this API or model.'],
	[1200, 1201, 'The host rejected a parameter: see the message for which one.'],
	[1202, 1203, 'The endpoint, task or model was not found on this host: check the Base URL\'s path prefix and the model.'],
	[1300, 1301, 'Refused by the platform\'s content or usage policy: change the prompt or images.'],
	[1302, 1303, 'Rate or concurrency limit reached: no task was created. Lower Max Concurrent Tasks or retry later.'],
	[1304, 1304, 'The host only accepts requests from whitelisted IP addresses.'],
	[5000, 5999, 'The host had an internal error.'],
];

export function hintForCode(code: number, auth: Authentication = 'apiKey'): string | undefined {
	const hint = CODE_HINTS.find(([from, to]) => code >= from && code <= to)?.[2];
	return typeof hint === 'function' ? hint(auth) : hint;
}

/**
 * new-api gateways answer a read of a task they do not hold with HTTP 400 and
 * `{code: "task_not_exist", message: "task_not_exist"}` (QuantumNous/new-api
 * relay/relay_task.go videoFetchByIDRespBodyBuilder, dto/task.go TaskError). They
 * know tasks by their own task ids only, never by an External Task ID.
 */
export const GATEWAY_TASK_NOT_EXIST = 'task_not_exist';

/** What a host's text code means, to add to its message. */
export function hintForTextCode(code: string): string | undefined {
	if (code === GATEWAY_TASK_NOT_EXIST) {
		return 'This host has no task with that ID. Gateways built on new-api know a task only by the task ID they returned on the submit, not by its External Task ID.';
	}
	return undefined;
}

/** The error as n8n wants it thrown from a node: already a node error, or wrapped in one. */
export function asNodeError(node: INode, error: unknown): NodeApiError | NodeOperationError {
	if (error instanceof NodeApiError || error instanceof NodeOperationError) return error;
	return new NodeApiError(node, error as JsonObject);
}
