import type { INode, JsonObject } from 'n8n-workflow';
import { NodeApiError, NodeOperationError } from 'n8n-workflow';

/*
 * THE ONE HOME OF FAILURES. For each way a request (or a wait) can fail, this
 * module decides what it means for the task (FAILURES: retried? waits for
 * capacity? may a task exist?) and what the user reads (the hints and the
 * constructors below). Every error the transport throws is made here, and
 * carries its kind as a typed field (KlingApiError, KlingOperationError), so
 * the retry policy and the call sites read the kind, never a message or an
 * untyped context object.
 */

/** The failures read from a host's answer (classifyAnswer); the other kinds are made where they happen. */
export type HostFailure = 'throttled' | 'busy' | 'unanswered' | 'duplicate' | 'notFound' | 'unknownToGateway' | 'refused';

/**
 * Every kind of failure. The first seven are classified from the host's
 * answer (classifyAnswer); the others are made where they happen.
 */
export type FailureKind =
	| HostFailure
	/** The host has no such route (a gateway without Kling's account, element or voice endpoints). */
	| 'endpointMissing'
	/** A write whose answer was lost and that is not sent again. */
	| 'answerLost'
	/** The task was not finished when the item's Max Wait ran out. */
	| 'notFinished'
	/** A 2xx answer holding no task (or no id) where one was expected. */
	| 'unreadable'
	/** The execution was stopped during a request. */
	| 'stopped'
	/** A result file (on the CDN) could not be downloaded whole. */
	| 'downloadFailed';

/** What the one retry policy (retryPolicy.ts) does after a failed attempt of a kind. */
export type RetryPlan =
	/** Nothing was done: wait (the host's Retry-After, else a backoff) and send again. */
	| 'waitOut'
	/** Send again after a backoff. */
	| 'resend'
	/** A task may exist: look it up first, and send again only if there is none. */
	| 'lookUpThenResend'
	/** A task may exist: look it up; never send again. */
	| 'lookUp'
	/** Give up: the error goes to the user. */
	| 'fail';

export interface FailureMeaning {
	/** The retry policy for a read (GET). */
	read: RetryPlan;
	/** The retry policy for a write (a submit, a create, a delete). */
	write: RetryPlan;
	/** The account's concurrency is full: a submit whose caller waits for a free slot (execute/submitWhenFree.ts) is handed back at once. */
	waitsForCapacity: boolean;
	/** After a write: the host may have made it (a task, an element, a voice), so it may be charged. */
	mayHaveActed: boolean;
	/** The hint the user reads with it, where it does not depend on the host's code (those: CODE_HINTS). */
	hint?: string;
}

const RATE_HINT = 'Rate or concurrency limit reached: no task was created. Lower Max Concurrent Tasks or retry later.';

/** What each failure means for the task, declared once. */
export const FAILURES: Readonly<Record<FailureKind, FailureMeaning>> = {
	// Code 1302 (or HTTP 429 with another code of Kling's throttling).
	throttled: { read: 'waitOut', write: 'waitOut', waitsForCapacity: false, mayHaveActed: false, hint: RATE_HINT },
	// Code 1303, or HTTP 429 without Kling's code (an aggregator): the account runs as many tasks as its plan allows.
	// A submit waits for a free slot (transport/accountCapacity.ts) for as long as its Max Wait allows; any other request waits it out.
	busy: { read: 'waitOut', write: 'waitOut', waitsForCapacity: true, mayHaveActed: false, hint: RATE_HINT },
	// No answer, a 5xx (or code 5xxx) or a garbled 2xx: for a submit, a task may exist.
	unanswered: { read: 'resend', write: 'lookUpThenResend', waitsForCapacity: false, mayHaveActed: true },
	// Code 1201: an invalid parameter, or an External Task ID in use (then the task may exist already: use it rather than pay twice).
	duplicate: { read: 'fail', write: 'lookUp', waitsForCapacity: false, mayHaveActed: true },
	// HTTP 404 or code 1203.
	notFound: { read: 'fail', write: 'fail', waitsForCapacity: false, mayHaveActed: false },
	// A new-api gateway's `task_not_exist`: it holds no task under that id, which proves nothing for an External Task ID (it never knows those).
	unknownToGateway: {
		read: 'fail',
		write: 'fail',
		waitsForCapacity: false,
		mayHaveActed: false,
		hint: 'This host has no task with that ID. Gateways built on new-api know a task only by the task ID they returned on the submit, not by its External Task ID.',
	},
	// Anything else from the host (authentication, a policy, a parameter, arrears), and any error not made here.
	refused: { read: 'fail', write: 'fail', waitsForCapacity: false, mayHaveActed: false },
	// Still the host's "not found" to readers of the seven-word view (the pickers' list message).
	endpointMissing: { read: 'fail', write: 'fail', waitsForCapacity: false, mayHaveActed: false },
	answerLost: {
		read: 'fail',
		write: 'fail',
		waitsForCapacity: false,
		mayHaveActed: true,
		hint: 'The node did not send the request again, so as not to do it twice. Check the result in Kling before running this item again.',
	},
	// The task goes on at Kling.
	notFinished: { read: 'fail', write: 'fail', waitsForCapacity: false, mayHaveActed: true },
	// A submit the host accepted: a task may exist.
	unreadable: { read: 'fail', write: 'fail', waitsForCapacity: false, mayHaveActed: true },
	// The request may have reached the host before the stop.
	stopped: { read: 'fail', write: 'fail', waitsForCapacity: false, mayHaveActed: true },
	// Nothing was stored; the task itself is done.
	downloadFailed: { read: 'fail', write: 'fail', waitsForCapacity: false, mayHaveActed: false },
};

/*
 * The errors. Subclasses of n8n's own NodeApiError and NodeOperationError, so
 * that n8n shows them as before (the HTTP code in the error view, the item,
 * the description) and n8n's `instanceof` checks hold; they add the kind as a
 * typed field. n8n tells its errors apart by `name` too (WorkflowExecute's
 * rethrowNodeError, telemetry, the editor), and ExecutionBaseError sets it to
 * the constructor's name, so each subclass keeps the name of the n8n class it
 * extends: to n8n and to the user they are n8n's errors. (A side table keyed by
 * the error would do the same without the renaming, but gives no
 * `instanceof`, and its facts would not travel with the error.)
 */

function keepN8nName(error: Error, name: 'NodeApiError' | 'NodeOperationError'): void {
	Object.defineProperty(error, 'name', { value: name, writable: true, enumerable: true, configurable: true });
}

/** Where an error is thrown: the node, and the item when there is one (an ItemContext is one). */
export interface Where {
	readonly node: INode;
	readonly itemIndex?: number;
}

/** A failed exchange with a host (an answer, or none), as n8n's NodeApiError. */
export class KlingApiError extends NodeApiError {
	readonly failureKind: FailureKind;

	/** The host's Retry-After, in ms. */
	readonly retryAfterMs?: number;

	/** The host's code (`{code}` of its answer: 1303, "task_not_exist"); none for a bare status or a page. */
	readonly hostCode?: number | string;

	/** What the host itself said: its message, or the text of a page that was not JSON. */
	readonly hostSaid?: string;

	constructor(
		where: Where,
		failure: {
			kind: FailureKind;
			/** What n8n keeps as the host's answer: never the request or its headers, so the key cannot leak. */
			response: JsonObject;
			message: string;
			description?: string;
			httpCode?: string;
			retryAfterMs?: number;
			hostCode?: number | string;
			hostSaid?: string;
		},
	) {
		super(where.node, failure.response, {
			itemIndex: where.itemIndex,
			httpCode: failure.httpCode,
			message: failure.message,
			description: failure.description,
		});
		keepN8nName(this, 'NodeApiError');
		this.failureKind = failure.kind;
		this.retryAfterMs = failure.retryAfterMs;
		this.hostCode = failure.hostCode;
		this.hostSaid = failure.hostSaid;
	}
}

/** A failure of the node's own making (a lost answer, a wait run out, a missing endpoint), as n8n's NodeOperationError. */
export class KlingOperationError extends NodeOperationError {
	readonly failureKind: FailureKind;

	constructor(where: Where, failure: { kind: FailureKind; message: string; description?: string; cause?: Error }) {
		super(where.node, failure.message, { itemIndex: where.itemIndex, description: failure.description });
		keepN8nName(this, 'NodeOperationError');
		this.failureKind = failure.kind;
		if (failure.cause !== undefined) this.cause = failure.cause;
	}
}

export type KlingFailure = KlingApiError | KlingOperationError;

export const isKlingFailure = (error: unknown): error is KlingFailure => error instanceof KlingApiError || error instanceof KlingOperationError;

/** The kind of a failure; an error not made here (ours elsewhere, n8n's) is a refusal. */
export const failureKindOf = (error: unknown): FailureKind => (isKlingFailure(error) ? error.failureKind : 'refused');

/** Whether the error is a failure of one of these kinds. */
export const isFailure = (error: unknown, ...kinds: FailureKind[]): boolean => kinds.includes(failureKindOf(error));

/** What the error means for the task. */
export const meaningOf = (error: unknown): FailureMeaning => FAILURES[failureKindOf(error)];

/** The host's Retry-After for this failure, in ms, if it sent one. */
export const retryAfterOf = (error: unknown): number | undefined => (error instanceof KlingApiError ? error.retryAfterMs : undefined);


/** The HTTP status the host answered with, if the error is an answer that has one. */
export function httpStatusOf(error: unknown): number | undefined {
	if (!(error instanceof NodeApiError) || typeof error.httpCode !== 'string') return undefined;
	const status = Number(error.httpCode);
	return Number.isFinite(status) ? status : undefined;
}

/**
 * What the host answered: its HTTP status, its code and its own words (none
 * when blank). For a missing endpoint, those of the host's error it stands for (its cause).
 */
export function hostAnswerOf(error: unknown): { httpStatus?: number; hostCode?: number | string; hostSaid?: string } {
	const answer = error instanceof KlingOperationError && error.failureKind === 'endpointMissing' ? error.cause : error;
	if (!(answer instanceof KlingApiError)) return { httpStatus: httpStatusOf(answer) };
	const said = answer.hostSaid?.trim() ? answer.hostSaid : undefined;
	return { httpStatus: httpStatusOf(answer), hostCode: answer.hostCode, hostSaid: said };
}

/* ----- Classifying a host's answer ----- */

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
