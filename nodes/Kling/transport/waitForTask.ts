import { abortableSleep as sleep } from './abortableSleep';

import type { ItemContext } from '../context/itemContext';
import { asNodeError, isFailure, noTaskInAnswer, notFinishedError } from './failures';
import { klingRequest } from './klingRequest';
import type { IdKind } from './newApiTasks';
import { readNewApiTask, readsNewApi } from './newApiTasks';
import type { KlingTask } from './taskShape';
import { isFinished, readTask } from './taskShape';

export interface WaitSettings {
	/** Path of the create endpoint; the task is read at `<path>/<taskId>` (the new API's: `/tasks`, newApiTasks.ts). */
	endpoint: string;
	pollIntervalMs: number;
	maxWaitMs: number;
}

export interface FinishedTask {
	task: KlingTask;
	raw: unknown;
}

/**
 * Reads one task back (by task id or external task id). A legacy endpoint
 * takes either at `<endpoint>/<id>`; the new API (`/tasks`) is asked by the
 * kind of id given (`by`; `either`: the task id first).
 */
export async function readTaskOnce(ctx: ItemContext, endpoint: string, id: string, retries?: number, by: IdKind | 'either' = 'either'): Promise<FinishedTask> {
	if (readsNewApi(endpoint)) return await readNewApiTask(ctx, id, by, retries);
	const raw = await klingRequest(ctx, {
		method: 'GET',
		path: `${endpoint}/${encodeURIComponent(id)}`,
		action: `the read of task ${id}`,
		retries,
	});
	const task = readTask(raw);
	if (!task) throw noTaskInAnswer(ctx, `The Kling host's answer for task ${id} holds no task`, raw);
	return { task, raw };
}

/** The task with this task id or external task id, or undefined when the host has none. */
export async function findTask(
	ctx: ItemContext,
	endpoint: string,
	id: string,
	retries?: number,
	by: IdKind | 'either' = 'either',
): Promise<FinishedTask | undefined> {
	try {
		return await readTaskOnce(ctx, endpoint, id, retries, by);
	} catch (error) {
		if (isFailure(error, 'notFound')) return undefined;
		throw asNodeError(ctx.node, error);
	}
}

/**
 * Reads the task until it has succeeded or failed, or until the maximum wait
 * is over (a `notFinished` failure, failures.ts). Stopping the workflow ends the wait at once.
 */
export async function waitForTask(
	ctx: ItemContext,
	taskId: string,
	settings: WaitSettings,
): Promise<FinishedTask> {
	const { signal } = ctx;
	const deadline = Date.now() + settings.maxWaitMs;
	// Reads on a fixed grid from the submit (interval, 2 × interval, ...), as a
	// hand-built Wait → read loop does: no earlier first read, no added jitter.
	// Items of a batch are submitted at different moments, so they do not poll in step.
	const started = Date.now();
	let current: FinishedTask | undefined;
	for (let read = 1; ; read++) {
		const due = started + read * settings.pollIntervalMs;
		if (due > deadline) {
			throw notFinishedError(ctx, { taskId, maxWaitMs: settings.maxWaitMs, lastStatus: current?.task.hostStatus ?? 'submitted' });
		}
		await sleep(Math.max(0, due - Date.now()), signal);
		current = await readTaskOnce(ctx, settings.endpoint, taskId, undefined, 'taskId');
		if (isFinished(current.task)) return current;
	}
}

