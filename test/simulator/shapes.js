// @ts-check
'use strict';
/** How a task looks in each host family's answers. The path prefix picks the family. */

const { randomUUID } = require('node:crypto');

/** @typedef {'official' | 'flat' | 'newapi'} Shape */

/** @param {string} prefix */
function shapeOfPrefix(prefix) {
	if (prefix === '/flat') return 'flat';
	if (prefix === '/newapi') return 'newapi';
	return 'official';
}

/**
 * The task as the official API writes it inside `data`.
 * @param {import('./tasks').SimTaskView} view
 */
function officialTask(view) {
	/** @type {Record<string, unknown>} */
	const task = {
		task_id: view.task_id,
		task_status: view.status,
		task_status_msg: view.status === 'failed' ? view.failMessage : '',
		task_info: {
			...(view.external_task_id ? { external_task_id: view.external_task_id } : {}),
			...view.spec?.taskInfo?.(view),
		},
		created_at: view.created_at,
		updated_at: view.updated_at,
	};
	// Credits charged, on finished tasks only; here one unit per 5 seconds of video, nothing for a failure.
	if (view.status === 'succeed') task.final_unit_deduction = String(Number(view.duration) / 5);
	if (view.status === 'failed') task.final_unit_deduction = '0';
	if (view.status === 'succeed') task.task_result = view.spec?.result?.(view) ?? {};
	return task;
}

const envelope = (/** @type {unknown} */ data) => ({ code: 0, message: 'SUCCEED', request_id: randomUUID(), data });

const NEWAPI_STATUS = { submitted: 'SUBMITTED', processing: 'IN_PROGRESS', succeed: 'SUCCESS', failed: 'FAILURE' };

/**
 * The body answering a submit or a read of one task.
 * @param {Shape} shape
 * @param {import('./tasks').SimTaskView} view
 * @param {'submit' | 'read'} kind
 */
function renderTask(shape, view, kind) {
	if (shape === 'flat') {
		const task = officialTask(view);
		if (task.task_status === 'succeed') task.task_status = 'completed';
		return task;
	}
	if (shape === 'newapi') {
		if (kind === 'submit') {
			return { id: view.task_id, task_id: view.task_id, object: 'video', model: view.model, created_at: Math.floor(view.created_at / 1000) };
		}
		return {
			code: 'success',
			message: '',
			data: {
				task_id: view.task_id,
				status: NEWAPI_STATUS[view.status],
				progress: view.status === 'succeed' || view.status === 'failed' ? '100%' : view.status === 'processing' ? '50%' : '0%',
				fail_reason: view.status === 'failed' ? view.failMessage : '',
				result_url: view.status !== 'succeed' ? '' : (view.spec?.resultUrl?.(view) ?? view.videoUrl),
				data: envelope(officialTask(view)),
			},
		};
	}
	return envelope(officialTask(view));
}

/**
 * An error answer in the official envelope.
 * @param {number} code
 * @param {string} message
 */
const errorBody = (code, message) => ({ code, message, request_id: randomUUID(), data: null });

/**
 * new-api's own refusal (a bad or disabled token), in the OpenAI error shape.
 * @param {string} message
 */
const newApiError = (message) => ({ error: { message: `${message} (request id: ${randomUUID()})`, type: 'new_api_error' } });

module.exports = { shapeOfPrefix, renderTask, envelope, errorBody, newApiError, officialTask };
