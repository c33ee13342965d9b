import type { IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { itemContextOfExecution } from '../context/itemContext';
import { taskOutput } from '../pipeline/completeTask';
import { PollGroup } from '../transport/pollGroup';
import { maxWaitMsOf, pollUntilFinal, waitOptionsOf } from '../transport/pollTask';
import { itemError, itemsOf, type Outcome } from '../pipeline/itemOutcomes';
import type { PreparedItem } from '../pipeline/prepareBody';
import { withModelNotice } from '../pipeline/modelNotice';
import { withEstimate } from '../pipeline/estimateUnits';
import { batchApiOf, readPlaceOf } from '../pipeline/newApiRequest';
import { submitWhenFree } from '../pipeline/submitWhenFree';
import { runIndexOf } from '../pipeline/waitMethod';
import type { TaskOperation } from '../operations/types';
import type { FinishedTask } from '../transport/waitForTask';
import { isFinished } from '../transport/taskShape';
import { callbackUrlFor } from './callbackUrl';
import { parkUntil, resumeUrlOf, waitingForCallback } from './park';
import { submitQueued, type InSlot, type QueuedItem, type QueueOutcome } from './submitQueued';

/** An item the account had no room for yet: it is sent when one of the batch's own tasks ends. */
const QUEUED = 'queued' as const;
const isTask = (entry: FinishedTask | Error | typeof QUEUED): entry is FinishedTask => entry !== QUEUED && !(entry instanceof Error);

/**
 * Callback mode: submits the items with a callback URL that resumes this
 * execution, as many as the Kling account takes (the rest are queued, and the
 * callback handler sends them as the batch's own tasks end), then parks the
 * execution until the handler has seen every task final (or Max Wait passes).
 * If the account takes none, it waits here for room for one, so that a
 * callback of its own will come. While parked, the node shows the submitted
 * and queued items. When parking cannot help (every task already final, or a
 * submit failed on an item that continues on fail), it polls here instead,
 * so the output stays one item per input item.
 */
export async function parkForCallback(
	exec: IExecuteFunctions,
	op: TaskOperation,
	prepared: Array<PreparedItem | Error>,
	inSlot: InSlot,
): Promise<INodeExecutionData[][]> {
	const runIndex = runIndexOf(exec);
	// The end of the wait: the execution's, and that of items queued for the account's capacity.
	const deadline = Date.now() + maxWaitMsOf(waitOptionsOf(itemContextOfExecution(exec, 0)));
	// Which API the tasks go to (the model decides, newApiRequest.ts): the handler reads them back there.
	const api = batchApiOf(op, prepared.flatMap((item) => (item instanceof Error ? [] : [item.body])));
	const callbackUrl = callbackUrlFor(resumeUrlOf(exec), prepared.length, runIndex, deadline, api);
	const ctxOf = (i: number) => itemContextOfExecution(exec, i);

	for (const [i, item] of prepared.entries()) {
		if (item instanceof Error) continue;
		if (!item.derivedId) {
			prepared[i] = new NodeOperationError(exec.getNode(), 'External Task ID: leave it empty when waiting by callback', {
				itemIndex: i,
				description: `The node names each task itself (${String(item.body.external_task_id)} would be n8n-<execution>-<node>-r<run>-i<item>), which is how the callback finds its execution's tasks. Nothing was sent to Kling for this item.`,
			});
		} else if (item.body.callback_url !== undefined) {
			prepared[i] = new NodeOperationError(exec.getNode(), 'Callback URL: leave it empty when waiting by callback', {
				itemIndex: i,
				description: 'The node sets the callback URL to this execution. Nothing was sent to Kling for this item.',
			});
		} else {
			item.body.callback_url = callbackUrl;
		}
		if (prepared[i] instanceof Error && !exec.continueOnFail()) throw itemError(exec.getNode(), prepared[i], i);
	}

	// Submit while the account takes them; from its first "busy" on, the rest wait in a queue.
	const submitted: Array<FinishedTask | Error | typeof QUEUED> = prepared.map((item) => (item instanceof Error ? item : QUEUED));
	const queuedItems = (): QueuedItem[] =>
		submitted.flatMap((entry, i) => (entry === QUEUED ? [{ index: i, ctx: ctxOf(i), body: (prepared[i] as PreparedItem).body }] : []));
	const record = ({ submitted: made, failed }: QueueOutcome) => {
		for (const [i, task] of made) submitted[i] = task;
		for (const [i, error] of failed) submitted[i] = error;
	};
	record(await submitQueued(op, queuedItems(), { inSlot }));
	// No task of this batch runs at Kling, so no callback would come to send the rest: wait for room here, then park.
	if (submitted.includes(QUEUED) && !submitted.some(isTask)) record(await submitQueued(op, queuedItems(), { waitUntil: deadline }));

	const failedSubmit = submitted.findIndex((entry, i) => entry instanceof Error && !(prepared[i] instanceof Error));
	if (failedSubmit >= 0 && !exec.continueOnFail()) {
		const created = submitted.filter(isTask);
		const error = submitted[failedSubmit] as NodeOperationError;
		if (created.length) {
			error.description = `${error.description ? `${error.description} ` : ''}These tasks of the same run were created and go on at Kling: ${created.map((t) => t.task.externalTaskId ?? t.task.taskId).join(', ')} (read them with Task → Get).`;
		}
		throw itemError(exec.getNode(), error, failedSubmit);
	}

	const allFinal = submitted.every((entry) => !isTask(entry) || isFinished(entry.task));
	if (failedSubmit >= 0 || allFinal) {
		// Parking cannot help: poll here, queued items included (each waits for room as polling does).
		const polls = new PollGroup();
		const outcomes: Outcome[] = await Promise.all(
			submitted.map(async (entry, i): Promise<Outcome> => {
				if (entry instanceof Error) return entry;
				const ctx = ctxOf(i);
				try {
					let task = entry;
					if (task === QUEUED) {
						const { submitted: accepted, slot } = await submitWhenFree(ctx, op, (prepared[i] as PreparedItem).body, deadline);
						slot.release();
						task = accepted;
					}
					const final = await pollUntilFinal(ctx, readPlaceOf(op, (prepared[i] as PreparedItem).body), task, polls);
					const { modelNotice, estimate } = prepared[i] as PreparedItem;
					return withEstimate(withModelNotice(await taskOutput(ctx, final, ctx.param('downloadVideo', true), op.result), modelNotice), estimate);
				} catch (error) {
					return error as Error;
				}
			}),
		);
		return [itemsOf(exec, outcomes)];
	}

	return await parkUntil(
		exec,
		deadline,
		submitted.map((entry, i) =>
			entry === QUEUED
				? { externalTaskId: (prepared[i] as PreparedItem).body.external_task_id, status: 'queued', waitingFor: 'accountCapacity' }
				: waitingForCallback((entry as FinishedTask).task, op.result),
		),
	);
}
