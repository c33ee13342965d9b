import type { NodeApiError, NodeOperationError } from 'n8n-workflow';

/**
 * What a failed request to the Kling host means for the task it was about.
 * Decided once, where the error is made (parseKlingResponse for answers,
 * klingRequest for requests that got none), and read by the one retry policy.
 * - `throttled`: HTTP 429 or codes 1302/1303: nothing was created; send again later;
 * - `unanswered`: no answer, a 5xx or a garbled 2xx: for a submit, a task may exist;
 * - `duplicate`: code 1201 (an invalid parameter, or an External Task ID in use);
 * - `notFound`: HTTP 404 or code 1203;
 * - `unknownToGateway`: a new-api gateway's `task_not_exist`: it holds no task
 *   under that id, which proves nothing for an External Task ID (it never knows those);
 * - `refused`: anything else, a real refusal.
 */
export type HostFailure = 'throttled' | 'unanswered' | 'duplicate' | 'notFound' | 'unknownToGateway' | 'refused';

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

/** The failure of an answer that arrived, from its HTTP status and the host's code. */
export function failureOfAnswer(answer: { status: number; hostCode?: number; textCode?: string; notJson?: boolean }): HostFailure {
	const { status, hostCode, textCode, notJson } = answer;
	if (status === 429 || hostCode === 1302 || hostCode === 1303) return 'throttled';
	if (textCode === 'task_not_exist') return 'unknownToGateway';
	if (status === 404 || hostCode === 1203) return 'notFound';
	// A garbled 2xx may stand for a created task; a garbled 4xx (a firewall's page) created nothing.
	if (notJson) return status >= 400 && status < 500 ? 'refused' : 'unanswered';
	if (status >= 500 || (hostCode !== undefined && hostCode >= 5000 && hostCode < 6000)) return 'unanswered';
	if (hostCode === 1201) return 'duplicate';
	return 'refused';
}
