import type { IDataObject, IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { itemContextOfExecution } from '../context/itemContext';
import { operationOfTaskKind } from '../operations/registry';
import { asNodeError } from '../transport/hostErrors';
import { klingRequest } from '../transport/klingRequest';
import { readTask, taskToJson } from '../transport/taskShape';
import { readTaskOnce } from '../transport/waitForTask';
import { pollUntilFinal, taskOutput } from './completeTask';
import { outputOfItems } from './itemOutcomes';

function endpointOf(exec: IExecuteFunctions, itemIndex: number): string {
	const kind = String(exec.getNodeParameter('taskKind', itemIndex, 'text2video'));
	const op = operationOfTaskKind(kind);
	if (!op) throw new NodeOperationError(exec.getNode(), `Task Type: "${kind}" is not a kind of Kling task`, { itemIndex });
	return op.endpoint;
}

/** Task → Get: each item's task as read, then, if asked, waited for and downloaded like a create. */
export async function runTaskGet(exec: IExecuteFunctions): Promise<INodeExecutionData[][]> {
	return await outputOfItems(exec, exec.getInputData().length, async (i) => {
		const ctx = itemContextOfExecution(exec, i);
		const id = String(ctx.param('taskId', '') ?? '').trim();
		if (!id) {
			throw new NodeOperationError(exec.getNode(), 'Task ID: is required', {
				itemIndex: i,
				description: 'Give the task_id Kling returned, or the External Task ID (the node names its tasks n8n-<execution>-<node>-r<run>-i<item>).',
			});
		}
		const endpoint = endpointOf(exec, i);
		const read = await readTaskOnce(ctx, endpoint, id);
		if (!ctx.param('waitForCompletion', true)) return await taskOutput(ctx, read, false);
		const final = await pollUntilFinal(ctx, endpoint, read);
		return await taskOutput(ctx, final, ctx.param('downloadVideo', true));
	});
}

/** Task → Get Many: one item per task on the page. */
export async function runTaskList(exec: IExecuteFunctions): Promise<INodeExecutionData[][]> {
	const out: INodeExecutionData[] = [];
	for (let i = 0; i < exec.getInputData().length; i++) {
		const ctx = itemContextOfExecution(exec, i);
		try {
			const raw = await klingRequest(ctx, {
				method: 'GET',
				path: endpointOf(exec, i),
				qs: { pageNum: ctx.param('pageNum', 1), pageSize: ctx.param('pageSize', 30) },
				action: 'the task list',
			});
			const list = Array.isArray(raw.data) ? raw.data : Array.isArray(raw.tasks) ? raw.tasks : [];
			const simplify = ctx.param('simplify', true);
			for (const entry of list as IDataObject[]) {
				const task = readTask({ data: entry });
				if (task) out.push({ json: taskToJson(task, simplify ? undefined : entry), pairedItem: { item: i } });
			}
		} catch (error) {
			if (!exec.continueOnFail()) throw asNodeError(exec.getNode(), error);
			out.push({ json: { error: (error as Error).message }, pairedItem: { item: i } });
		}
	}
	return [out];
}
