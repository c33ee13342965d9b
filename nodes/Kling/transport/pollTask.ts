import { NodeOperationError } from 'n8n-workflow';

import type { ItemContext } from '../context/itemContext';
import type { PollGroup } from './pollGroup';
import type { FinishedTask } from './waitForTask';
import { waitForTask } from './waitForTask';
import { isFinished } from './taskShape';

/* Waiting for one task by polling, as the user's Options set it (Poll Interval, Max Wait), and a task that failed. */

export interface WaitOptions {
	pollIntervalSeconds?: number;
	maxWaitMinutes?: number;
	maxConcurrentTasks?: number;
	callbackUrlReachable?: boolean;
}

export const waitOptionsOf = (ctx: ItemContext) => ctx.param<WaitOptions>('waitOptions', {});

export const maxWaitMsOf = (options: WaitOptions) => Math.max(0.01, options.maxWaitMinutes ?? 30) * 60_000;

/**
 * Polls until the task is final, if the user asked to wait (poll mode). With
 * the run's `group`, the run's tasks are read together (pollGroup.ts); alone, each reads its own.
 */
export async function pollUntilFinal(ctx: ItemContext, endpoint: string, current: FinishedTask, group?: PollGroup): Promise<FinishedTask> {
	if (isFinished(current.task)) return current;
	const options = waitOptionsOf(ctx);
	const settings = { pollIntervalMs: Math.max(1, options.pollIntervalSeconds ?? 10) * 1000, maxWaitMs: maxWaitMsOf(options) };
	if (group) return await group.waitFor(ctx, endpoint, current, settings);
	return await waitForTask(ctx, current.task.taskId, { endpoint, ...settings });
}

/** The error of a task Kling failed. */
export function taskFailedError(ctx: ItemContext, current: FinishedTask): NodeOperationError {
	return new NodeOperationError(
		ctx.node,
		`Kling task ${current.task.taskId} failed: ${current.task.statusMessage ?? 'the host gave no reason'}`,
		{ itemIndex: ctx.itemIndex, description: 'Kling does not charge for failed tasks. Change the input (often the prompt or an image) and run again.' },
	);
}
