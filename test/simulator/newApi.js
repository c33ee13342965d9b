// @ts-check
'use strict';
/**
 * The routes of Kling's new API (the model in the path), beside the legacy
 * `/v1/...` ones: `POST <prefix>/<product>/<model>` creates a task (its kind is
 * the product's in families/newApi.js, which checks the body), `GET
 * <prefix>/tasks?task_ids=a,b` or `?external_task_ids=a,b` reads any of them,
 * many at once. API keys only: a signed access-key token is refused. Served
 * at the root and under `/kling` (the official envelope); a gateway (`/newapi`)
 * and an aggregator (`/flat`) of the legacy API have no such routes.
 * Submits count as `submit` and reads as `poll` (faults and `sim.count`).
 */

const { randomUUID } = require('node:crypto');

const { answerWithFault } = require('./faults');
const { errorBody, envelope } = require('./shapes');
const { promptOf } = require('./tasks');
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
	const what = route.product ? (req.method === 'POST' ? 'submit' : undefined) : req.method === 'GET' ? 'poll' : undefined;
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

module.exports = { matchNewApi, handleNewApi };
