import type { IDataObject, IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { itemContextOfExecution } from '../context/itemContext';
import { operationOfTaskKind } from '../operations/registry';
import type { TaskOperation } from '../operations/types';
import { asNodeError, isFailure } from '../transport/failures';
import { klingRequest } from '../transport/klingRequest';
import { NEW_API_TASKS } from '../transport/newApiTasks';
import { PollGroup } from '../transport/pollGroup';
import { parkUntil, resumeUrlOf, waitingForCallback } from '../callback/park';
import { isFinished, readTask, taskToJson } from '../transport/taskShape';
import type { FinishedTask } from '../transport/waitForTask';
import { readTaskOnce } from '../transport/waitForTask';
import { taskOutput } from '../pipeline/completeTask';
import { maxWaitMsOf, pollUntilFinal, waitOptionsOf } from '../transport/pollTask';
import { waitMethodOf } from '../pipeline/waitMethod';
import { errorItem, itemError, outputOfItems } from '../pipeline/itemOutcomes';
import { NEW_API_LIST } from '../operations/task/newApiList.fields';
import { listNewApiTasks } from './runNewApiTaskList';

/** The create operation of the item's Task Type: its endpoint (where its tasks are read) and its result kind. */
function kindOf(exec: IExecuteFunctions, itemIndex: number): TaskOperation {
	const kind = String(exec.getNodeParameter('taskKind', itemIndex, 'text2video'));
	const op = operationOfTaskKind(kind);
	if (!op) throw new NodeOperationError(exec.getNode(), `Task Type: "${kind}" is not a kind of Kling task`, { itemIndex });
	return op;
}

const endpointOf = (exec: IExecuteFunctions, itemIndex: number): string => kindOf(exec, itemIndex).endpoint;

/** An item's task as read, and where: its kind's endpoint, or the new API's `/tasks`. */
interface ItemTask {
	read: FinishedTask;
	endpoint: string;
}

/**
 * The item's task. A kind Kling's new API serves too (Text to Video with
 * kling-3.0-turbo) keeps its tasks there, not under the kind's legacy
 * endpoint: a task that endpoint does not know is looked for there (with an
 * API key: the new API takes no other), and the legacy answer stands when the
 * new API has none either.
 */
async function readItemTask(exec: IExecuteFunctions, i: number): Promise<ItemTask> {
	const id = String(exec.getNodeParameter('taskId', i, '') ?? '').trim();
	if (!id) {
		throw new NodeOperationError(exec.getNode(), 'Task ID: is required', {
			itemIndex: i,
			description: 'Give the task_id Kling returned, or the External Task ID (the node names its tasks n8n-<execution>-<node>-r<run>-i<item>).',
		});
	}
	const ctx = itemContextOfExecution(exec, i);
	const { endpoint, newApi } = kindOf(exec, i);
	try {
		return { read: await readTaskOnce(ctx, endpoint, id), endpoint };
	} catch (error) {
		const legacyAnswer = asNodeError(ctx.node, error);
		if (!newApi || !isFailure(error, 'notFound') || ctx.param<string>('authentication', 'apiKey') === 'accessKey') throw legacyAnswer;
		try {
			return { read: await readTaskOnce(ctx, NEW_API_TASKS, id, undefined, 'either'), endpoint: NEW_API_TASKS };
		} catch {
			throw legacyAnswer;
		}
	}
}

/**
 * Task → Get: each item's task as read, then, if asked, waited for and
 * downloaded like a create. Waiting by callback parks the execution until
 * the callbacks of these tasks (their Callback URL set to this execution's
 * `$execution.resumeUrl` when they were created) report them all final.
 */
export async function runTaskGet(exec: IExecuteFunctions): Promise<INodeExecutionData[][]> {
	const method = waitMethodOf(exec);
	if (method === 'callback') {
		resumeUrlOf(exec);
		const reads = await Promise.allSettled(exec.getInputData().map(async (_, i) => await readItemTask(exec, i)));
		const pending = reads.some((read) => read.status === 'fulfilled' && !isFinished(read.value.read.task));
		const failed = reads.some((read) => read.status === 'rejected');
		if (pending && !failed) {
			const deadline = Date.now() + maxWaitMsOf(waitOptionsOf(itemContextOfExecution(exec, 0)));
			const shown = reads.map((read, i) => waitingForCallback((read as PromiseFulfilledResult<ItemTask>).value.read.task, kindOf(exec, i).result));
			return await parkUntil(exec, deadline, shown);
		}
	}
	// The items' tasks are polled together (transport/pollGroup.ts).
	const polls = new PollGroup();
	return await outputOfItems(exec, exec.getInputData().length, async (i) => {
		const ctx = itemContextOfExecution(exec, i);
		const { read, endpoint } = await readItemTask(exec, i);
		const { result } = kindOf(exec, i);
		if (method === 'none') return await taskOutput(ctx, read, false, result);
		const final = await pollUntilFinal(ctx, endpoint, read, polls);
		return await taskOutput(ctx, final, ctx.param('downloadVideo', true), result);
	});
}

/** Task → Get Many: one item per task on the page (the Task Type's legacy list), or per task of the new API's list (runNewApiTaskList.ts). */
export async function runTaskList(exec: IExecuteFunctions): Promise<INodeExecutionData[][]> {
	const out: INodeExecutionData[] = [];
	for (let i = 0; i < exec.getInputData().length; i++) {
		const ctx = itemContextOfExecution(exec, i);
		try {
			if (ctx.param<string>('listApi', 'legacy') === NEW_API_LIST) {
				out.push(...(await listNewApiTasks(ctx)));
				continue;
			}
			const raw = await klingRequest(ctx, {
				method: 'GET',
				path: endpointOf(exec, i),
				qs: { pageNum: ctx.param('pageNum', 1), pageSize: ctx.param('pageSize', 30) },
				action: 'the task list',
			});
			const list = Array.isArray(raw.data) ? raw.data : Array.isArray(raw.tasks) ? raw.tasks : [];
			const simplify = ctx.param('simplify', true);
			const { result } = kindOf(exec, i);
			for (const entry of list as IDataObject[]) {
				const task = readTask({ data: entry });
				if (task) out.push({ json: taskToJson(task, simplify ? undefined : entry, result), pairedItem: { item: i } });
			}
		} catch (error) {
			if (!exec.continueOnFail()) throw itemError(exec.getNode(), error, i);
			out.push(errorItem(exec.getNode(), error, i));
		}
	}
	return [out];
}
