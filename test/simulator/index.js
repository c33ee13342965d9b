// @ts-check
'use strict';
/**
 * A Kling API on 127.0.0.1 for tests and demos: the documented routes,
 * envelopes and lifecycle, the aggregators' other answer shapes, injected
 * faults, and real result files. This is the core: what is served is the
 * families' (families/), listed in families/index.js. See README.md beside this file.
 */

const { createServer } = require('node:http');
const { randomUUID } = require('node:crypto');

const { isAuthorized } = require('./auth');
const { CallbackSender } = require('./callbacks');
const { FaultQueue, answerWithFault } = require('./faults');
const { errorBody, newApiError, renderTask, shapeOfPrefix, officialTask } = require('./shapes');
const { TaskStore } = require('./tasks');
const { validateCreate } = require('./validate');
const { resultFileOf, sendResultFile } = require('./resultFiles');
const { ROUTES, TASK_ROUTE, kindOf, servesFile } = require('./families');
const { AccountConcurrency, BUSY_MESSAGE } = require('./concurrency');
const { matchNewApi, handleNewApi } = require('./newApi');

const FAIL_MARKER = '[sim:fail]';
/** `[sim:code=N]` in a prompt: the submit is answered HTTP 200 with Kling's error code N (as some hosts answer errors). */
const CODE_MARKER = /\[sim:code=(\d+)\]/;
/** new-api's TaskError as it serialises (QuantumNous/new-api dto/task.go): code and message `task_not_exist`. */
const NEWAPI_TASK_NOT_EXIST = { code: 'task_not_exist', message: 'task_not_exist', data: null };

/**
 * @param {import('node:http').ServerResponse} res
 * @param {number} status
 * @param {unknown} body
 */
function json(res, status, body) {
	res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
	res.end(JSON.stringify(body));
}

/** @param {import('node:http').IncomingMessage} req */
function readBody(req) {
	return new Promise((resolve) => {
		/** @type {Buffer[]} */
		const chunks = [];
		req.on('data', (chunk) => chunks.push(chunk));
		req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
		req.on('error', () => resolve(''));
	});
}

/** @param {import('./index').SimulatorOptions} [options] */
async function startKlingSimulator(options = {}) {
	const apiKey = options.apiKey ?? 'sim-key';
	const taskDurationMs = options.taskDurationMs ?? 3000;
	const store = new TaskStore(kindOf);
	const faults = new FaultQueue();
	let baseUrl = '';
	// A task is written as its kind says (the new API's kinds: families/newApi.js), else as the official API writes it.
	const written = (/** @type {import('./tasks').SimTaskView} */ view) => view.spec?.render?.(view) ?? officialTask(view);
	const callbacks = new CallbackSender((task, now) => written(store.view(task, baseUrl, now)), options.callbacks, options.webhookSecret);
	/** @type {import('./index').RecordedRequest[]} */
	const requests = [];
	/** @type {Record<string, number>} */
	const counts = { submit: 0, poll: 0, download: 0, list: 0, call: 0 };
	/** @type {string | undefined} */
	let failNext;
	const concurrency = new AccountConcurrency(options.concurrency);

	const server = createServer(async (req, res) => {
		const url = new URL(req.url ?? '/', 'http://127.0.0.1');
		const text = await readBody(req);
		let body;
		try {
			body = text ? JSON.parse(text) : undefined;
		} catch {
			body = text;
		}
		const authorized = isAuthorized(req.headers.authorization, { apiKey, jwt: options.jwt });
		requests.push({ method: req.method ?? 'GET', path: url.pathname, query: Object.fromEntries(url.searchParams), body, authorized, at: Date.now() });

		const file = resultFileOf(url.pathname);
		if (file && req.method === 'GET') {
			counts.download++;
			const fault = faults.take('download');
			if (fault?.delayMs) await new Promise((r) => setTimeout(r, fault.delayMs));
			if (fault && !fault.truncate && answerWithFault(res, fault)) return;
			const owner = [...store.tasks.values()].find((t) => t.task_id === file.taskId);
			const served = owner ? kindOf(owner.endpoint)?.files.includes(file.format) : servesFile(store, file);
			if (!served) return json(res, 404, errorBody(1203, 'file not found'));
			return sendResultFile(res, file.format, { videoBytes: options.videoBytes, truncate: fault?.truncate });
		}

		// Kling's new API (the model in the path): newApi.js.
		const newApiRoute = matchNewApi(url.pathname);
		if (newApiRoute) {
			const takeFailNext = () => {
				const planned = failNext;
				failNext = undefined;
				return planned;
			};
			const pageMax = options.newApiPageMax ?? 500;
			const context = { req, res, url, body, apiKey, store, faults, counts, concurrency, callbacks, baseUrl, taskDurationMs, takeFailNext, pageMax };
			return handleNewApi({ ...context, json: (/** @type {number} */ status, /** @type {unknown} */ data) => json(res, status, data) }, newApiRoute);
		}

		// The routes answered at once, the families' own.
		const prefixed = /^(\/kling|\/flat|\/newapi)?(\/.*)$/.exec(url.pathname) ?? ['', '', url.pathname];
		for (const familyRoute of ROUTES) {
			const match = req.method === familyRoute.method ? familyRoute.path.exec(prefixed[2]) : null;
			if (!match) continue;
			counts.call++;
			const fault = faults.take('call');
			if (fault?.delayMs) await new Promise((r) => setTimeout(r, fault.delayMs));
			if (fault && answerWithFault(res, fault)) return;
			const shape = shapeOfPrefix(prefixed[1] ?? '');
			// A public route (a file on the CDN) is served without a key, as result files are.
			if (!authorized && !familyRoute.public && shape === 'newapi') return json(res, 401, newApiError('Invalid token'));
			if (!authorized && !familyRoute.public) return json(res, 401, errorBody(1001, 'Authentication failed: the API key is invalid'));
			return familyRoute.handle({ req, res, url, body, match, shape, store, baseUrl, json: (/** @type {number} */ status, /** @type {unknown} */ data) => json(res, status, data) });
		}

		const route = TASK_ROUTE.exec(url.pathname);
		const [, prefix = '', family, kind, id] = route ?? [];
		const spec = route ? kindOf(kind) : undefined;
		if (!spec || spec.family !== family) return json(res, 404, errorBody(1203, `no route ${req.method} ${url.pathname}`));
		const shape = shapeOfPrefix(prefix);
		const what = req.method === 'POST' && !id ? 'submit' : req.method === 'GET' && id ? 'poll' : req.method === 'GET' ? 'list' : undefined;
		if (!what) return json(res, 405, errorBody(1202, 'method not allowed'));
		counts[what]++;

		const fault = faults.take(what);
		if (fault?.delayMs) await new Promise((r) => setTimeout(r, fault.delayMs));
		if (fault && !fault.resetAfterAccept && answerWithFault(res, fault)) return;
		// new-api has no task-list route, nor any route for a kind it does not relay (`gateways: false`):
		// its router answers 404 before any key is looked at.
		if (shape === 'newapi' && (what === 'list' || spec.gateways === false)) {
			res.writeHead(404, { 'content-type': 'text/plain' });
			return res.end('404 page not found');
		}
		if (!authorized && shape === 'newapi') return json(res, 401, newApiError('Invalid token'));
		if (!authorized) return json(res, 401, errorBody(1001, 'Authentication failed: the API key is invalid'));

		if (what === 'submit') {
			const problem = validateCreate(spec, body, { store, newModels: options.newModels?.[kind] });
			if (problem) return json(res, 400, errorBody(1201, `Invalid parameter: ${problem}`));
			if (body.external_task_id && store.hasExternal(kind, body.external_task_id)) {
				return json(res, 400, errorBody(1201, 'external_task_id already exists'));
			}
			// The account's concurrency (concurrency.js): Kling's 1303; an aggregator's bare 429 under /flat.
			if (!concurrency.admit(store.tasks.values(), kind, body, kindOf)) {
				if (shape === 'flat') return json(res, 429, { message: 'Too Many Requests' });
				return json(res, 429, errorBody(1303, BUSY_MESSAGE));
			}
			const coded = typeof body.prompt === 'string' ? CODE_MARKER.exec(body.prompt) : null;
			if (coded) return json(res, 200, errorBody(Number(coded[1]), `Simulated error ${coded[1]} in an HTTP 200 answer`));
			const marked = typeof body.prompt === 'string' && body.prompt.includes(FAIL_MARKER);
			const fail = failNext ?? (marked ? 'Simulated failure: content policy' : undefined);
			failNext = undefined;
			const task = store.create(kind, body, { durationMs: taskDurationMs, fail });
			callbacks.schedule(task);
			if (fault?.resetAfterAccept) {
				res.socket?.destroy();
				return;
			}
			return json(res, 200, renderTask(shape, store.view(task, baseUrl), 'submit'));
		}
		if (what === 'poll') {
			const taskId = decodeURIComponent(id);
			if (shape === 'newapi') {
				// new-api knows a task by the id it returned only, and answers anything else with HTTP 400
				// task_not_exist (QuantumNous/new-api relay/relay_task.go videoFetchByIDRespBodyBuilder).
				const task = store.findByTaskId(kind, taskId);
				if (!task) return json(res, 400, NEWAPI_TASK_NOT_EXIST);
				return json(res, 200, renderTask(shape, store.view(task, baseUrl), 'read'));
			}
			const task = store.find(kind, taskId);
			if (!task) return json(res, 404, errorBody(1203, `task ${taskId} not found`));
			return json(res, 200, renderTask(shape, store.view(task, baseUrl), 'read'));
		}
		const pageNum = Number(url.searchParams.get('pageNum') ?? 1);
		const pageSize = Number(url.searchParams.get('pageSize') ?? 30);
		if (!(pageNum >= 1 && pageNum <= 1000 && pageSize >= 1 && pageSize <= 500)) {
			return json(res, 400, errorBody(1201, 'pageNum must be 1..1000 and pageSize 1..500'));
		}
		const page = store.list(kind).slice((pageNum - 1) * pageSize, pageNum * pageSize);
		return json(res, 200, { code: 0, message: 'SUCCEED', request_id: randomUUID(), data: page.map((t) => officialTask(store.view(t, baseUrl))) });
	});

	await new Promise((resolve) => server.listen(options.port ?? 0, '127.0.0.1', () => resolve(undefined)));
	const address = /** @type {import('node:net').AddressInfo} */ (server.address());
	baseUrl = `http://127.0.0.1:${address.port}`;

	return {
		baseUrl,
		port: address.port,
		apiKey,
		requests,
		tasks: store.tasks,
		callbacks: callbacks.records,
		setCallbackFaults: (/** @type {import('./callbacks').CallbackFaults} */ callbackFaults = {}) => {
			callbacks.faults = { ...callbackFaults };
		},
		setWebhookSecret: (/** @type {string | string[] | undefined} */ secret) => {
			callbacks.secrets = secret === undefined ? [] : Array.isArray(secret) ? [...secret] : [secret];
		},
		sendCallback: (
			/** @type {string} */ taskId,
			/** @type {Record<string, unknown>} */ overrides = {},
			/** @type {import('./callbacks').CallbackSigning} */ signing = {},
		) => {
			const task = store.findAny(taskId);
			if (!task) return Promise.reject(new Error(`task ${taskId} not found`));
			return callbacks.sendNow(task, overrides, signing);
		},
		forgeCallback: (
			/** @type {string} */ url,
			/** @type {unknown} */ body,
			contentType = 'application/json',
			/** @type {import('./callbacks').CallbackSigning} */ signing = {},
		) => callbacks.post(url, body, 'forged', contentType, signing),
		replayCallback: (/** @type {import('./callbacks').CallbackRecord} */ record) => callbacks.replay(record),
		inject: (/** @type {import('./faults').Fault} */ fault) => faults.add(fault),
		setConcurrency: (/** @type {import('./concurrency').ConcurrencyLimits} */ limits = {}) => concurrency.reset(limits),
		concurrency: () => ({ limits: { ...concurrency.limits }, peak: { ...concurrency.peak }, refused: concurrency.refused }),
		failNextTask: (message = 'Simulated failure') => {
			failNext = message;
		},
		reset: () => {
			requests.length = 0;
			store.clear();
			faults.clear();
			failNext = undefined;
			callbacks.reset(options.callbacks, options.webhookSecret);
			concurrency.reset(options.concurrency ?? {});
			for (const key of Object.keys(counts)) counts[key] = 0;
		},
		count: (/** @type {string} */ kind) => (kind === 'callback' ? callbacks.records.length : counts[kind] ?? 0),
		close: () =>
			new Promise((resolve) => {
				callbacks.close();
				server.closeAllConnections();
				server.close(() => resolve(undefined));
			}),
	};
}

module.exports = { startKlingSimulator };
