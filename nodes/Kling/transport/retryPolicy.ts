import type { INode } from 'n8n-workflow';

import { abortableSleep } from './abortableSleep';
import { backoffMs } from './backoff';
import { asNodeError } from './hostErrors';
import type { HostFailure } from './hostFailure';
import { failureOf, retryAfterOf } from './hostFailure';

/** What to do after a failed attempt. */
export type Decision = { action: 'retry'; delayMs: number } | { action: 'lookUp'; thenRetry: boolean } | { action: 'fail' };

/**
 * The one retry policy of every request to the Kling host.
 * - Throttled: nothing was created: wait (Retry-After, else backoff) and send again, reads and writes alike.
 * - Busy (the account's concurrency is full): a task's submit fails here at once, for its caller to wait for a
 *   free slot as long as the item may (execute/submitWhenFree.ts); any other request is treated as throttled.
 * - Unanswered: a read is sent again; a write may have created a task, so look it up first, and send
 *   again only if there is none.
 * - Duplicate, for a write: the task may exist already: look it up; never send again.
 * - Anything else, or no attempts left: fail (a write whose answer was lost still gets its look-up).
 */
export function decide(
	failure: HostFailure,
	write: boolean,
	attemptsLeft: number,
	retryAfterMs?: number,
	attempt = 0,
	callerWaitsForCapacity = false,
): Decision {
	if (failure === 'busy' && callerWaitsForCapacity) return { action: 'fail' };
	if ((failure === 'throttled' || failure === 'busy') && attemptsLeft > 0) return { action: 'retry', delayMs: retryAfterMs ?? backoffMs(attempt) };
	if (failure === 'unanswered') {
		if (write) return { action: 'lookUp', thenRetry: attemptsLeft > 0 };
		if (attemptsLeft > 0) return { action: 'retry', delayMs: backoffMs(attempt) };
	}
	if (failure === 'duplicate' && write) return { action: 'lookUp', thenRetry: false };
	return { action: 'fail' };
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
			const decision = decide(failureOf(error), plan.write, plan.attempts - attempt - 1, retryAfterOf(error), attempt, plan.waitsForCapacity);
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
