// @ts-check
'use strict';
/**
 * The routes of Kling's new API (the model in the path), beside the legacy
 * `/v1/...` ones: `POST <prefix>/<product>/<model>` creates a task (its kind is
 * the product's in families/newApi.js, which checks the body), `GET
 * <prefix>/tasks?task_ids=a,b` or `?external_task_ids=a,b` reads any of them,
 * many at once, and `POST <prefix>/tasks` lists them a page at a time (a
 * cursor list). API keys only: a signed access-key token is refused. Served
 * at the root and under `/kling` (the official envelope); a gateway (`/newapi`)
 * and an aggregator (`/flat`) of the legacy API have no such routes.
 * Submits count as `submit`, reads as `poll` and lists as `list` (faults and `sim.count`).
 */

const { randomUUID } = require('node:crypto');

const { answerWithFault } = require('./faults');
const { errorBody, envelope } = require('./shapes');
const { promptOf } = require('./tasks');
const { isObject } = require('./validate');
const { kindOf, newApiKindOf } = require('./families');
const { BUSY_MESSAGE } = require('./concurrency');

const CREATE = /^(\/kling|\/flat|\/newapi)?\/(text-to-video|image-to-video|omni-video|motion-control)\/([^/]+)\/?$/;
const READ = /^(\/kling|\/flat|\/newapi)?\/tasks\/?$/;
const FAIL_MARKER = '[sim:fail]';
const CODE_MARKER = /\[sim:code=(\d+)\]/;

/**
 * @typedef {object} NewApiContext
 * @property {import('node:http').IncomingMessage} req
 * @property {import('node:http').ServerResponse} res
 * @property {URL} url
 * @property {any} body
 * @property {string} apiKey
 * @property {import('./tasks').TaskStore} store
 * @property {import('./faults').FaultQueue} faults
 * @property {Record<string, number>} counts
 * @property {import('./concurrency').AccountConcurrency} concurrency
 * @property {import('./callbacks').CallbackSender} callbacks
 * @property {string} baseUrl
 * @property {number} taskDurationMs
 * @property {number} pageMax the most tasks a page of `POST /tasks` holds (options.newApiPageMax; 500 by default)
 * @property {() => string | undefined} takeFailNext the failure planned for the next task (sim.failNextTask), used up
 * @property {(status: number, data: unknown) => void} json
 */

/** @param {string} pathname @returns {{ prefix: string, product?: string, model?: string } | undefined} */
function matchNewApi(pathname) {
	const create = CREATE.exec(pathname);
	if (create) return { prefix: create[1] ?? '', product: create[2], model: decodeURIComponent(create[3]) };
	const read = READ.exec(pathname);
	return read ? { prefix: read[1] ?? '' } : undefined;
}

/** Whether a stored task is the new API's. @param {import('./tasks').SimTask} task */
const isNewApiTask = (task) => kindOf(task.endpoint)?.family === 'new';

/** The task as the new API writes it. @param {NewApiContext} ctx @param {import('./tasks').SimTask} task */
const written = (ctx, task) => {
	const view = ctx.store.view(task, ctx.baseUrl);
	return /** @type {NonNullable<typeof view.spec>} */ (view.spec).render?.(view) ?? {};
};

/**
 * @param {NewApiContext} ctx
 * @param {{ prefix: string, product?: string, model?: string }} route
 */
async function handleNewApi(ctx, route) {
	const { req, res, json } = ctx;
	if (route.prefix === '/newapi') {
		res.writeHead(404, { 'content-type': 'text/plain' });
		return res.end('404 page not found');
	}
	if (route.prefix === '/flat') return json(404, errorBody(1203, `no route ${req.method} ${ctx.url.pathname}`));
	const what = route.product ? (req.method === 'POST' ? 'submit' : undefined) : req.method === 'GET' ? 'poll' : req.method === 'POST' ? 'list' : undefined;
	if (!what) return json(405, errorBody(1202, 'method not allowed'));
	ctx.counts[what]++;
	const fault = ctx.faults.take(what);
	if (fault?.delayMs) await new Promise((resolve) => setTimeout(resolve, fault.delayMs));
	if (fault && !fault.resetAfterAccept && answerWithFault(res, fault)) return;

	// API keys only (kling-3.0-turbo-t2v.md: `Authorization: Bearer <API_KEY>`; kling-api-2026.md §0).
	const token = /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1];
	if (token !== ctx.apiKey) {
		const signed = token !== undefined && token.split('.').length === 3;
		return json(401, errorBody(signed ? 1000 : 1001, signed ? 'Authentication failed: this API takes API keys only, not access-key tokens' : 'Authentication failed: the API key is invalid'));
	}
	if (what === 'poll') return readTasks(ctx);
	if (what === 'list') return listTasks(ctx);
	return submit(ctx, /** @type {string} */ (route.product), /** @type {string} */ (route.model), fault?.resetAfterAccept === true);
}

/** @param {NewApiContext} ctx @param {string} product @param {string} model @param {boolean} resetAfterAccept */
function submit(ctx, product, model, resetAfterAccept) {
	const { body, json, store } = ctx;
	const kind = /** @type {import('./families').NewApiKind} */ (newApiKindOf(product));
	if (!(model in kind.modelsInPath)) return json(404, errorBody(1203, `model ${model} not found for ${product}`));
	const problem = kind.problem(model, body);
	if (problem) return json(400, errorBody(1201, `Invalid parameter: ${problem}`));
	// "Must be unique within a single user account" (options.external_task_id).
	const externalId = body.options?.external_task_id;
	if (externalId && [...store.tasks.values()].some((task) => isNewApiTask(task) && task.external_task_id === externalId)) {
		return json(400, errorBody(1201, 'external_task_id already exists'));
	}
	if (!ctx.concurrency.admit(store.tasks.values(), kind.kind, body, kindOf)) return json(429, errorBody(1303, BUSY_MESSAGE));
	const prompt = promptOf(body);
	const coded = CODE_MARKER.exec(prompt);
	if (coded) return json(200, errorBody(Number(coded[1]), `Simulated error ${coded[1]} in an HTTP 200 answer`));
	const fail = ctx.takeFailNext() ?? (prompt.includes(FAIL_MARKER) ? 'Simulated failure: content policy' : undefined);
	const task = store.create(kind.kind, body, { durationMs: ctx.taskDurationMs, fail, model });
	ctx.callbacks.schedule(task);
	if (resetAfterAccept) {
		ctx.res.socket?.destroy();
		return;
	}
	// The create answer: `data{id, status, create_time, update_time, external_id}` (kling-3.0-turbo-t2v.md "Response Example").
	const { id, status, create_time, update_time, external_id } = written(ctx, task);
	return json(200, envelope({ id, status, create_time, update_time, ...(external_id ? { external_id } : {}) }));
}

/** `GET /tasks?task_ids=a,b` or `?external_task_ids=a,b` (not both): the tasks it holds, in the order asked. @param {NewApiContext} ctx */
function readTasks(ctx) {
	const taskIds = ctx.url.searchParams.get('task_ids');
	const externalIds = ctx.url.searchParams.get('external_task_ids');
	if ((taskIds === null) === (externalIds === null)) return ctx.json(400, errorBody(1201, 'Invalid parameter: give task_ids or external_task_ids, not both'));
	const ids = String(taskIds ?? externalIds).split(',').map((id) => id.trim()).filter(Boolean);
	if (!ids.length) return ctx.json(400, errorBody(1201, 'Invalid parameter: no task id given'));
	const tasks = [...ctx.store.tasks.values()].filter(isNewApiTask);
	const data = ids.flatMap((id) => {
		const task = tasks.find((t) => (taskIds !== null ? t.task_id === id : t.external_task_id === id));
		return task ? [written(ctx, task)] : [];
	});
	return ctx.json(200, { code: 0, message: 'SUCCEED', request_id: randomUUID(), data });
}

/*
 * `POST /tasks`, "Query Task (By Cursor)" (kling-3.0-turbo-t2v.md; kling-api-2026.md §0): the query
 * as a JSON body, every field optional: start_time and end_time (Unix ms, "Start time must be
 * earlier than end time"; the 3.0 Turbo page writes them as numbers, the other new-API pages as
 * quoted digits: both are taken; defaults end_time now, start_time end_time - 30 days), cursor
 * (the previous answer's next_cursor; "When cursor is not empty, start_time and end_time are
 * ignored"), limit (default 100, "Maximum value: 500"), filters [{key: status | product_type,
 * values}] with the values the page lists. Anything else is refused (1201). The period is on the
 * tasks' creation time; newest first. Answers data{result[], count, next_cursor, has_more}, each
 * entry the task as GET /tasks writes it.
 */

const DAY_MS = 86_400_000;
const FILTER_VALUES = { status: ['submitted', 'processing', 'succeeded', 'failed'], product_type: ['video', 'image', 'try_on'] };

/** A Unix time in ms as the pages write it: an integer, or digits in a string. @param {unknown} value */
const millisOf = (value) => (Number.isInteger(value) ? Number(value) : typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : undefined);

/** The cursor of the page after `lastId` in the period. @param {{ start: number, end: number }} period @param {string} lastId */
const cursorOf = (period, lastId) => Buffer.from(JSON.stringify({ ...period, after: lastId })).toString('base64url');

/** @param {unknown} cursor @returns {{ start: number, end: number, after: string } | undefined} */
function readCursor(cursor) {
	try {
		const read = JSON.parse(Buffer.from(String(cursor), 'base64url').toString('utf8'));
		return Number.isInteger(read?.start) && Number.isInteger(read?.end) && typeof read?.after === 'string' ? read : undefined;
	} catch {
		return undefined;
	}
}

/**
 * The query, checked as documented, or its problem.
 * @param {unknown} body
 * @returns {{ period: { start: number, end: number }, after?: string, limit: number, filters: Record<string, string[]> } | { problem: string }}
 */
function listQueryOf(body) {
	const given = body === undefined ? {} : body;
	if (!isObject(given)) return { problem: 'the body must be a JSON object' };
	const unknown = Object.keys(given).find((key) => !['start_time', 'end_time', 'cursor', 'limit', 'filters'].includes(key));
	if (unknown) return { problem: `unknown parameter ${unknown}` };
	const { limit = 100, filters = [] } = given;
	if (!Number.isInteger(limit) || limit < 1 || limit > 500) return { problem: 'limit must be an integer from 1 to 500' };
	if (!Array.isArray(filters)) return { problem: 'filters must be an array' };
	/** @type {Record<string, string[]>} */
	const byKey = {};
	for (const filter of filters) {
		if (!isObject(filter) || Object.keys(filter).some((key) => key !== 'key' && key !== 'values')) return { problem: 'filters: each is {key, values}' };
		const allowed = FILTER_VALUES[/** @type {keyof typeof FILTER_VALUES} */ (filter.key)];
		if (!allowed) return { problem: `filters: unknown key ${JSON.stringify(filter.key)}` };
		if (!Array.isArray(filter.values) || !filter.values.length) return { problem: `filters: ${filter.key} needs values` };
		const bad = filter.values.find((/** @type {unknown} */ value) => !allowed.includes(/** @type {string} */ (value)));
		if (bad !== undefined) return { problem: `filters: ${filter.key} has no value ${JSON.stringify(bad)}` };
		byKey[filter.key] = [...(byKey[filter.key] ?? []), ...filter.values];
	}
	if (given.cursor !== undefined && given.cursor !== '') {
		const read = readCursor(given.cursor);
		if (!read) return { problem: 'cursor' };
		return { period: { start: read.start, end: read.end }, after: read.after, limit, filters: byKey };
	}
	for (const key of ['start_time', 'end_time']) {
		if (given[key] !== undefined && millisOf(given[key]) === undefined) return { problem: `${key} must be a Unix time in ms` };
	}
	const end = millisOf(given.end_time) ?? Date.now();
	const start = millisOf(given.start_time) ?? end - 30 * DAY_MS;
	if (start >= end) return { problem: 'start_time must be earlier than end_time' };
	return { period: { start, end }, limit, filters: byKey };
}

/** `POST /tasks`: a page of the new API's tasks, newest first. @param {NewApiContext} ctx */
function listTasks(ctx) {
	const query = listQueryOf(ctx.body);
	if ('problem' in query) return ctx.json(400, errorBody(1201, `Invalid parameter: ${query.problem}`));
	const { period, after, limit, filters } = query;
	const made = [...ctx.store.tasks.values()].map((task, order) => ({ task, order })).filter(({ task }) => isNewApiTask(task));
	// Newest first; tasks made in the same millisecond, the later made first.
	made.sort((a, b) => b.task.created_at - a.task.created_at || b.order - a.order);
	const all = made.flatMap(({ task }) => {
		if (task.created_at < period.start || task.created_at > period.end) return [];
		const entry = written(ctx, task);
		const productType = newApiKindOf(task.endpoint.replace(/^new:/, ''))?.productType;
		if (filters.status && !filters.status.includes(String(entry.status))) return [];
		if (filters.product_type && !filters.product_type.includes(String(productType))) return [];
		return [{ id: task.task_id, entry }];
	});
	const from = after === undefined ? 0 : all.findIndex((listed) => listed.id === after) + 1;
	if (after !== undefined && from === 0) return ctx.json(400, errorBody(1201, 'Invalid parameter: cursor'));
	const page = all.slice(from, from + Math.min(limit, ctx.pageMax));
	const more = from + page.length < all.length;
	const next_cursor = more ? cursorOf(period, page[page.length - 1].id) : '';
	return ctx.json(200, { code: 0, message: 'SUCCEED', request_id: randomUUID(), data: { result: page.map((listed) => listed.entry), count: page.length, next_cursor, has_more: more } });
}

module.exports = { matchNewApi, handleNewApi };
