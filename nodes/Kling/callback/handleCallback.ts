import type { IDataObject, INodeExecutionData, IWebhookFunctions, IWebhookResponseData } from 'n8n-workflow';

import { itemContextOfWebhook } from '../context/itemContext';
import { taskOutput } from '../pipeline/completeTask';
import { errorItem } from '../pipeline/itemOutcomes';
import { modelNoticeOf, withModelNotice } from '../pipeline/modelNotice';
import { estimateUnits, withEstimate } from '../pipeline/estimateUnits';
import { shapedBodyOf } from '../pipeline/prepareBody';
import type { ItemContext } from '../context/itemContext';
import type { TaskOperation } from '../operations/types';
import { isFinished, readTask, taskToJson } from '../transport/taskShape';
import { refuseUnsigned } from './callbackSignature';
import type { ParkedBatch } from './parkedBatch';
import { parkedBatchOf } from './parkedBatch';
import { oneAtATime } from './oneAtATime';
import { readBatch } from './readBatch';
import { sendQueued } from './sendQueued';

/** Answer the caller and keep the execution parked. */
const stayParked = (note: string): IWebhookResponseData => ({ webhookResponse: { received: true, resumed: false, note } });

/**
 * Receives Kling's callbacks for a parked execution (n8n has already checked
 * the execution's token). With a Webhook Secret in the credential, a callback
 * whose signature does not hold is refused first (HTTP 401) and changes
 * nothing. A callback, signed or not, is only a hint: its body is never used
 * as a result. When it says a task of this execution is final, the node reads
 * the batch's tasks back from the API; only when every one is final does it
 * resume the execution, with one output item per input item, as polling
 * would (several for an image task: one per image). Anything else (intermediate statuses, other tasks, bodies that are
 * not tasks, a host that fails to answer) leaves the execution parked.
 */
export async function handleCallback(this: IWebhookFunctions): Promise<IWebhookResponseData> {
	// A signature proves who sent the callback, not that the task is done: the read-back below stays.
	const refused = await refuseUnsigned(this);
	if (refused) return refused;
	const batch = parkedBatchOf(this);
	if (!batch) return stayParked('not a callback of this node');
	const { ids } = batch;

	const claimed = readTask(this.getBodyData());
	if (!claimed) return stayParked('the body holds no task');
	if (!ids.includes(claimed.taskId) && !(claimed.externalTaskId && ids.includes(claimed.externalTaskId))) {
		return stayParked('not a task of this execution');
	}
	if (!isFinished(claimed)) return stayParked(`task ${claimed.taskId} is ${claimed.status}`);

	// One callback of this batch at a time (in this process): each reads back what the one before sent.
	return await oneAtATime(`${this.getExecutionId()}|${ids[0]}`, async () => await readBackAndDecide(this, batch));
}

/** Reads the batch back; sends queued items, stays parked, or resumes with every item's output. */
async function readBackAndDecide(ctx: IWebhookFunctions, batch: ParkedBatch): Promise<IWebhookResponseData> {
	const { ids, result } = batch;
	const node = ctx.getNode();
	const count = ids.length;
	let tasks;
	try {
		tasks = await readBatch(itemContextOfWebhook(ctx, 0), batch, ids);
	} catch (error) {
		return stayParked(`the tasks could not be read back (${(error as Error).message}); a later callback decides`);
	}
	// Items queued for the account's capacity have no task yet: one of ours just ended, so there is room to send them.
	const queued = tasks.flatMap((entry, i) => (entry ? [] : [i]));
	const running = tasks.filter((entry) => entry && !isFinished(entry.task)).length;
	if (queued.length && batch.create) return stayParked(await sendQueued(ctx, batch.create, count, queued, running));
	const pending = tasks.filter((entry) => !entry || !isFinished(entry.task)).length;
	if (pending) return stayParked(`${pending} of ${count} tasks are not final yet`);

	const toErrorOutput = node.onError === 'continueErrorOutput';
	// Per input item: its output items (several for an image task), or its failed task's item.
	const done: INodeExecutionData[][] = [];
	const failed: INodeExecutionData[][] = [];
	await Promise.all(
		tasks.map(async (entry, i) => {
			const itemCtx = itemContextOfWebhook(ctx, i);
			try {
				const output = await taskOutput(itemCtx, entry!, itemCtx.param('downloadVideo', true), result);
				// The item's body as the execution made it, from its fields as they are (nothing is resolved or sent).
				const op = batch.create?.op;
				const body = op ? await shapedBodyOrNone(itemCtx, op) : undefined;
				done[i] = withEstimate(withModelNotice(output, body && modelNoticeOf(body)), op && body ? estimateUnits(op, body) : undefined);
			} catch (error) {
				// n8n runs no node code after a resume, so a failed task cannot fail the
				// node here: it becomes an item (on the error output when there is one).
				const item = errorItem(node, error, i, taskToJson(entry!.task, undefined, result));
				if (toErrorOutput) failed[i] = [item];
				else done[i] = [item];
			}
		}),
	);
	const main = done.filter(Boolean).flat();
	// n8n answers with webhookResponse only once its resume took hold: a second
	// final callback racing this one gets n8n's refusal, not a false "resumed".
	return {
		webhookResponse: { received: true, resumed: true },
		workflowData: toErrorOutput ? [main, failed.filter(Boolean).flat()] : [main],
	};
}

/** The item's body as its fields shape it (nothing is resolved or sent); none if they no longer shape. */
async function shapedBodyOrNone(ctx: ItemContext, op: TaskOperation): Promise<IDataObject | undefined> {
	try {
		return (await shapedBodyOf(ctx, op)).body;
	} catch {
		return undefined;
	}
}
