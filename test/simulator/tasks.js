// @ts-check
'use strict';
/** The simulator's task store and each task's lifecycle, driven by elapsed time. */

const { randomInt } = require('node:crypto');

/**
 * @typedef {object} SimTask
 * @property {string} task_id
 * @property {string} [external_task_id]
 * @property {string} [callback_url] where the simulator POSTs the task at each status change
 * @property {string} endpoint the kind, e.g. 'text2video'
 * @property {string} [model] the model named in the path (Kling's new API); else the body's model_name
 * @property {any} body
 * @property {number} created_at
 * @property {'succeed' | 'failed'} outcome
 * @property {string} [failMessage]
 * @property {number} durationMs
 */
/**
 * @typedef {object} SimTaskView
 * @property {string} task_id
 * @property {string} [external_task_id]
 * @property {'submitted' | 'processing' | 'succeed' | 'failed'} status
 * @property {string} [failMessage]
 * @property {number} created_at
 * @property {number} updated_at
 * @property {string} kind the task's kind, e.g. 'text2video'
 * @property {import('./families').TaskKind | undefined} spec the kind as its family defines it (result, task_info)
 * @property {string} videoUrl the result files' URLs, by format (which ones are served is the kind's `files`)
 * @property {string} mp3Url
 * @property {string} wavUrl
 * @property {string} duration seconds, as Kling writes them
 * @property {string} model what a gateway reports as the model
 * @property {any} body the create body as it came
 * @property {string} baseUrl the simulator's own URL (for result file URLs)
 */

/**
 * When the task's status changes: submitted at creation, processing after 15% of its time, final at the end.
 * @param {SimTask} task
 */
const statusChanges = (task) => ({
	submitted: task.created_at,
	processing: task.created_at + Math.ceil(task.durationMs * 0.15),
	final: task.created_at + task.durationMs,
});

class TaskStore {
	/** @param {(kind: string) => import('./families').TaskKind | undefined} kindOf */
	constructor(kindOf) {
		this.kindOf = kindOf;
		/** @type {Map<string, SimTask>} */
		this.tasks = new Map();
		/** @type {Record<string, unknown>} each family's own state, under a key of its choice (made on first use) */
		this.state = {};
	}

	/**
	 * @param {string} endpoint
	 * @param {any} body
	 * @param {{ durationMs: number, fail?: string, model?: string }} how
	 */
	create(endpoint, body, how) {
		const task_id = `${Date.now()}${String(randomInt(1e6)).padStart(6, '0')}`;
		// The legacy API takes these at the top of the body, the new one in `options`.
		const options = body.options ?? {};
		const externalId = body.external_task_id ?? options.external_task_id;
		const callbackUrl = body.callback_url ?? options.callback_url;
		/** @type {SimTask} */
		const task = {
			task_id,
			external_task_id: typeof externalId === 'string' ? externalId : undefined,
			callback_url: typeof callbackUrl === 'string' ? callbackUrl : undefined,
			endpoint,
			model: how.model,
			body,
			created_at: Date.now(),
			outcome: how.fail ? 'failed' : 'succeed',
			failMessage: how.fail,
			durationMs: how.durationMs,
		};
		this.tasks.set(task_id, task);
		return task;
	}

	/**
	 * By task id or external task id, within one kind.
	 * @param {string} endpoint
	 * @param {string} id
	 */
	find(endpoint, id) {
		for (const task of this.tasks.values()) {
			if (task.endpoint === endpoint && (task.task_id === id || task.external_task_id === id)) return task;
		}
		return undefined;
	}

	/**
	 * By task id only, within one kind (how a new-api gateway finds tasks).
	 * @param {string} endpoint
	 * @param {string} id
	 */
	findByTaskId(endpoint, id) {
		return [...this.tasks.values()].find((t) => t.endpoint === endpoint && t.task_id === id);
	}

	/**
	 * By task id or external task id, in any kind.
	 * @param {string} id
	 */
	findAny(id) {
		return [...this.tasks.values()].find((t) => t.task_id === id || t.external_task_id === id);
	}

	/** @param {string} endpoint @param {string} externalId */
	hasExternal(endpoint, externalId) {
		return [...this.tasks.values()].some((t) => t.endpoint === endpoint && t.external_task_id === externalId);
	}

	/** @param {string} endpoint */
	list(endpoint) {
		return [...this.tasks.values()].filter((t) => t.endpoint === endpoint).sort((a, b) => b.created_at - a.created_at);
	}

	/**
	 * The task as of `now`: submitted for the first 15% of its time, then processing, then its outcome.
	 * (Callbacks pass the time of the status change they report, so a late one still carries that status.)
	 * @param {SimTask} task
	 * @param {string} baseUrl
	 * @param {number} [now]
	 * @returns {SimTaskView}
	 */
	view(task, baseUrl, now = Date.now()) {
		const changes = statusChanges(task);
		const spec = this.kindOf(task.endpoint);
		/** @type {SimTaskView['status']} */
		let status = 'processing';
		if (now >= changes.final) status = task.outcome;
		else if (now < changes.processing) status = 'submitted';
		return {
			task_id: task.task_id,
			external_task_id: task.external_task_id,
			status,
			failMessage: task.failMessage,
			created_at: task.created_at,
			updated_at: status === 'submitted' ? task.created_at : Math.min(now, changes.final),
			kind: task.endpoint,
			spec,
			videoUrl: `${baseUrl}/files/${task.task_id}.mp4`,
			mp3Url: `${baseUrl}/files/${task.task_id}.mp3`,
			wavUrl: `${baseUrl}/files/${task.task_id}.wav`,
			// The body's duration, or its input's (effects), or its settings' (the new API); 5 s when it names none.
			duration: String(task.body.duration ?? task.body.input?.duration ?? task.body.settings?.duration ?? '5'),
			model: String(task.model ?? task.body.model_name ?? spec?.model ?? 'kling-v1'),
			body: task.body,
			baseUrl,
		};
	}

	clear() {
		this.tasks.clear();
		this.state = {};
	}
}

/**
 * The prompt of a create body, where markers ([sim:fail], callback faults) are read: the legacy
 * `prompt`, or the new API's `prompt` / `contents[{type: 'prompt', text}]`.
 * @param {any} body
 * @returns {string}
 */
function promptOf(body) {
	if (typeof body?.prompt === 'string') return body.prompt;
	const part = Array.isArray(body?.contents) ? body.contents.find((/** @type {any} */ c) => c?.type === 'prompt') : undefined;
	return typeof part?.text === 'string' ? part.text : '';
}

module.exports = { TaskStore, statusChanges, promptOf };
