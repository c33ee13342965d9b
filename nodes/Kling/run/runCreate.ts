import type { IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';

import { itemContextOfExecution } from '../context/itemContext';
import type { TaskOperation } from '../operations/types';
import { withSlot } from '../transport/concurrency';
import { parkForCallback } from '../callback/parkForCallback';
import { statedConcurrencyOf } from '../pipeline/accountOfItem';
import { taskOutput } from '../pipeline/completeTask';
import { PollGroup } from '../transport/pollGroup';
import { maxWaitMsOf, pollUntilFinal, waitOptionsOf } from '../transport/pollTask';
import { itemError, itemsOf, type Outcome } from '../pipeline/itemOutcomes';
import type { PreparedItem } from '../pipeline/prepareBody';
import { prepareBody } from '../pipeline/prepareBody';
import { withModelNotice } from '../pipeline/modelNotice';
import { withEstimate } from '../pipeline/estimateUnits';
import { budgetOf, budgetRefusal } from '../pipeline/runBudget';
import { readPlaceOf } from '../pipeline/newApiRequest';
import { submitWhenFree } from '../pipeline/submitWhenFree';
import { runIndexOf, waitMethodOf } from '../pipeline/waitMethod';

export const DEFAULT_MAX_CONCURRENT_TASKS = 10;

/**
 * A create operation for all input items. Every item is checked first, so a
 * bad item fails before anything is paid for; then all are submitted
 * together (at most Max Concurrent Tasks in flight, and no more than the
 * Kling account takes: the rest wait for room) and, as the user chose,
 * output at once, polled for in this execution (the run's tasks read
 * together: transport/pollGroup.ts), or handed to Kling's callback while the
 * execution is parked.
 */
export async function runCreate(exec: IExecuteFunctions, op: TaskOperation): Promise<INodeExecutionData[][]> {
	const items = exec.getInputData();
	const runIndex = runIndexOf(exec);
	const method = waitMethodOf(exec);
	const ctxOf = (i: number) => itemContextOfExecution(exec, i);

	const prepared: Array<PreparedItem | Error> = [];
	for (let i = 0; i < items.length; i++) {
		try {
			statedConcurrencyOf(ctxOf(i));
			prepared[i] = await prepareBody(ctxOf(i), op, runIndex);
		} catch (error) {
			if (!exec.continueOnFail()) throw itemError(exec.getNode(), error, i);
			prepared[i] = error as Error;
		}
	}
	holdToBudget(exec, prepared);

	const cap = waitOptionsOf(ctxOf(0)).maxConcurrentTasks ?? DEFAULT_MAX_CONCURRENT_TASKS;
	const runKey = `${exec.getExecutionId()}|${exec.getNode().id}|${runIndex}`;
	const inSlot = <T>(work: () => Promise<T>) => withSlot(runKey, cap, work);

	if (method === 'callback') return await parkForCallback(exec, op, prepared, inSlot);

	const polls = new PollGroup();
	const settled = await Promise.allSettled(
		prepared.map(async (item, i): Promise<INodeExecutionData[]> => {
			if (item instanceof Error) throw item;
			const ctx = ctxOf(i);
			// Each item holds a slot from its submit until its task is done (or failed).
			// It waits for room on the account as long as its Max Wait allows, and holds that room until its task ends.
			return await inSlot(async () => {
				const { submitted, slot } = await submitWhenFree(ctx, op, item.body, Date.now() + maxWaitMsOf(waitOptionsOf(ctx)));
				let final;
				try {
					if (method === 'none') return withEstimate(withModelNotice(await taskOutput(ctx, submitted, false, op.result), item.modelNotice), item.estimate);
					final = await pollUntilFinal(ctx, readPlaceOf(op, item.body), submitted, polls);
				} finally {
					slot.release();
				}
				return withEstimate(withModelNotice(await taskOutput(ctx, final, ctx.param('downloadVideo', true), op.result), item.modelNotice), item.estimate);
			});
		}),
	);
	const outcomes: Outcome[] = settled.map((result) => (result.status === 'fulfilled' ? result.value : (result.reason as Error)));
	return [itemsOf(exec, outcomes)];
}

/**
 * Options → Budget (Units), when set: the run's estimate (its items' sum, by
 * Kling's published prices) over the budget, or any item's price unknown,
 * refuses the whole run before anything is sent, in both ways of waiting.
 * The budget is the run's: read once (an expression, for the first item).
 * Without Continue On Fail the node fails; with it every item still to be
 * sent becomes the refusal.
 */
function holdToBudget(exec: IExecuteFunctions, prepared: Array<PreparedItem | Error>): void {
	const ctx = itemContextOfExecution(exec, 0);
	let refusal: ((itemIndex: number) => Error) | undefined;
	try {
		const budget = budgetOf(ctx);
		if (budget === undefined) return;
		refusal = budgetRefusal(ctx, budget, prepared.map((item) => (item instanceof Error ? undefined : item.estimate)));
	} catch (error) {
		const bad = error as Error;
		refusal = () => bad;
	}
	if (!refusal) return;
	if (!exec.continueOnFail()) throw itemError(exec.getNode(), refusal(0), 0);
	for (const [i, item] of prepared.entries()) if (!(item instanceof Error)) prepared[i] = refusal(i);
}
