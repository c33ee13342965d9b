import type { HostFailure } from './kinds';
import { FAILURES, RATE_HINT } from './kinds';

/* What the host's answer and its codes mean: the failure kind, and the words added to its message. */

/** Codes Kling answers with HTTP 429 that no waiting mends: account abnormal, arrears, resource pack used up, IP whitelist. */
const ACCOUNT_REFUSALS = new Set([1100, 1101, 1102, 1304]);

/**
 * new-api gateways answer a read of a task they do not hold with HTTP 400 and
 * `{code: "task_not_exist", message: "task_not_exist"}` (QuantumNous/new-api
 * relay/relay_task.go videoFetchByIDRespBodyBuilder, dto/task.go TaskError). They
 * know tasks by their own task ids only, never by an External Task ID.
 */
export const GATEWAY_TASK_NOT_EXIST = 'task_not_exist';

/** The failure of an answer that arrived, from its HTTP status and the host's code. */
export function classifyAnswer(answer: { status: number; hostCode?: number; textCode?: string; notJson?: boolean }): HostFailure {
	const { status, hostCode, textCode, notJson } = answer;
	if (hostCode === 1303) return 'busy';
	// Kling answers HTTP 429 for an account in arrears (1101), a used-up pack (1102) and an IP whitelist (1304) too: no wait helps.
	if (hostCode !== undefined && ACCOUNT_REFUSALS.has(hostCode)) return 'refused';
	if (status === 429 && hostCode === undefined && textCode === undefined) return 'busy';
	if (status === 429 || hostCode === 1302) return 'throttled';
	if (textCode === GATEWAY_TASK_NOT_EXIST) return 'unknownToGateway';
	if (status === 404 || hostCode === 1203) return 'notFound';
	// A garbled 2xx may stand for a created task; a garbled 4xx (a firewall's page) created nothing.
	if (notJson) return status >= 400 && status < 500 ? 'refused' : 'unanswered';
	if (status >= 500 || (hostCode !== undefined && hostCode >= 5000 && hostCode < 6000)) return 'unanswered';
	if (hostCode === 1201) return 'duplicate';
	return 'refused';
}

/* ----- What the user reads ----- */

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
	[1302, 1303, RATE_HINT],
	[1304, 1304, 'The host only accepts requests from whitelisted IP addresses.'],
	[5000, 5999, 'The host had an internal error.'],
];

export function hintForCode(code: number, auth: Authentication = 'apiKey'): string | undefined {
	const hint = CODE_HINTS.find(([from, to]) => code >= from && code <= to)?.[2];
	return typeof hint === 'function' ? hint(auth) : hint;
}

/** What a host's text code means, to add to its message. */
export function hintForTextCode(code: string): string | undefined {
	return code === GATEWAY_TASK_NOT_EXIST ? FAILURES.unknownToGateway.hint : undefined;
}

/* ----- The errors the transport throws ----- */
