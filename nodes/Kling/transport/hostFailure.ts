import type { NodeApiError, NodeOperationError } from 'n8n-workflow';

/**
 * What a failed request to the Kling host means for the task it was about.
 * Decided once, where the error is made (parseKlingResponse for answers,
 * klingRequest for requests that got none), and read by the one retry policy.
 * - `throttled`: code 1302 (or HTTP 429 with another code of Kling's throttling): nothing was created; send again later;
 * - `busy`: code 1303, or HTTP 429 without Kling's code (an aggregator): the account's concurrency is full; nothing
 *   was created; a create waits for a free slot (transport/accountCapacity.ts) for as long as its Max Wait allows;
 * - `unanswered`: no answer, a 5xx or a garbled 2xx: for a submit, a task may exist;
 * - `duplicate`: code 1201 (an invalid parameter, or an External Task ID in use);
 * - `notFound`: HTTP 404 or code 1203;
 * - `unknownToGateway`: a new-api gateway's `task_not_exist`: it holds no task
 *   under that id, which proves nothing for an External Task ID (it never knows those);
 * - `refused`: anything else, a real refusal.
 */
export type HostFailure = 'throttled' | 'busy' | 'unanswered' | 'duplicate' | 'notFound' | 'unknownToGateway' | 'refused';

/** The failure and the host's Retry-After, kept in the error's context (n8n's place for extra facts). */
interface FailureFacts {
	hostFailure?: HostFailure;
	retryAfterMs?: number;
}

export function markFailure<E extends NodeApiError | NodeOperationError>(error: E, failure: HostFailure, retryAfterMs?: number): E {
	const facts = error.context as FailureFacts;
	facts.hostFailure = failure;
	if (retryAfterMs !== undefined) facts.retryAfterMs = retryAfterMs;
	return error;
}

const factsOf = (error: unknown): FailureFacts => ((error as { context?: FailureFacts }).context ?? {}) as FailureFacts;

/** The failure an error stands for; an error not from the host (ours, n8n's) is a refusal. */
export const failureOf = (error: unknown): HostFailure => factsOf(error).hostFailure ?? 'refused';

export const retryAfterOf = (error: unknown): number | undefined => factsOf(error).retryAfterMs;

/** Codes Kling answers with HTTP 429 that no waiting mends: account abnormal, arrears, resource pack used up, IP whitelist. */
const ACCOUNT_REFUSALS = new Set([1100, 1101, 1102, 1304]);

/** The failure of an answer that arrived, from its HTTP status and the host's code. */
export function failureOfAnswer(answer: { status: number; hostCode?: number; textCode?: string; notJson?: boolean }): HostFailure {
	const { status, hostCode, textCode, notJson } = answer;
	if (hostCode === 1303) return 'busy';
	// Kling answers HTTP 429 for an account in arrears (1101), a used-up pack (1102) and an IP whitelist (1304) too: no wait helps.
	if (hostCode !== undefined && ACCOUNT_REFUSALS.has(hostCode)) return 'refused';
	if (status === 429 && hostCode === undefined && textCode === undefined) return 'busy';
	if (status === 429 || hostCode === 1302) return 'throttled';
	if (textCode === 'task_not_exist') return 'unknownToGateway';
	if (status === 404 || hostCode === 1203) return 'notFound';
	// A garbled 2xx may stand for a created task; a garbled 4xx (a firewall's page) created nothing.
	if (notJson) return status >= 400 && status < 500 ? 'refused' : 'unanswered';
	if (status >= 500 || (hostCode !== undefined && hostCode >= 5000 && hostCode < 6000)) return 'unanswered';
	if (hostCode === 1201) return 'duplicate';
	return 'refused';
}
