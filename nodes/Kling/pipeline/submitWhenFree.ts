import type { IDataObject } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import type { ItemContext } from '../context/itemContext';
import type { TaskOperation } from '../operations/types';
import { abortableSleep } from '../transport/abortableSleep';
import { PROBE_EVERY_MS, type Slot } from '../transport/accountCapacity';
import { backoffMs } from '../transport/backoff';
import { asNodeError, isFailure } from '../transport/failures';
import type { FinishedTask } from '../transport/waitForTask';
import { accountPackOf, packTypeOf, weightOf } from './accountOfItem';
import { submitTask } from './submitTask';

/**
 * Backing off while other runs fill the account: from about 1 s (Kling's advice), at most
 * this long, so that a slot another run frees is taken within seconds (in queue mode the
 * waiting execution holds its worker slot meanwhile).
 */
const MAX_BACKOFF_MS = 5_000;

const PACK_WORDS = { video: 'video', image: 'image', tryOn: 'virtual try-on', audio: 'audio', general: 'element and voice' } as const;

export interface Accepted {
	submitted: FinishedTask;
	/** The item's hold on the account's capacity: release it when the task has ended. */
	slot: Slot;
}

/** The account stayed full until the item's Max Wait passed: nothing was created, nothing charged. */
function accountStayedFull(ctx: ItemContext, op: TaskOperation, minutes: number, refusals: number, last: unknown): NodeOperationError {
	const pack = PACK_WORDS[packTypeOf(op)];
	return new NodeOperationError(ctx.node, `The Kling account's concurrency stayed full for ${minutes.toFixed(minutes < 1 ? 1 : 0)} min: no ${pack} task was created for this item`, {
		itemIndex: ctx.itemIndex,
		description:
			`Kling refused the submit ${refusals} time${refusals === 1 ? '' : 's'} because the account already runs as many ${pack} tasks as its plan allows ` +
			`(${asNodeError(ctx.node, last).message}). The limit counts every run and every key of the account. The item waited for a free slot as long as ` +
			'Options → Max Wait allows. Raise Max Wait, run fewer tasks at once, or raise the plan\'s concurrency. Nothing was charged for this item.',
	});
}

const stopped = (ctx: ItemContext) =>
	new NodeOperationError(ctx.node, 'Stopped while waiting for a free slot on the Kling account: nothing was submitted for this item', { itemIndex: ctx.itemIndex });

/**
 * Submits a task once the account has room for it. Kling runs only so many
 * tasks of a pack type at once per account, and refuses a create over that
 * with 1303 (or an aggregator with a bare 429): nothing was made, so the item
 * waits and sends again, until `deadline`. While this process's own tasks
 * hold the account, the item waits in line for one of them to end
 * (transport/accountCapacity.ts), sending nothing meanwhile; when other runs
 * fill it, it backs off from about a second up to 5 s. Every other failure
 * ends the item as submitTask decided it (a lost answer is looked up before any resend).
 */
export async function submitWhenFree(ctx: ItemContext, op: TaskOperation, body: IDataObject, deadline: number): Promise<Accepted> {
	const pack = await accountPackOf(ctx, op);
	const weight = weightOf(packTypeOf(op), body);
	const started = Date.now();
	let refusals = 0;
	let backoff = 0;
	let last: unknown;
	for (;;) {
		const left = deadline - Date.now();
		if (refusals > 0 && left <= 0) throw accountStayedFull(ctx, op, (Date.now() - started) / 60_000, refusals, last);
		let slot: Slot;
		try {
			slot = await pack.acquire(weight, ctx.signal, Math.max(1, Math.min(PROBE_EVERY_MS, left)));
		} catch {
			throw stopped(ctx);
		}
		if (refusals > 0 && Date.now() >= deadline) {
			slot.release();
			throw accountStayedFull(ctx, op, (Date.now() - started) / 60_000, refusals, last);
		}
		try {
			const submitted = await submitTask(ctx, op, body, { waitsForCapacity: true });
			slot.accepted();
			return { submitted, slot };
		} catch (error) {
			if (!isFailure(error, 'busy')) {
				slot.release();
				throw asNodeError(ctx.node, error);
			}
			refusals++;
			last = error;
			// Our own tasks hold the account: the next one to end wakes this item. Else other runs fill it: back off.
			if (slot.refused() === 0) {
				try {
					await abortableSleep(Math.max(0, Math.min(backoffMs(backoff++), MAX_BACKOFF_MS, deadline - Date.now())), ctx.signal);
				} catch {
					throw stopped(ctx);
				}
			}
		}
	}
}
