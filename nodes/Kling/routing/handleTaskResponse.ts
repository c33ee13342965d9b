import type {
	IBinaryKeyData,
	IDataObject,
	IExecuteSingleFunctions,
	IN8nHttpFullResponse,
	INodeExecutionData,
} from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { ENDPOINTS } from '../endpoints';
import type { KlingOperation } from '../models';
import { downloadVideo } from '../transport/downloadVideo';
import { parseKlingResponse } from '../transport/parseResponse';
import type { KlingTask } from '../transport/taskShape';
import { readTask, taskToJson } from '../transport/taskShape';
import { waitForTask } from '../transport/waitForTask';

interface WaitOptions {
	pollIntervalSeconds?: number;
	maxWaitMinutes?: number;
}

/**
 * After a task is known (just submitted, or read back): wait for it if the
 * user asked to, fail the item if Kling failed it, and attach the video.
 */
export async function completeTask(
	ctx: IExecuteSingleFunctions,
	endpoint: string,
	task: KlingTask,
	raw: unknown,
): Promise<INodeExecutionData> {
	const itemIndex = ctx.getItemIndex();
	const waitForCompletion = ctx.getNodeParameter('waitForCompletion', true) as boolean;
	let current = { task, raw };
	if (waitForCompletion && current.task.status !== 'succeed' && current.task.status !== 'failed') {
		const options = ctx.getNodeParameter('waitOptions', {}) as WaitOptions;
		current = await waitForTask(ctx, task.taskId, {
			endpoint,
			pollIntervalMs: Math.max(1, options.pollIntervalSeconds ?? 10) * 1000,
			maxWaitMs: Math.max(0.01, options.maxWaitMinutes ?? 30) * 60_000,
		});
	}
	if (current.task.status === 'failed') {
		throw new NodeOperationError(
			ctx.getNode(),
			`Kling task ${current.task.taskId} failed: ${current.task.statusMessage ?? 'the host gave no reason'}`,
			{ itemIndex, description: 'Kling does not charge for failed tasks. Change the input (often the prompt or an image) and run again.' },
		);
	}
	const simplify = ctx.getNodeParameter('simplify', true) as boolean;
	const json: IDataObject = taskToJson(current.task, simplify ? undefined : current.raw);
	const item: INodeExecutionData = { json, pairedItem: { item: itemIndex } };

	const download = waitForCompletion && (ctx.getNodeParameter('downloadVideo', true) as boolean);
	if (download && current.task.status === 'succeed') {
		const [video] = current.task.videos;
		if (!video) {
			throw new NodeOperationError(ctx.getNode(), `Kling task ${current.task.taskId} succeeded but lists no video`, { itemIndex });
		}
		const property = (ctx.getNodeParameter('binaryPropertyName', 'data') as string) || 'data';
		const binary: IBinaryKeyData = {
			[property]: await downloadVideo(ctx, video.url, `kling-${current.task.taskId}.mp4`),
		};
		item.binary = binary;
	}
	return item;
}

const submitted = new WeakMap<object, KlingTask>();

/**
 * The task the host answered this item's submit with, once it has. Routing
 * hands the submit hook a context derived from the item's (Object.create), so
 * the item's own context is its prototype.
 */
export const submittedTaskOf = (ctx: IExecuteSingleFunctions) =>
	submitted.get(ctx) ?? submitted.get(Object.getPrototypeOf(ctx) as object);

/** postReceive of the create operations: the submitted task, then completeTask. */
export async function handleSubmitResponse(
	this: IExecuteSingleFunctions,
	_items: INodeExecutionData[],
	response: IN8nHttpFullResponse,
): Promise<INodeExecutionData[]> {
	const operation = this.getNodeParameter('operation') as KlingOperation;
	const raw = parseKlingResponse(this.getNode(), response, { itemIndex: this.getItemIndex(), action: 'the submit' });
	const task = readTask(raw);
	if (!task) {
		throw new NodeOperationError(this.getNode(), 'The Kling host accepted the request but its answer holds no task ID', {
			itemIndex: this.getItemIndex(),
			description: JSON.stringify(raw).slice(0, 300),
		});
	}
	submitted.set(this, task);
	return [await completeTask(this, ENDPOINTS[operation], task, raw)];
}
