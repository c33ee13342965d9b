import type { IDataObject, INodeExecutionData } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import type { ItemContext } from '../context/itemContext';
import { downloadVideo } from '../transport/downloadVideo';
import type { FinishedTask } from '../transport/waitForTask';
import { waitForTask } from '../transport/waitForTask';
import { isFinished, taskToJson } from '../transport/taskShape';

export interface WaitOptions {
	pollIntervalSeconds?: number;
	maxWaitMinutes?: number;
	maxConcurrentTasks?: number;
	callbackUrlReachable?: boolean;
}

export const waitOptionsOf = (ctx: ItemContext) => ctx.param<WaitOptions>('waitOptions', {});

export const maxWaitMsOf = (options: WaitOptions) => Math.max(0.01, options.maxWaitMinutes ?? 30) * 60_000;

/** Polls until the task is final, if the user asked to wait (poll mode). */
export async function pollUntilFinal(ctx: ItemContext, endpoint: string, current: FinishedTask): Promise<FinishedTask> {
	if (isFinished(current.task)) return current;
	const options = waitOptionsOf(ctx);
	return await waitForTask(ctx, current.task.taskId, {
		endpoint,
		pollIntervalMs: Math.max(1, options.pollIntervalSeconds ?? 10) * 1000,
		maxWaitMs: maxWaitMsOf(options),
	});
}

/** The error of a task Kling failed. */
export function taskFailedError(ctx: ItemContext, current: FinishedTask): NodeOperationError {
	return new NodeOperationError(
		ctx.node,
		`Kling task ${current.task.taskId} failed: ${current.task.statusMessage ?? 'the host gave no reason'}`,
		{ itemIndex: ctx.itemIndex, description: 'Kling does not charge for failed tasks. Change the input (often the prompt or an image) and run again.' },
	);
}

/**
 * The output item of a task as it stands: its JSON, and, when it has
 * succeeded and the user wants it, the video as binary data. A failed task
 * throws (the caller decides whether that fails the node or the item).
 */
export async function taskOutput(ctx: ItemContext, current: FinishedTask, download: boolean): Promise<INodeExecutionData> {
	if (current.task.status === 'failed') throw taskFailedError(ctx, current);
	const simplify = ctx.param('simplify', true);
	const json: IDataObject = taskToJson(current.task, simplify ? undefined : current.raw);
	const item: INodeExecutionData = { json, pairedItem: { item: ctx.itemIndex } };
	if (download && current.task.status === 'succeed') {
		const [video] = current.task.videos;
		if (!video) {
			throw new NodeOperationError(ctx.node, `Kling task ${current.task.taskId} succeeded but lists no video`, { itemIndex: ctx.itemIndex });
		}
		const property = ctx.param('binaryPropertyName', 'data') || 'data';
		item.binary = { [property]: await downloadVideo(ctx, video.url, `kling-${current.task.taskId}.mp4`) };
	}
	return item;
}

/** Whether the user wants the video downloaded (only meaningful once waited for). */
export const wantsDownload = (ctx: ItemContext) =>
	ctx.param('waitForCompletion', true) && ctx.param('downloadVideo', true);
