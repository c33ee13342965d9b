import type { INode } from 'n8n-workflow';

import { abortableSleep } from './abortableSleep';
import { backoffMs } from './backoff';
import type { FailureKind } from './failures';
import { asNodeError, FAILURES, failureKindOf, retryAfterOf } from './failures';

/** What to do after a failed attempt. */
export type Decision = { action: 'retry'; delayMs: number } | { action: 'lookUp'; thenRetry: boolean } | { action: 'fail' };

/**
 * The one retry policy of every request to the Kling host: what each kind of
 * failure means for a read and for a write is declared in failures.ts (FAILURES).
 * - Throttled: nothing was created: wait (Retry-After, else backoff) and send again, reads and writes alike.
 * - Busy (the account's concurrency is full): a task's submit fails here at once, for its caller to wait for a
 *   free slot as long as the item may (execute/submitWhenFree.ts); any other request is treated as throttled.
 * - Unanswered: a read is sent again; a write may have created a task, so look it up first, and send
 *   again only if there is none.
 * - Duplicate, for a write: the task may exist already: look it up; never send again.
 * - Anything else, or no attempts left: fail (a write whose answer was lost still gets its look-up).
 */
export function decide(
	failure: FailureKind,
	write: boolean,
	attemptsLeft: number,
	retryAfterMs?: number,
	attempt = 0,
	callerWaitsForCapacity = false,
): Decision {
	const meaning = FAILURES[failure];
	if (meaning.waitsForCapacity && callerWaitsForCapacity) return { action: 'fail' };
	const plan = write ? meaning.write : meaning.read;
	switch (plan) {
		case 'waitOut':
			return attemptsLeft > 0 ? { action: 'retry', delayMs: retryAfterMs ?? backoffMs(attempt) } : { action: 'fail' };
		case 'resend':
			return attemptsLeft > 0 ? { action: 'retry', delayMs: backoffMs(attempt) } : { action: 'fail' };
		case 'lookUpThenResend':
			return { action: 'lookUp', thenRetry: attemptsLeft > 0 };
		case 'lookUp':
			return { action: 'lookUp', thenRetry: false };
		case 'fail':
			return { action: 'fail' };
	}
}

export interface Attempts<T> {
	/** The node the errors are thrown for. */
	node: INode;
	/** A write (a submit) may create a task even when its answer is lost. */
	write: boolean;
	/** How many times to try in all. */
	attempts: number;
	signal?: AbortSignal;
	send: () => Promise<T>;
	/** A task's submit: a busy account ends the attempts at once, for the caller to wait for a free slot. */
	waitsForCapacity?: boolean;
	/** For writes: the task the lost or refused write may have created, or undefined if there is none. */
	lookUp?: (failed: unknown) => Promise<T | undefined>;
}

/** Runs `send` under the retry policy; throws the last error (as a node error) when it gives up. */
export async function withRetries<T>(plan: Attempts<T>): Promise<T> {
	for (let attempt = 0; ; attempt++) {
		try {
			return await plan.send();
		} catch (error) {
			if (plan.signal?.aborted) throw asNodeError(plan.node, error);
			const decision = decide(failureKindOf(error), plan.write, plan.attempts - attempt - 1, retryAfterOf(error), attempt, plan.waitsForCapacity);
			if (decision.action === 'fail') throw asNodeError(plan.node, error);
			if (decision.action === 'lookUp') {
				const found = plan.lookUp ? await plan.lookUp(error) : undefined;
				if (found !== undefined) return found;
				if (!decision.thenRetry) throw asNodeError(plan.node, error);
				await abortableSleep(backoffMs(attempt), plan.signal);
				continue;
			}
			await abortableSleep(decision.delayMs, plan.signal);
		}
	}
}
