import type { IDataObject } from 'n8n-workflow';

import type { ItemContext } from '../context/itemContext';
import { operationFailure } from './failures';
import { klingRequest } from './klingRequest';
import type { KlingTask } from './taskShape';
import { readTask } from './taskShape';

/*
 * Reading tasks back from Kling's new API (the model in the path). It reads
 * every task it made at one place, whatever its kind, many at a time:
 * `GET /tasks?task_ids=a,b` or `GET /tasks?external_task_ids=a,b` ("Support
 * batch queries, separated by ','"; one of the two, "cannot use them
 * simultaneously"), answered `{code, data: [task, …]}` with the tasks it holds
 * (kling-3.0-turbo-t2v.md "Query Task (By task ID)"; shared/spec/kling-api-2026.md §0).
 */

/** Where the new API's tasks are read: the "endpoint" of a task made there. */
export const NEW_API_TASKS = '/tasks';

/** Ids per read. Kling documents no limit; 100 keeps the URL near 2 KB (task ids have 18 digits). */
export const NEW_API_IDS_PER_READ = 100;

/** Whether tasks read at this endpoint are the new API's. */
export const readsNewApi = (endpoint: string): boolean => endpoint === NEW_API_TASKS;

/** Which ids a read asks for: the task ids Kling gave, or External Task IDs. */
export type IdKind = 'taskId' | 'external';

/** A task as read, and the host's object for it. */
export interface ReadTask {
	task: KlingTask;
	raw: unknown;
}

const isObject = (value: unknown): value is IDataObject => typeof value === 'object' && value !== null && !Array.isArray(value);

const QUERY: Record<IdKind, string> = { taskId: 'task_ids', external: 'external_task_ids' };

/** One read of at most NEW_API_IDS_PER_READ ids: the tasks the host holds, by the id asked. */
async function readChunk(ctx: ItemContext, ids: string[], by: IdKind, retries?: number): Promise<Map<string, ReadTask>> {
	const raw = await klingRequest(ctx, {
		method: 'GET',
		path: NEW_API_TASKS,
		qs: { [QUERY[by]]: ids.join(',') },
		action: ids.length === 1 ? `the read of task ${ids[0]}` : `the read of ${ids.length} tasks`,
		retries,
	});
	const list = Array.isArray(raw.data) ? raw.data : isObject(raw.data) ? [raw.data] : [];
	const found = new Map<string, ReadTask>();
	for (const entry of list.filter(isObject)) {
		const task = readTask({ data: entry });
		const key = by === 'taskId' ? task?.taskId : task?.externalTaskId;
		if (task && key !== undefined && ids.includes(key)) found.set(key, { task, raw: entry });
	}
	return found;
}

/** The tasks with these ids (all of one kind), in as few reads as the host allows; an id the host does not hold is missing from the map. */
export async function readNewApiTasks(ctx: ItemContext, ids: string[], by: IdKind, retries?: number): Promise<Map<string, ReadTask>> {
	const unique = [...new Set(ids)];
	const chunks: string[][] = [];
	for (let i = 0; i < unique.length; i += NEW_API_IDS_PER_READ) chunks.push(unique.slice(i, i + NEW_API_IDS_PER_READ));
	const found = new Map<string, ReadTask>();
	for (const part of await Promise.all(chunks.map(async (chunk) => await readChunk(ctx, chunk, by, retries)))) {
		for (const [id, read] of part) found.set(id, read);
	}
	return found;
}

/**
 * One task, by its task id, its External Task ID, or either (the task id
 * first: a user's Task ID may be either). A `notFound` failure when the host
 * holds none, as a legacy read answers 1203.
 */
export async function readNewApiTask(ctx: ItemContext, id: string, by: IdKind | 'either', retries?: number): Promise<ReadTask> {
	const kinds: IdKind[] = by === 'either' ? ['taskId', 'external'] : [by];
	for (const kind of kinds) {
		const found = (await readNewApiTasks(ctx, [id], kind, retries)).get(id);
		if (found) return found;
	}
	throw operationFailure(ctx, 'notFound', {
		message: `Kling's new API has no task ${id} (GET ${NEW_API_TASKS} listed none)`,
		description: 'Check the Task ID (the task_id Kling returned, or the External Task ID) and that the credential belongs to the account that made the task.',
	});
}

/*
 * The new API's task list: `POST /tasks` with the query as a JSON body
 * (start_time, end_time in Unix ms, cursor, limit "Maximum value: 500"
 * (default 100), filters [{key: status | product_type, values}]), answered
 * `data{result[], count, next_cursor, has_more}`, each entry the task as
 * `GET /tasks` writes it (kling-3.0-turbo-t2v.md "Query Task (By Cursor)";
 * shared/spec/kling-api-2026.md §0).
 */

/** The most tasks a page of `POST /tasks` holds ("limit: Maximum value: 500"). */
export const NEW_API_LIST_MAX = 500;

/** One page of the new API's task list: its tasks, read as any task of the new API, and the next page's cursor when there is one. */
export interface NewApiTaskPage {
	tasks: ReadTask[];
	nextCursor?: string;
}

/** The page in a `POST /tasks` answer, or undefined when it holds no task list (no data.result[]). */
export function newApiTaskPageOf(answer: IDataObject): NewApiTaskPage | undefined {
	const data = isObject(answer.data) ? answer.data : undefined;
	if (!data || !Array.isArray(data.result)) return undefined;
	const tasks = data.result.filter(isObject).flatMap((entry) => {
		const task = readTask({ data: entry });
		return task ? [{ task, raw: entry }] : [];
	});
	const cursor = typeof data.next_cursor === 'string' && data.next_cursor !== '' ? data.next_cursor : undefined;
	const more = data.has_more === true || data.has_more === 'true';
	return { tasks, nextCursor: more ? cursor : undefined };
}
