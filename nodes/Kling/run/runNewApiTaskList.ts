import type { IDataObject, INodeExecutionData } from 'n8n-workflow';
import { z } from 'zod';

import type { ItemContext } from '../context/itemContext';
import { listLimitOf } from '../operations/shared/listLimit';
import { newApiEndpoint, refuseAccessKeyOnNewApi } from '../pipeline/newApiRequest';
import { missingEndpointError, operationFailure } from '../transport/failures';
import { baseUrlOf, klingRequest } from '../transport/klingRequest';
import { NEW_API_LIST_MAX, NEW_API_TASKS, newApiTaskPageOf } from '../transport/newApiTasks';
import type { KlingTask, ResultKind } from '../transport/taskShape';
import { taskToJson } from '../transport/taskShape';
import { invalidInput } from '../validation/invalidInput';
import { timeRangeOf, timeValue } from '../validation/timeRange';

/*
 * Task → Get Many with API → Kling's New API: every task made on the new API
 * (the model in the path), newest first, at `POST /tasks`
 * (kling-3.0-turbo-t2v.md "Query Task (By Cursor)"; shared/spec/kling-api-2026.md §0):
 * start_time, end_time (Unix ms; "default: end_time - 30 days", "current
 * time"; start earlier than end), limit ("Maximum value: 500", default 100),
 * filters [{key: status | product_type, values}], and for the next page the
 * answer's next_cursor ("When cursor is not empty, start_time and end_time
 * are ignored": the limit and the filters are sent with it). The 3.0 Turbo
 * page sends the times as numbers, the other new-API pages as quoted digits:
 * numbers are sent, as Get Unit Deductions sends them. The task type plays no
 * part: the new API lists every product together, filtered by product_type
 * (video, image, try_on) instead.
 */

/** A guard against a host whose cursor never ends. */
const MAX_PAGES = 1000;

// The values the page lists for `filters[].values`.
const STATUSES = ['submitted', 'processing', 'succeeded', 'failed'] as const;
const PRODUCT_TYPES = ['video', 'image', 'try_on'] as const;

/** A multi-choice value as given: a list, or (from an expression) a comma-separated text. */
const listOf = (value: unknown): string[] =>
	(Array.isArray(value) ? value.map(String) : String(value ?? '').split(',')).map((entry) => entry.trim()).filter(Boolean);

const filterValues = <T extends readonly [string, ...string[]]>(label: string, allowed: T) =>
	z.array(z.enum(allowed, { errorMap: (_, given) => ({ message: `${label}: ${JSON.stringify(given.data)} is not one of ${allowed.join(', ')}` }) }));

const filtersSchema = z.object({ status: filterValues('Status', STATUSES), product_type: filterValues('Product Types', PRODUCT_TYPES) });

/** The first page's query, from the fields, checked before anything is sent: the period, and the filters as Kling's [{key, values}]. */
function queryOf(ctx: ItemContext): { period: IDataObject; filters: IDataObject[] } {
	const { startMs, endMs } = timeRangeOf(
		ctx,
		{ start: timeValue(ctx.param<unknown>('tasksStart', '')), end: timeValue(ctx.param<unknown>('tasksEnd', '')) },
		{ start: 'Start', end: 'End' },
	);
	const given = ctx.param<IDataObject>('taskFilters', {});
	const parsed = filtersSchema.safeParse({ status: listOf(given.statuses), product_type: listOf(given.productTypes) });
	if (!parsed.success) throw invalidInput(ctx, parsed.error.issues[0].message);
	const filters = Object.entries(parsed.data)
		.filter(([, values]) => values.length > 0)
		.map(([key, values]) => ({ key, values }));
	return { period: { start_time: startMs, end_time: endMs }, filters };
}

/** The node's result kind for a new-API task, by what it made (the new API's products today make videos). */
function resultKindOf(task: KlingTask): ResultKind {
	if (task.images.length) return 'images';
	if (task.audios.length && !task.videos.length) return 'audios';
	if (task.listed.voices) return 'voices';
	if (task.listed.elements) return 'elements';
	return 'videos';
}

/**
 * One item's list: the first page with the period and the filters, then the
 * pages its cursor gives, until Limit tasks (all with Return All) or the last
 * page. One item per task, as Task → Get outputs a task of the new API.
 */
export async function listNewApiTasks(ctx: ItemContext): Promise<INodeExecutionData[]> {
	const limit = listLimitOf(ctx);
	const { period, filters } = queryOf(ctx);
	refuseAccessKeyOnNewApi(ctx, "API: the tasks are listed by Kling's new API", "list a Task Type's tasks with This Task Type's Endpoint (Legacy API)");
	const simplify = ctx.param('simplify', true);
	const baseUrl = await baseUrlOf(ctx);
	const out: INodeExecutionData[] = [];
	const seen = new Set<string>();
	let cursor: string | undefined;
	for (let page = 0; page < MAX_PAGES; page++) {
		const body: IDataObject = {
			...(cursor === undefined ? period : { cursor }),
			limit: Math.min(NEW_API_LIST_MAX, limit === undefined ? NEW_API_LIST_MAX : limit - out.length),
			...(filters.length ? { filters } : {}),
		};
		let answer: IDataObject;
		try {
			answer = await klingRequest(ctx, { method: 'POST', path: NEW_API_TASKS, body, action: 'the task list', readOnly: true });
		} catch (error) {
			const endpoint = {
				...newApiEndpoint(NEW_API_TASKS),
				advice: "List on Kling's official API (https://api-singapore.klingai.com) with an API key, or list a Task Type's tasks with This Task Type's Endpoint (Legacy API).",
				orElse: undefined,
			};
			throw missingEndpointError(ctx, error, endpoint, baseUrl);
		}
		const found = newApiTaskPageOf(answer);
		if (!found) {
			throw operationFailure(ctx, 'unreadable', {
				message: "The host's answer to the task list holds no list (no data.result[])",
				description: `The host answered: ${JSON.stringify(answer).slice(0, 300)}`,
			});
		}
		for (const { task, raw } of found.tasks) {
			if (limit !== undefined && out.length >= limit) break;
			out.push({ json: taskToJson(task, simplify ? undefined : raw, resultKindOf(task)), pairedItem: { item: ctx.itemIndex } });
		}
		cursor = found.nextCursor;
		if ((limit !== undefined && out.length >= limit) || cursor === undefined || seen.has(cursor)) break;
		seen.add(cursor);
	}
	return out;
}
