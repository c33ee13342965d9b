import type { IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';

import { itemContextOfExecution } from '../context/itemContext';
import type { CreateOperation } from '../operations/types';
import { withSlot } from '../transport/concurrency';
import { asNodeError } from '../transport/hostErrors';
import { parkForCallback } from '../callback/parkForCallback';
import { pollUntilFinal, taskOutput, waitOptionsOf } from './completeTask';
import { itemsOf, type Outcome } from './itemOutcomes';
import type { PreparedItem } from './prepareBody';
import { prepareBody } from './prepareBody';
import { submitTask } from './submitTask';
import { runIndexOf, waitMethodOf } from './waitMethod';

export const DEFAULT_MAX_CONCURRENT_TASKS = 10;

/**
 * A create operation for all input items. Every item is checked first, so a
 * bad item fails before anything is paid for; then all are submitted
 * together (at most Max Concurrent Tasks in flight) and, as the user chose,
 * output at once, polled for in this execution, or handed to Kling's
 * callback while the execution is parked.
 */
export async function runCreate(exec: IExecuteFunctions, op: CreateOperation): Promise<INodeExecutionData[][]> {
	const items = exec.getInputData();
	const runIndex = runIndexOf(exec);
	const method = waitMethodOf(exec);
	const ctxOf = (i: number) => itemContextOfExecution(exec, i);

	const prepared: Array<PreparedItem | Error> = [];
	for (let i = 0; i < items.length; i++) {
		try {
			prepared[i] = await prepareBody(ctxOf(i), op, runIndex);
		} catch (error) {
			if (!exec.continueOnFail()) throw asNodeError(exec.getNode(), error);
			prepared[i] = error as Error;
		}
	}

	const cap = waitOptionsOf(ctxOf(0)).maxConcurrentTasks ?? DEFAULT_MAX_CONCURRENT_TASKS;
	const runKey = `${exec.getExecutionId()}|${exec.getNode().id}|${runIndex}`;
	const inSlot = <T>(work: () => Promise<T>) => withSlot(runKey, cap, work);

	if (method === 'callback') return await parkForCallback(exec, op, prepared, inSlot);

	const settled = await Promise.allSettled(
		prepared.map(async (item, i): Promise<INodeExecutionData[]> => {
			if (item instanceof Error) throw item;
			const ctx = ctxOf(i);
			// Each item holds a slot from its submit until its task is done (or failed).
			return await inSlot(async () => {
				const submitted = await submitTask(ctx, op, item.body);
				if (method === 'none') return await taskOutput(ctx, submitted, false, op.result);
				const final = await pollUntilFinal(ctx, op.endpoint, submitted);
				return await taskOutput(ctx, final, ctx.param('downloadVideo', true), op.result);
			});
		}),
	);
	const outcomes: Outcome[] = settled.map((result) => (result.status === 'fulfilled' ? result.value : (result.reason as Error)));
	return [itemsOf(exec, outcomes)];
}
