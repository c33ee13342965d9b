// @ts-check
'use strict';
/** The simulator's task store and each task's lifecycle, driven by elapsed time. */

const { randomInt } = require('node:crypto');

/**
 * @typedef {object} SimTask
 * @property {string} task_id
 * @property {string} [external_task_id]
 * @property {string} endpoint the kind, e.g. 'text2video'
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
 * @property {string} videoUrl
 * @property {string} duration
 * @property {string} model
 */

class TaskStore {
	constructor() {
		/** @type {Map<string, SimTask>} */
		this.tasks = new Map();
	}

	/**
	 * @param {string} endpoint
	 * @param {any} body
	 * @param {{ durationMs: number, fail?: string }} how
	 */
	create(endpoint, body, how) {
		const task_id = `${Date.now()}${String(randomInt(1e6)).padStart(6, '0')}`;
		/** @type {SimTask} */
		const task = {
			task_id,
			external_task_id: typeof body.external_task_id === 'string' ? body.external_task_id : undefined,
			endpoint,
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

	/** @param {string} endpoint @param {string} externalId */
	hasExternal(endpoint, externalId) {
		return [...this.tasks.values()].some((t) => t.endpoint === endpoint && t.external_task_id === externalId);
	}

	/** @param {string} endpoint */
	list(endpoint) {
		return [...this.tasks.values()].filter((t) => t.endpoint === endpoint).sort((a, b) => b.created_at - a.created_at);
	}

	/**
	 * The task as of now: submitted for the first 15% of its time, then processing, then its outcome.
	 * @param {SimTask} task
	 * @param {string} baseUrl
	 * @returns {SimTaskView}
	 */
	view(task, baseUrl) {
		const elapsed = Date.now() - task.created_at;
		/** @type {SimTaskView['status']} */
		let status = 'processing';
		if (elapsed >= task.durationMs) status = task.outcome;
		else if (elapsed < task.durationMs * 0.15) status = 'submitted';
		return {
			task_id: task.task_id,
			external_task_id: task.external_task_id,
			status,
			failMessage: task.failMessage,
			created_at: task.created_at,
			updated_at: status === 'submitted' ? task.created_at : Math.min(Date.now(), task.created_at + task.durationMs),
			videoUrl: `${baseUrl}/files/${task.task_id}.mp4`,
			duration: String(task.body.duration ?? '5'),
			model: String(task.body.model_name ?? 'kling-v1'),
		};
	}

	clear() {
		this.tasks.clear();
	}
}

module.exports = { TaskStore };
