import type { INode, JsonObject } from 'n8n-workflow';
import { NodeApiError, NodeOperationError } from 'n8n-workflow';

import type { Authentication } from './hostCodes';
import { classifyAnswer, hintForCode, hintForTextCode } from './hostCodes';
import type { FailureKind, KlingFailure, Where } from './kinds';
import { FAILURES, KlingApiError, KlingOperationError, httpStatusOf, isFailure } from './kinds';

/* The errors the transport throws, one constructor per situation, each with the words the user reads. */

/** The error as n8n wants it thrown from a node: already a node error, or wrapped in one. */
export function asNodeError(node: INode, error: unknown): NodeApiError | NodeOperationError {
	if (error instanceof NodeApiError || error instanceof NodeOperationError) return error;
	return new NodeApiError(node, error as JsonObject);
}

/** The message of whatever failed, as n8n would show it. */
const messageOf = (node: INode, error: unknown): string => asNodeError(node, error).message;

/** An error answer from the host (a non-zero code, or HTTP 4xx/5xx), in the host's own words with what its code means. */
export function hostAnswerError(
	where: Where,
	answer: {
		action: string;
		status: number;
		code?: number | string;
		hostMessage: string;
		requestId?: string;
		retryAfterMs?: number;
		authentication?: Authentication;
	},
): KlingApiError {
	const { action, status, code, hostMessage } = answer;
	const numericCode = Number(code);
	const hint = Number.isFinite(numericCode)
		? hintForCode(numericCode, answer.authentication)
		: typeof code === 'string'
			? hintForTextCode(code)
			: undefined;
	const requestId = answer.requestId !== undefined ? `(request id ${answer.requestId})` : '';
	return new KlingApiError(where, {
		kind: classifyAnswer({
			status,
			hostCode: Number.isFinite(numericCode) ? numericCode : undefined,
			textCode: typeof code === 'string' && !Number.isFinite(numericCode) ? code : undefined,
		}),
		response: { statusCode: status, code: code ?? null, message: hostMessage },
		httpCode: String(status),
		message: `Kling API error${code !== undefined ? ` ${code}` : ''} on ${action} (HTTP ${status}): ${hostMessage}`,
		description: [hint, requestId].filter(Boolean).join(' ') || undefined,
		retryAfterMs: answer.retryAfterMs,
		hostCode: code,
		hostSaid: hostMessage,
	});
}

/** An answer that is not JSON (a proxy's or a firewall's page): a garbled 2xx may still stand for a created task. */
export function notJsonAnswer(where: Where, answer: { action: string; status: number; contentType: string; text: string }): KlingApiError {
	const { action, status, text } = answer;
	return new KlingApiError(where, {
		kind: classifyAnswer({ status, notJson: true }),
		response: { statusCode: status, body: text },
		httpCode: String(status),
		message: `The Kling host answered ${action} with something that is not JSON (HTTP ${status}, ${answer.contentType})`,
		description: `Check the credential's Base URL: it must point at a Kling-compatible API. The host said: ${text || '(empty body)'}`,
		hostSaid: text,
	});
}

/** JSON that is not an object (an array, a bare string or number). */
export function unexpectedAnswer(where: Where, answer: { action: string; status: number }): KlingApiError {
	const { action, status } = answer;
	return new KlingApiError(where, {
		kind: classifyAnswer({ status, notJson: true }),
		response: { statusCode: status },
		httpCode: String(status),
		message: `The Kling host answered ${action} with an unexpected body (HTTP ${status})`,
	});
}

/** No answer at all (refused connection, timeout, reset): the request may or may not have arrived. */
export function unreachable(where: Where, action: string, cause: unknown): KlingApiError {
	const said = (cause as Error).message;
	return new KlingApiError(where, {
		kind: 'unanswered',
		response: { message: said },
		message: `Could not reach the Kling host on ${action}: ${said}`,
		hostSaid: said,
	});
}

/** The execution was cancelled during a request. */
export const stoppedDuring = (where: Where, action: string): KlingOperationError =>
	new KlingOperationError(where, { kind: 'stopped', message: `Stopped during ${action}: the execution was cancelled` });

/** What the user reads when a write's answer was lost. */
export interface AnswerLostText {
	/** What was sent: "the delete of voice 123". */
	action: string;
	/** What the host may have done, after the cause: "it may have been deleted". None: the message ends at the cause. */
	mayHave?: string;
	/** How to find out. Default: check the result in Kling (FAILURES.answerLost.hint). */
	description?: string;
}

/** A write whose answer was lost: it may have been done, and it is not sent again. */
export function answerLostError(where: Where, lost: unknown, text: AnswerLostText): KlingOperationError {
	return new KlingOperationError(where, {
		kind: 'answerLost',
		message: `The answer to ${text.action} was lost (${messageOf(where.node, lost)})${text.mayHave ? `: ${text.mayHave}` : ''}`,
		description: text.description ?? FAILURES.answerLost.hint,
	});
}

/** A 2xx answer that holds no task where one was expected; its start is shown. */
export const noTaskInAnswer = (where: Where, message: string, raw: unknown): KlingOperationError =>
	new KlingOperationError(where, { kind: 'unreadable', message, description: JSON.stringify(raw).slice(0, 300) });

/** The task was not finished when the maximum wait ran out; it goes on at Kling. */
export function notFinishedError(where: Where, wait: { taskId: string; maxWaitMs: number; lastStatus: string }, description?: string): KlingOperationError {
	const { taskId } = wait;
	return new KlingOperationError(where, {
		kind: 'notFinished',
		message: `Task ${taskId} was not finished after the maximum wait of ${Math.round(wait.maxWaitMs / 60000)} min (last status: ${wait.lastStatus})`,
		description:
			description ?? `The task goes on at Kling. Pick it up later with the Task → Get operation and task ID ${taskId}, or raise Max Wait.`,
	});
}

/** The same failure (kind, message) with another description, e.g. advice that fits the operation. */
export function redescribed(where: Where, error: KlingFailure, description: string): KlingOperationError {
	return new KlingOperationError(where, { kind: error.failureKind, message: error.message, description });
}

/** A failure of the node's own making, for call sites whose words fit no constructor above. */
export const operationFailure = (where: Where, kind: FailureKind, text: { message: string; description?: string; cause?: Error }): KlingOperationError =>
	new KlingOperationError(where, { kind, ...text });

/* ----- A host without the endpoint ----- */

/** An endpoint that not every Kling-compatible host serves. */
export interface OptionalEndpoint {
	/** e.g. `GET /account/costs`. */
	route: string;
	/** What it is, for the message: "Kling's account endpoint (resource packs)". */
	what: string;
	/** Where it is served. */
	advice: string;
	/**
	 * What else a Kling-style "not found" (HTTP 404 with code 1203: "the
	 * resource does not exist, e.g. a model", common-info.md) may mean for this
	 * request, e.g. "it does not know the Voice ID". A 404 without a code (a
	 * router's plain-text or HTML page) says the route itself is missing.
	 */
	orElse?: string;
}

/**
 * Whether a request's failure says the host has no such endpoint: HTTP 404
 * (Kling's JSON, or a proxy's or a gateway's plain-text page) or Kling's code
 * 1203 ("not found").
 */
export const isMissingEndpoint = (error: unknown): boolean => isFailure(error, 'notFound', 'endpointMissing') || httpStatusOf(error) === 404;

/**
 * The error for a host without the endpoint, instead of a bare 404: it names
 * the endpoint and the host (the Base URL, never the key) and says where the
 * endpoint is served. It keeps the host's own error as its cause. Any other
 * error is returned as it is.
 */
export function missingEndpointError(where: Where, error: unknown, endpoint: OptionalEndpoint, baseUrl: string): Error {
	const hostError = asNodeError(where.node, error);
	if (!isMissingEndpoint(error)) return hostError;
	const hostCode = error instanceof KlingApiError ? error.hostCode : undefined;
	const orElse = endpoint.orElse && hostCode !== undefined ? `, or ${endpoint.orElse}` : '';
	return new KlingOperationError(where, {
		kind: 'endpointMissing',
		message: `This host does not offer ${endpoint.what}${orElse} (${endpoint.route} answered "not found")`,
		description: `${baseUrl} has no ${endpoint.route}. ${endpoint.advice} The host said: ${hostError.message}`,
		cause: hostError,
	});
}

/* ----- Result files (public CDN links, fetched without the credential) ----- */

/** The download broke off (no answer, or the stream failed while stored). Only the cause's text: given the error itself, NodeApiError would put a generic message first. */
export function downloadBrokeOff(where: Where, file: { noun: string; url: string }, cause: unknown): KlingApiError {
	const said = (cause as Error).message;
	return new KlingApiError(where, {
		kind: 'downloadFailed',
		response: { message: said },
		message: `The ${file.noun} download broke off: ${said}`,
		description: `URL: ${file.url}. Nothing was stored; run the node again or use Task → Get to download later.`,
	});
}

/** The CDN answered with an HTTP error (result URLs expire). */
export function downloadRefused(where: Where, file: { noun: string; url: string }, status: number): KlingApiError {
	return new KlingApiError(where, {
		kind: 'downloadFailed',
		response: { statusCode: status },
		httpCode: String(status),
		message: `Downloading the ${file.noun} failed (HTTP ${status})`,
		description: `URL: ${file.url}. Result URLs expire (about 30 days); read the task again for a fresh one.`,
	});
}

/** Fewer bytes were stored than the CDN announced. */
export function downloadIncomplete(where: Where, file: { noun: string; url: string }, sizes: { status: number; received: number; expected: number }): KlingApiError {
	return new KlingApiError(where, {
		kind: 'downloadFailed',
		response: { statusCode: sizes.status },
		message: `The ${file.noun} download is incomplete: ${sizes.received} of ${sizes.expected} bytes arrived`,
		description: `URL: ${file.url}. Nothing usable was stored; run the node again or use Task → Get to download later.`,
	});
}
