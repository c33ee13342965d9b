import type { ItemContext } from '../context/itemContext';
import { abortableSleep } from './abortableSleep';
import { isMissingEndpoint, notFinishedError } from './failures';
import { readNewApiTasks, readsNewApi } from './newApiTasks';
import { readListPage } from './taskListPage';
import { isFinished } from './taskShape';
import type { FinishedTask } from './waitForTask';
import { readTaskOnce } from './waitForTask';

export interface PollSettings {
	pollIntervalMs: number;
	maxWaitMs: number;
}

/**
 * The items of one run polling together: the tasks read at one endpoint with
 * one interval are read in one request per interval where the host has one
 * (the new API: `GET /tasks?task_ids=a,b,…`, in chunks; the legacy API: the
 * kind's list page), so that 50 items cost a read per interval, not 50. A
 * task the batch read did not hold, and every task on a host without a list
 * route, is read on its own, as is a task that waits alone (as before). Each
 * item keeps its own Max Wait and stops when its execution is stopped.
 */
export class PollGroup {
	private readonly lanes = new Map<string, PollLane>();

	/** Resolves when the task is final; rejects when its Max Wait runs out, its read fails, or the execution stops. */
	async waitFor(ctx: ItemContext, endpoint: string, current: FinishedTask, settings: PollSettings): Promise<FinishedTask> {
		const key = `${endpoint} ${settings.pollIntervalMs}`;
		let lane = this.lanes.get(key);
		if (!lane) {
			lane = new PollLane(endpoint, settings.pollIntervalMs);
			this.lanes.set(key, lane);
		}
		return await lane.wait(ctx, current, settings.maxWaitMs);
	}
}

interface Waiter {
	ctx: ItemContext;
	taskId: string;
	deadline: number;
	maxWaitMs: number;
	lastStatus: string;
	resolve: (task: FinishedTask) => void;
	reject: (error: unknown) => void;
	detach: () => void;
}

const stopReason = (signal: AbortSignal): Error => (signal.reason instanceof Error ? signal.reason : new Error('The execution was stopped'));

/**
 * The tasks of one endpoint and interval: one loop reads them all on a grid
 * from its first task's start (interval, 2 × interval, …), as one task alone
 * was read, and each joins it where it is.
 */
class PollLane {
	private readonly waiters = new Set<Waiter>();

	/** Set while the loop runs; aborted when the last task has ended, so that no timer outlives them. */
	private loop?: AbortController;

	/** The legacy list said "no such route" (a new-api gateway), or held none of a batch's tasks: read each task on its own. */
	private noList = false;

	constructor(
		private readonly endpoint: string,
		private readonly intervalMs: number,
	) {}

	async wait(ctx: ItemContext, current: FinishedTask, maxWaitMs: number): Promise<FinishedTask> {
		return await new Promise<FinishedTask>((resolve, reject) => {
			const { signal } = ctx;
			if (signal?.aborted) {
				reject(stopReason(signal));
				return;
			}
			const waiter: Waiter = {
				ctx,
				taskId: current.task.taskId,
				deadline: Date.now() + maxWaitMs,
				maxWaitMs,
				lastStatus: current.task.hostStatus,
				resolve,
				reject,
				detach: () => {},
			};
			if (signal) {
				const onAbort = () => this.end(waiter, () => reject(stopReason(signal)));
				signal.addEventListener('abort', onAbort, { once: true });
				waiter.detach = () => signal.removeEventListener('abort', onAbort);
			}
			this.waiters.add(waiter);
			if (!this.loop) void this.run();
		});
	}

	/** Takes the waiter out (once) and settles it. */
	private end(waiter: Waiter, settle: () => void): void {
		if (!this.waiters.delete(waiter)) return;
		waiter.detach();
		settle();
		if (!this.waiters.size) this.loop?.abort();
	}

	private async run(): Promise<void> {
		const loop = (this.loop = new AbortController());
		const started = Date.now();
		try {
			for (let read = 1; this.waiters.size; read++) {
				const due = started + read * this.intervalMs;
				// A task whose Max Wait ends before the next read is not read again (as a task alone).
				for (const waiter of [...this.waiters]) {
					if (due > waiter.deadline) {
						const { ctx, taskId, maxWaitMs, lastStatus } = waiter;
						this.end(waiter, () => waiter.reject(notFinishedError(ctx, { taskId, maxWaitMs, lastStatus })));
					}
				}
				if (!this.waiters.size) break;
				await abortableSleep(Math.max(0, due - Date.now()), loop.signal);
				await this.readAll([...this.waiters]);
			}
		} catch (error) {
			// Aborted: every task has ended. Anything else would strand the waiting items: fail them.
			if (!loop.signal.aborted) for (const waiter of [...this.waiters]) this.end(waiter, () => waiter.reject(error));
		} finally {
			this.loop = undefined;
			// A task that joined while the loop was ending starts a new one.
			if (this.waiters.size) void this.run();
		}
	}

	/** One read of every waiting task (together where the host allows); each final one ends its wait, each failed read its item. */
	private async readAll(waiters: Waiter[]): Promise<void> {
		const together = waiters.length > 1 ? await this.readTogether(waiters) : new Map<string, FinishedTask>();
		await Promise.all(
			waiters.map(async (waiter) => {
				try {
					const current = together.get(waiter.taskId) ?? (await readTaskOnce(waiter.ctx, this.endpoint, waiter.taskId, undefined, 'taskId'));
					waiter.lastStatus = current.task.hostStatus;
					if (isFinished(current.task)) this.end(waiter, () => waiter.resolve(current));
				} catch (error) {
					this.end(waiter, () => waiter.reject(error));
				}
			}),
		);
	}

	/** The waiting tasks in one request (chunks on the new API); what it does not hold, or a failed read, is left to each task's own read. */
	private async readTogether(waiters: Waiter[]): Promise<Map<string, FinishedTask>> {
		const [{ ctx }] = waiters;
		const ids = waiters.map((waiter) => waiter.taskId);
		try {
			if (readsNewApi(this.endpoint)) return await readNewApiTasks(ctx, ids, 'taskId');
			if (this.noList) return new Map();
			// Kling waits for no one here: one retry at most, the tasks' own reads follow.
			const { found } = await readListPage(ctx, this.endpoint, ids.length, 1);
			if (!ids.some((id) => found.has(id))) this.noList = true;
			return found;
		} catch (error) {
			if (isMissingEndpoint(error)) this.noList = true;
			return new Map();
		}
	}
}
