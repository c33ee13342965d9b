import type { IDataObject } from 'n8n-workflow';

import type { ItemContext } from '../context/itemContext';
import { klingRequest } from './klingRequest';
import type { KlingTask } from './taskShape';
import { readTask } from './taskShape';

/** Kling's list pages hold at most 500 tasks (`pageSize` 1–500, kling-api-surface.md). */
const MAX_PAGE = 500;

export interface ListPage {
	/** The tasks on the page, by task id and by External Task ID. */
	found: Map<string, { task: KlingTask; raw: unknown }>;
	/** The page was shorter than asked for: it is the host's whole list of the kind, so a task it lacks does not exist. */
	wholeList: boolean;
}

/**
 * The first page of a legacy task kind's list (`GET <endpoint>?pageNum=1&pageSize=…`,
 * newest first), big enough for `count` recent tasks and the 50 newest of
 * others: one request that reads a batch's tasks together. Throws as the host
 * answers (a host without a list route: a "not found").
 */
export async function readListPage(ctx: ItemContext, endpoint: string, count: number, retries?: number): Promise<ListPage> {
	const pageSize = Math.min(MAX_PAGE, count + 50);
	const raw = await klingRequest(ctx, {
		method: 'GET',
		path: endpoint,
		qs: { pageNum: 1, pageSize },
		action: 'the task list',
		retries,
	});
	const list = Array.isArray(raw.data) ? raw.data : Array.isArray(raw.tasks) ? raw.tasks : [];
	const found: ListPage['found'] = new Map();
	for (const entry of list as IDataObject[]) {
		const task = readTask({ data: entry });
		if (!task) continue;
		found.set(task.taskId, { task, raw: entry });
		if (task.externalTaskId) found.set(task.externalTaskId, { task, raw: entry });
	}
	return { found, wholeList: Array.isArray(raw.data) && list.length < pageSize };
}
