// @ts-check
'use strict';
/**
 * Kling's callbacks: at each status change of a task that has a callback_url,
 * a POST of the bare task object (no envelope) to that URL as given, query
 * string included. With a Webhook Secret they are signed as Kling signs them
 * (Standard Webhooks: webhook-id, webhook-timestamp, webhook-signature), and
 * tests can forge, replay, backdate and dual-sign them. A failed POST is
 * recorded and not retried: Kling documents no retry. Fault modes make the
 * duplicates, reordering, losses and delays a receiver has to survive.
 */

const http = require('node:http');
const https = require('node:https');
const { createHmac, randomUUID } = require('node:crypto');

const { statusChanges, promptOf } = require('./tasks');

/**
 * @typedef {object} CallbackFaults
 * @property {boolean} [duplicateFinal] the final callback is sent twice
 * @property {boolean} [outOfOrder] the processing callback comes after the final one
 * @property {boolean} [loseFinal] the final callback is never sent
 * @property {number} [lateFinalMs] the final callback comes this long after the task finished
 * @property {boolean} [none] no callbacks at all
 */
/**
 * @typedef {object} CallbackRecord
 * @property {string} url
 * @property {string} [taskId]
 * @property {string} [externalTaskId]
 * @property {string} [status] the task_status sent
 * @property {number} at when the POST started
 * @property {'lifecycle' | 'manual' | 'forged' | 'replayed'} source
 * @property {unknown} body what was sent
 * @property {string} payload the exact bytes sent (UTF-8)
 * @property {Record<string, string>} headers the signature headers sent (empty when unsigned)
 * @property {number} [responseStatus]
 * @property {string} [responseBody] its first 500 characters
 * @property {string} [error] why it failed: a network error, or `HTTP <status>` for a non-2xx answer
 */

/**
 * How one callback is signed; every field left out is as Kling signs (with the simulator's secrets, now).
 * @typedef {object} CallbackSigning
 * @property {string | string[] | null} [secret] sign with these instead (several: one `v1,` signature each, space-separated, as during a rotation); null: unsigned
 * @property {number} [timestampSeconds] the webhook-timestamp sent (signed as it is: a stale or future one)
 * @property {string} [id] the webhook-id
 * @property {string} [signature] the webhook-signature header sent as it is (a forgery)
 * @property {(payload: string) => string} [tamper] the body sent, changed after it was signed
 */

/**
 * A Standard Webhooks signature: `v1,` + Base64(HMAC-SHA256(key = Base64 after `whsec_`, `<id>.<timestamp>.<payload>`)).
 * @param {string} secret
 * @param {string} id
 * @param {number | string} timestamp
 * @param {string} payload
 */
function webhookSignature(secret, id, timestamp, payload) {
	const key = Buffer.from(secret.replace(/^whsec_/, ''), 'base64');
	return `v1,${createHmac('sha256', key).update(`${id}.${timestamp}.${payload}`).digest('base64')}`;
}

/** @param {string | string[] | null | undefined} secret */
const secretList = (secret) => (secret == null ? [] : Array.isArray(secret) ? secret : [secret]).filter(Boolean);

/**
 * The signature headers of one callback (none without a secret).
 * @param {string[]} secrets
 * @param {string} payload
 * @param {CallbackSigning} signing
 * @returns {Record<string, string>}
 */
function signatureHeaders(secrets, payload, signing) {
	const used = signing.secret === undefined ? secrets : secretList(signing.secret);
	if (!used.length && signing.signature === undefined) return {};
	const id = signing.id ?? `msg_${randomUUID()}`;
	const timestamp = String(signing.timestampSeconds ?? Math.floor(Date.now() / 1000));
	const signature = signing.signature ?? used.map((secret) => webhookSignature(secret, id, timestamp, payload)).join(' ');
	return { 'webhook-id': id, 'webhook-timestamp': timestamp, 'webhook-signature': signature };
}

const MARKERS = /** @type {const} */ ({
	duplicateFinal: '[sim:cb-duplicate]',
	outOfOrder: '[sim:cb-out-of-order]',
	loseFinal: '[sim:cb-lose-final]',
	none: '[sim:cb-none]',
});
const LATE_MARKER = /\[sim:cb-late=(\d+)\]/;
const FLAGS = /** @type {const} */ (['duplicateFinal', 'outOfOrder', 'loseFinal', 'none']);
const DUPLICATE_AFTER_MS = 300;
const ANSWER_TIMEOUT_MS = 10_000;
const KEPT_CHARS = 500;

/**
 * The faults for one task: the global ones plus the markers in its prompt.
 * @param {unknown} prompt
 * @param {CallbackFaults} global
 * @returns {CallbackFaults}
 */
function faultsFor(prompt, global) {
	const text = typeof prompt === 'string' ? prompt : '';
	/** @type {CallbackFaults} */
	const faults = { ...global };
	for (const flag of FLAGS) if (text.includes(MARKERS[flag])) faults[flag] = true;
	const late = LATE_MARKER.exec(text);
	if (late) faults.lateFinalMs = Number(late[1]);
	return faults;
}

/**
 * The CLI's `--callback-faults duplicateFinal,loseFinal,lateFinalMs=2000`.
 * @param {string} list
 * @returns {CallbackFaults}
 */
function parseCallbackFaults(list) {
	/** @type {CallbackFaults} */
	const faults = {};
	for (const item of list.split(',').map((s) => s.trim()).filter(Boolean)) {
		const late = /^lateFinalMs=(\d+)$/.exec(item);
		if (late) faults.lateFinalMs = Number(late[1]);
		else if (FLAGS.includes(/** @type {any} */ (item))) faults[/** @type {typeof FLAGS[number]} */ (item)] = true;
		else throw new Error(`unknown callback fault '${item}' (known: ${FLAGS.join(', ')}, lateFinalMs=N)`);
	}
	return faults;
}

class CallbackSender {
	/**
	 * @param {(task: import('./tasks').SimTask, now: number) => Record<string, unknown>} render the task object as of a time
	 * @param {CallbackFaults} [faults] for all tasks
	 * @param {string | string[]} [webhookSecret] signs every callback (several: each signature, as during a rotation)
	 */
	constructor(render, faults = {}, webhookSecret = undefined) {
		this.render = render;
		/** @type {CallbackFaults} */
		this.faults = { ...faults };
		/** @type {string[]} the Webhook Secrets every callback is signed with */
		this.secrets = secretList(webhookSecret);
		/** @type {CallbackRecord[]} */
		this.records = [];
		/** @type {Set<NodeJS.Timeout>} */
		this.timers = new Set();
		/** @type {Set<import('node:http').ClientRequest>} */
		this.inFlight = new Set();
		// Bumped by reset: POSTs of an earlier test that end later are not recorded in the next one.
		this.generation = 0;
		this.closed = false;
	}

	/**
	 * Plans the task's callbacks; the faults are fixed at this point.
	 * @param {import('./tasks').SimTask} task
	 */
	schedule(task) {
		if (!task.callback_url) return;
		const faults = faultsFor(promptOf(task.body), this.faults);
		if (faults.none) return;
		const changes = statusChanges(task);
		const generation = this.generation;
		const send = (/** @type {number} */ asOf) => this.sendAsOf(task, asOf, 'lifecycle');
		const finalAt = changes.final + (faults.lateFinalMs ?? 0);

		this.at(changes.submitted, () => send(changes.submitted));
		if (!faults.outOfOrder) this.at(changes.processing, () => send(changes.processing));
		if (faults.loseFinal) {
			if (faults.outOfOrder) this.at(finalAt, () => send(changes.processing));
			return;
		}
		this.at(finalAt, async () => {
			await send(changes.final);
			// Only once the final one has been answered, so the receiver surely sees them in this order.
			if (faults.outOfOrder && generation === this.generation && !this.closed) send(changes.processing);
		});
		if (faults.duplicateFinal) this.at(finalAt + DUPLICATE_AFTER_MS, () => send(changes.final));
	}

	/**
	 * One callback now, as the task is now, with body fields replaced by `overrides`.
	 * @param {import('./tasks').SimTask} task
	 * @param {Record<string, unknown>} [overrides]
	 * @param {CallbackSigning} [signing]
	 */
	sendNow(task, overrides = {}, signing = {}) {
		if (!task.callback_url) return Promise.reject(new Error(`task ${task.task_id} has no callback_url`));
		const body = { ...this.render(task, Date.now()), ...overrides };
		return this.post(task.callback_url, body, 'manual', 'application/json', signing);
	}

	/**
	 * POSTs a recorded callback again: the same URL, bytes and signature headers (its timestamp as it was).
	 * @param {CallbackRecord} record
	 */
	replay(record) {
		return this.post(record.url, record.payload, 'replayed', 'application/json', {}, record.headers);
	}

	/**
	 * @param {import('./tasks').SimTask} task
	 * @param {number} asOf the time of the status change reported
	 * @param {CallbackRecord['source']} source
	 */
	sendAsOf(task, asOf, source) {
		return this.post(/** @type {string} */ (task.callback_url), this.render(task, asOf), source);
	}

	/**
	 * POSTs once; resolves with the record, never rejects.
	 * @param {string} url
	 * @param {unknown} body an object is sent as JSON, a string as it is
	 * @param {CallbackRecord['source']} source
	 * @param {string} [contentType]
	 * @param {CallbackSigning} [signing]
	 * @param {Record<string, string>} [sameHeaders] a replay's headers, sent as they were
	 * @returns {Promise<CallbackRecord>}
	 */
	post(url, body, source, contentType = 'application/json', signing = {}, sameHeaders = undefined) {
		const signed = typeof body === 'string' ? body : JSON.stringify(body);
		const headers = sameHeaders ? { ...sameHeaders } : signatureHeaders(this.secrets, signed, signing);
		const payload = signing.tamper ? signing.tamper(signed) : signed;
		let task = typeof body === 'object' && body !== null ? /** @type {Record<string, any>} */ (body) : {};
		if (source === 'replayed') {
			try {
				task = JSON.parse(payload) ?? {};
			} catch {
				task = {};
			}
		}
		// The legacy callback's names, or the new API's (id, external_id, status).
		const taskId = task.task_id ?? task.id;
		const externalTaskId = task.task_info?.external_task_id ?? task.external_id;
		const status = task.task_status ?? task.status;
		/** @type {CallbackRecord} */
		const record = {
			url,
			taskId: typeof taskId === 'string' ? taskId : undefined,
			externalTaskId: typeof externalTaskId === 'string' ? externalTaskId : undefined,
			status: typeof status === 'string' ? status : undefined,
			at: Date.now(),
			source,
			body,
			payload,
			headers,
		};
		const generation = this.generation;
		return new Promise((resolve) => {
			/** @type {import('node:http').ClientRequest | undefined} */
			let request;
			let settled = false;
			const done = (/** @type {Partial<CallbackRecord>} */ outcome) => {
				if (settled) return;
				settled = true;
				if (request) this.inFlight.delete(request);
				Object.assign(record, outcome);
				if (generation === this.generation) this.records.push(record);
				resolve(record);
			};
			if (this.closed) return done({ error: 'simulator closed' });
			/** @type {URL} */
			let target;
			try {
				target = new URL(url);
			} catch {
				return done({ error: `invalid URL ${url}` });
			}
			if (target.protocol !== 'http:' && target.protocol !== 'https:') return done({ error: `not an http(s) URL: ${url}` });
			const client = target.protocol === 'https:' ? https : http;
			// agent: false, so no kept-alive socket outlives the simulator.
			request = client.request(
				target,
				{ method: 'POST', agent: false, timeout: ANSWER_TIMEOUT_MS, headers: { 'content-type': contentType, 'content-length': Buffer.byteLength(payload), ...headers } },
				(response) => {
					let text = '';
					response.setEncoding('utf8');
					response.on('data', (chunk) => {
						if (text.length < KEPT_CHARS) text += chunk;
					});
					const status = response.statusCode ?? 0;
					const answer = { responseStatus: status, responseBody: '' };
					response.on('end', () => {
						answer.responseBody = text.slice(0, KEPT_CHARS);
						done({ ...answer, error: status >= 200 && status < 300 ? undefined : `HTTP ${status}` });
					});
					response.on('error', (error) => done({ ...answer, responseBody: text.slice(0, KEPT_CHARS), error: error.message }));
					response.on('close', () => done({ ...answer, responseBody: text.slice(0, KEPT_CHARS), error: 'connection closed before the answer ended' }));
				},
			);
			this.inFlight.add(request);
			request.on('timeout', () => request?.destroy(new Error(`no answer within ${ANSWER_TIMEOUT_MS} ms`)));
			request.on('error', (error) => done({ error: error.message }));
			request.end(payload);
		});
	}

	/**
	 * Runs `fn` at a wall-clock time.
	 * @param {number} time
	 * @param {() => void} fn
	 */
	at(time, fn) {
		if (this.closed) return;
		const timer = setTimeout(() => {
			this.timers.delete(timer);
			// Timers run on a monotonic clock; never report a status before a read would show it.
			if (Date.now() < time) return this.at(time, fn);
			fn();
		}, Math.max(0, time - Date.now()));
		this.timers.add(timer);
	}

	/** Cancels what is planned and what is under way. */
	stop() {
		for (const timer of this.timers) clearTimeout(timer);
		this.timers.clear();
		for (const request of this.inFlight) request.destroy(new Error('simulator stopped'));
		this.inFlight.clear();
	}

	/**
	 * @param {CallbackFaults} [faults] the global faults to go back to
	 * @param {string | string[]} [webhookSecret] the secrets to go back to
	 */
	reset(faults = {}, webhookSecret = undefined) {
		this.generation++;
		this.stop();
		this.records.length = 0;
		this.faults = { ...faults };
		this.secrets = secretList(webhookSecret);
	}

	close() {
		this.closed = true;
		this.stop();
	}
}

module.exports = { CallbackSender, faultsFor, parseCallbackFaults, webhookSignature, MARKERS };
