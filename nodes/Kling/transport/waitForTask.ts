import type { IExecuteSingleFunctions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';
import { abortableSleep as sleep } from './abortableSleep';

import { withJitter } from './backoff';
import { asNodeError } from './hostErrors';
import { klingRequest } from './klingRequest';
import type { KlingTask } from './taskShape';
import { isFinished, readTask } from './taskShape';
import { cancelSignalOf } from './cancelSignal';

export interface WaitSettings {
	/** Path of the create endpoint; the task is read at `<path>/<taskId>`. */
	endpoint: string;
	pollIntervalMs: number;
	maxWaitMs: number;
	/** Delay before the first read: a task is never done at once. */
	firstReadAfterMs?: number;
}

export interface FinishedTask {
	task: KlingTask;
	raw: unknown;
}

/** Reads one task back (by task id or external task id). */
export async function readTaskOnce(ctx: IExecuteSingleFunctions, endpoint: string, id: string): Promise<FinishedTask> {
	const raw = await klingRequest(ctx, {
		method: 'GET',
		path: `${endpoint}/${encodeURIComponent(id)}`,
		action: `the read of task ${id}`,
	});
	const task = readTask(raw);
	if (!task) {
		throw new NodeOperationError(ctx.getNode(), `The Kling host's answer for task ${id} holds no task`, {
			itemIndex: ctx.getItemIndex(),
			description: JSON.stringify(raw).slice(0, 300),
		});
	}
	return { task, raw };
}

/** The task with this task id or external task id, or undefined when the host has none. */
export async function findTask(
	ctx: IExecuteSingleFunctions,
	endpoint: string,
	id: string,
): Promise<FinishedTask | undefined> {
	try {
		return await readTaskOnce(ctx, endpoint, id);
	} catch (error) {
		const context = ((error as { context?: Record<string, unknown> }).context ?? {});
		if (context.httpStatus === 404 || context.hostCode === 1203) return undefined;
		throw asNodeError(ctx.getNode(), error);
	}
}

/**
 * Reads the task until it has succeeded or failed, or until the maximum wait
 * is over. Stopping the workflow ends the wait at once.
 */
export async function waitForTask(
	ctx: IExecuteSingleFunctions,
	taskId: string,
	settings: WaitSettings,
): Promise<FinishedTask> {
	const signal = cancelSignalOf(ctx);
	const deadline = Date.now() + settings.maxWaitMs;
	await sleep(Math.min(settings.firstReadAfterMs ?? 2000, settings.pollIntervalMs), signal);
	for (;;) {
		const current = await readTaskOnce(ctx, settings.endpoint, taskId);
		if (isFinished(current.task)) return current;
		const pause = withJitter(settings.pollIntervalMs);
		if (Date.now() + pause > deadline) {
			throw new NodeOperationError(
				ctx.getNode(),
				`Task ${taskId} was not finished after the maximum wait of ${Math.round(settings.maxWaitMs / 60000)} min (last status: ${current.task.hostStatus})`,
				{
					itemIndex: ctx.getItemIndex(),
					description: `The task goes on at Kling. Pick it up later with the Task → Get operation and task ID ${taskId}, or raise Max Wait.`,
				},
			);
		}
		await sleep(pause, signal);
	}
}
