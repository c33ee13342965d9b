import type { ItemContext } from '../context/itemContext';
import { asNodeError } from '../transport/failures';
import { readNewApiTasks } from '../transport/newApiTasks';
import type { ReadTask } from '../transport/newApiTasks';
import { readListPage } from '../transport/taskListPage';
import type { FinishedTask } from '../transport/waitForTask';
import { findTask } from '../transport/waitForTask';

/** Where a batch's tasks are read, and what its ids are. */
export interface BatchPlaces {
	/** The kind's legacy endpoint. */
	endpoint: string;
	/** Kling's new API (`GET /tasks`): `only` all the tasks are there; `also` a task the legacy endpoint lacks may be; `no` none is. */
	newApi: 'no' | 'only' | 'also';
	/** The node's own External Task IDs (a create), or what a user gave (Task → Get): a task id or an External Task ID. */
	idsAre: 'external' | 'either';
}

/**
 * The current state of a batch's tasks, by task id or External Task ID, in as few
 * requests as the host allows. The legacy API: one page of the task list (newest first), then
 * a read of each task the page did not hold (hosts without a list route, or
 * a busy account), unless the page was the whole list. The new API: its batch
 * read (`GET /tasks?external_task_ids=a,b,…`, task ids first for a user's ids).
 * A task the host does not know is `undefined`.
 */
export async function readBatch(ctx: ItemContext, places: BatchPlaces, ids: string[]): Promise<Array<FinishedTask | undefined>> {
	const legacy = places.newApi === 'only' ? ids.map(() => undefined) : await readLegacy(ctx, places.endpoint, ids);
	const missing = ids.filter((_, i) => legacy[i] === undefined);
	if (places.newApi === 'no' || !missing.length) return legacy;
	let found: Map<string, ReadTask>;
	try {
		found = await readNew(ctx, missing, places.idsAre);
	} catch (error) {
		// Only the new API holds them: a failure is the batch's. Else the legacy tasks were read: the others stay unknown.
		if (places.newApi === 'only') throw asNodeError(ctx.node, error);
		found = new Map();
	}
	return ids.map((id, i) => legacy[i] ?? found.get(id));
}

/** The new API's tasks by these ids: External Task IDs, or (a user's ids) task ids and then External Task IDs. */
async function readNew(ctx: ItemContext, ids: string[], idsAre: BatchPlaces['idsAre']): Promise<Map<string, ReadTask>> {
	if (idsAre === 'external') return await readNewApiTasks(ctx, ids, 'external', 1);
	const found = await readNewApiTasks(ctx, ids, 'taskId', 1);
	const rest = ids.filter((id) => !found.has(id));
	if (rest.length) for (const [id, read] of await readNewApiTasks(ctx, rest, 'external', 1)) found.set(id, read);
	return found;
}

async function readLegacy(ctx: ItemContext, endpoint: string, ids: string[]): Promise<Array<FinishedTask | undefined>> {
	let page: Awaited<ReturnType<typeof readListPage>> | undefined;
	try {
		page = await readListPage(ctx, endpoint, ids.length, 1);
	} catch {
		// No list route, or it failed: fall back to one read per task.
	}
	// A page shorter than asked for is the host's whole list: a task it lacks does not exist (an item still queued).
	// Kling waits for the answer: one retry at most, a later callback (or Max Wait) decides otherwise.
	return await Promise.all(ids.map(async (id) => page?.found.get(id) ?? (page?.wholeList ? undefined : await findTask(ctx, endpoint, id, 1))));
}
