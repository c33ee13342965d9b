import type { IDataObject } from 'n8n-workflow';

import type { ItemContext } from '../context/itemContext';
import { submitTask } from '../pipeline/submitTask';
import { submitWhenFree } from '../pipeline/submitWhenFree';
import type { TaskOperation } from '../operations/types';
import { isFailure } from '../transport/failures';
import type { FinishedTask } from '../transport/waitForTask';

/** An item of a batch waiting by callback, ready to send: its context and body (callback URL set). */
export interface QueuedItem {
	index: number;
	ctx: ItemContext;
	body: IDataObject;
}

/** What became of the queued items: the tasks made (by item), the ones still queued, and the errors. */
export interface QueueOutcome {
	submitted: Map<number, FinishedTask>;
	stillQueued: number[];
	failed: Map<number, Error>;
}

/** Runs one item's submit: under the run's cap (Max Concurrent Tasks), or one after another. */
export type InSlot = <T>(work: () => Promise<T>) => Promise<T>;

/** One after another, in the order asked. */
function oneByOne(): InSlot {
	let chain: Promise<unknown> = Promise.resolve();
	return async <T>(work: () => Promise<T>): Promise<T> => {
		const run = chain.then(work);
		chain = run.catch(() => undefined);
		return await run;
	};
}

/**
 * Submits queued items in order while the Kling account takes them, and stops
 * at its first "busy" (1303, or a bare 429): the rest stay queued, to be sent
 * when one of the batch's own tasks ends (its callback). Nothing is sent twice:
 * a lost answer is looked up first, and a task whose External Task ID exists
 * already (a callback that raced this one sent it) is taken as it is.
 *
 * `inSlot`: the run's cap, when the items go out together (the execution's
 * first pass); else one after another. `waitUntil`: the first item waits for
 * room first (in this process, backing off) until that time: for a batch none
 * of whose tasks runs at Kling, so that no callback of its own would come to
 * send the rest.
 */
export async function submitQueued(op: TaskOperation, queued: QueuedItem[], options: { waitUntil?: number; inSlot?: InSlot } = {}): Promise<QueueOutcome> {
	const outcome: QueueOutcome = { submitted: new Map(), stillQueued: [], failed: new Map() };
	const inSlot = options.inSlot ?? oneByOne();
	let busy = false;
	await Promise.all(
		queued.map(async (item, position) =>
			await inSlot(async () => {
				if (busy) {
					outcome.stillQueued.push(item.index);
					return;
				}
				try {
					if (position === 0 && options.waitUntil !== undefined) {
						const { submitted, slot } = await submitWhenFree(item.ctx, op, item.body, options.waitUntil);
						// Waiting by callback nothing here follows the task: the account's slot is Kling's to free.
						slot.release();
						outcome.submitted.set(item.index, submitted);
					} else {
						outcome.submitted.set(item.index, await submitTask(item.ctx, op, item.body, { waitsForCapacity: true }));
					}
				} catch (error) {
					if (!isFailure(error, 'busy')) {
						outcome.failed.set(item.index, error as Error);
						return;
					}
					busy = true;
					outcome.stillQueued.push(item.index);
				}
			}),
		),
	);
	outcome.stillQueued.sort((a, b) => a - b);
	return outcome;
}
