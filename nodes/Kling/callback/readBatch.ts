import type { IDataObject } from 'n8n-workflow';

import type { ItemContext } from '../context/itemContext';
import { klingRequest } from '../transport/klingRequest';
import type { FinishedTask } from '../transport/waitForTask';
import { findTask } from '../transport/waitForTask';
import { readTask } from '../transport/taskShape';

const MAX_PAGE = 500;

/**
 * The current state of a batch's tasks, by task id or External Task ID, in as few
 * requests as the host allows: one page of the task list (newest first), then
 * a read of each task the page did not hold (hosts without a list route, or
 * a busy account), unless the page was the whole list. A task the host does not know is `undefined`.
 */
export async function readBatch(ctx: ItemContext, endpoint: string, ids: string[]): Promise<Array<FinishedTask | undefined>> {
	const pageSize = Math.min(MAX_PAGE, ids.length + 50);
	const found = new Map<string, FinishedTask>();
	// A page shorter than asked for is the host's whole list: a task it lacks does not exist (an item still queued).
	let wholeList = false;
	try {
		const raw = await klingRequest(ctx, {
			method: 'GET',
			path: endpoint,
			qs: { pageNum: 1, pageSize },
			action: 'the task list',
			retries: 1,
		});
		const list = Array.isArray(raw.data) ? raw.data : Array.isArray(raw.tasks) ? raw.tasks : [];
		wholeList = Array.isArray(raw.data) && list.length < pageSize;
		for (const entry of list as IDataObject[]) {
			const task = readTask({ data: entry });
			if (!task) continue;
			found.set(task.taskId, { task, raw: entry });
			if (task.externalTaskId) found.set(task.externalTaskId, { task, raw: entry });
		}
	} catch {
		// No list route, or it failed: fall back to one read per task.
	}
	// Kling waits for the answer: one retry at most, a later callback (or Max Wait) decides otherwise.
	return await Promise.all(ids.map(async (id) => found.get(id) ?? (wholeList ? undefined : await findTask(ctx, endpoint, id, 1))));
}
