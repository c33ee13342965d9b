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
 * one interval are read in one request where the host has one (the new API:
 * `GET /tasks?task_ids=a,b,…`, in chunks; the legacy API: the kind's list
 * page), so that 50 items cost a read per interval, not 50. Each task keeps
 * its own grid (interval, 2 × interval, … after its submit, never read
 * earlier) and its own Max Wait; reads due within a short window are made
 * together, at the last of their times. A task the batch read did not hold,
 * and every task on a host without a list route, is read on its own, as is a
 * task that waits alone (as before). Stopping the execution ends the wait.
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
	/** Its next read: on its own grid from its start. */
	due: number;
	deadline: number;
	maxWaitMs: number;
	lastStatus: string;
	resolve: (task: FinishedTask) => void;
	reject: (error: unknown) => void;
	detach: () => void;
}

const stopReason = (signal: AbortSignal): Error => (signal.reason instanceof Error ? signal.reason : new Error('The execution was stopped'));

/**
 * How long a read waits for others due after it: a quarter of the interval,
 * at most 2 s. Items submitted together (a batch) fall due within it and are
 * read in one request; none is read later than that after its own time.
 */
const gatherMs = (intervalMs: number) => Math.min(2_000, intervalMs / 4);

/** The tasks of one endpoint and interval, read by one loop. */
class PollLane {
	private readonly waiters = new Set<Waiter>();

	private running = false;

	/** The loop's sleep until its next read: cut short when a task joins (its read may come first) or the last one ends (no timer outlives them). */
	private nap?: AbortController;

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
			const started = Date.now();
			const waiter: Waiter = {
				ctx,
				taskId: current.task.taskId,
				due: started + this.intervalMs,
				deadline: started + maxWaitMs,
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
			if (this.outOfTime(waiter)) return;
			if (this.running) this.nap?.abort();
			else void this.run();
		});
	}

	/** A task whose next read would come after its Max Wait is not read again (as a task alone): it fails now. */
	private outOfTime(waiter: Waiter): boolean {
		if (waiter.due <= waiter.deadline) return false;
		const { ctx, taskId, maxWaitMs, lastStatus } = waiter;
		this.end(waiter, () => waiter.reject(notFinishedError(ctx, { taskId, maxWaitMs, lastStatus })));
		return true;
	}

	/** Takes the waiter out (once) and settles it. */
	private end(waiter: Waiter, settle: () => void): void {
		if (!this.waiters.delete(waiter)) return;
		waiter.detach();
		settle();
		if (!this.waiters.size) this.nap?.abort();
	}

	private async run(): Promise<void> {
		this.running = true;
		try {
			while (this.waiters.size) {
				// The next read: the earliest due, joined by those due within the window after it, made at the last of their times.
				const dues = [...this.waiters].map((waiter) => waiter.due);
				const earliest = Math.min(...dues);
				const readAt = Math.max(...dues.filter((due) => due <= earliest + gatherMs(this.intervalMs)));
				const nap = (this.nap = new AbortController());
				try {
					await abortableSleep(Math.max(0, readAt - Date.now()), nap.signal);
				} catch {
					// A task joined or the last one ended: plan again.
					continue;
				} finally {
					this.nap = undefined;
				}
				const due = [...this.waiters].filter((waiter) => waiter.due <= readAt);
				await this.readAll(due);
				for (const waiter of due) {
					if (!this.waiters.has(waiter)) continue;
					waiter.due += this.intervalMs;
					this.outOfTime(waiter);
				}
			}
		} catch (error) {
			// Would strand the waiting items: fail them.
			for (const waiter of [...this.waiters]) this.end(waiter, () => waiter.reject(error));
		} finally {
			this.running = false;
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
