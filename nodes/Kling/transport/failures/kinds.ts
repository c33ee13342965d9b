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

export const RATE_HINT = 'Rate or concurrency limit reached: no task was created. Lower Max Concurrent Tasks or retry later.';

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
