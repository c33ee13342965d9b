import type { IExecuteSingleFunctions, IN8nHttpFullResponse, INodeExecutionData } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { parseKlingResponse } from '../transport/parseResponse';
import { readTask, taskToJson } from '../transport/taskShape';
import { completeTask } from './handleTaskResponse';

const endpointOf = (ctx: IExecuteSingleFunctions) => `/v1/videos/${ctx.getNodeParameter('taskKind') as string}`;

/** postReceive of Task → Get: the task as read, then the same waiting and download as a create. */
export async function handleGetResponse(
	this: IExecuteSingleFunctions,
	_items: INodeExecutionData[],
	response: IN8nHttpFullResponse,
): Promise<INodeExecutionData[]> {
	const id = this.getNodeParameter('taskId') as string;
	const raw = parseKlingResponse(this.getNode(), response, { itemIndex: this.getItemIndex(), action: `the read of task ${id}` });
	const task = readTask(raw);
	if (!task) {
		throw new NodeOperationError(this.getNode(), `The Kling host's answer for task ${id} holds no task`, {
			itemIndex: this.getItemIndex(),
		});
	}
	return [await completeTask(this, endpointOf(this), task, raw)];
}

/** postReceive of Task → List: one item per task on the page. */
export async function handleListResponse(
	this: IExecuteSingleFunctions,
	_items: INodeExecutionData[],
	response: IN8nHttpFullResponse,
): Promise<INodeExecutionData[]> {
	const raw = parseKlingResponse(this.getNode(), response, { itemIndex: this.getItemIndex(), action: 'the task list' });
	const list = Array.isArray(raw.data) ? raw.data : Array.isArray(raw.tasks) ? raw.tasks : [];
	const simplify = this.getNodeParameter('simplify', true) as boolean;
	return list.flatMap((entry) => {
		const task = readTask({ data: entry });
		return task ? [{ json: taskToJson(task, simplify ? undefined : entry), pairedItem: { item: this.getItemIndex() } }] : [];
	});
}
