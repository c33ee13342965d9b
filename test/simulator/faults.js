// @ts-check
'use strict';
/** Queued faults: what the next matching request gets instead of a normal answer. */

/**
 * @typedef {object} Fault
 * @property {'submit' | 'poll' | 'download' | 'list' | 'call' | 'any'} on
 * @property {number} [times]
 * @property {number} [status]
 * @property {number} [retryAfterSeconds]
 * @property {number} [code]
 * @property {string} [message]
 * @property {boolean} [html]
 * @property {boolean} [malformedJson]
 * @property {boolean} [reset]
 * @property {boolean} [resetAfterAccept]
 * @property {number} [delayMs]
 * @property {boolean} [truncate]
 */

class FaultQueue {
	constructor() {
		/** @type {Array<{ fault: Fault, left: number }>} */
		this.queue = [];
	}

	/** @param {Fault} fault */
	add(fault) {
		this.queue.push({ fault, left: fault.times ?? 1 });
	}

	/**
	 * The next fault for this kind of request, used up by one.
	 * @param {'submit' | 'poll' | 'download' | 'list' | 'call'} kind
	 * @returns {Fault | undefined}
	 */
	take(kind) {
		const entry = this.queue.find((e) => e.fault.on === kind || e.fault.on === 'any');
		if (!entry) return undefined;
		entry.left--;
		if (entry.left <= 0) this.queue.splice(this.queue.indexOf(entry), 1);
		return entry.fault;
	}

	clear() {
		this.queue.length = 0;
	}
}

const HTML_PAGE = (/** @type {number} */ status) =>
	`<!DOCTYPE html><html><head><title>${status} Bad Gateway</title></head><body><center><h1>${status} Bad Gateway</h1></center><hr><center>nginx</center></body></html>`;

/**
 * Answers with the fault, if it replaces the answer. Returns true when handled.
 * @param {import('node:http').ServerResponse} res
 * @param {Fault} fault
 */
function answerWithFault(res, fault) {
	if (fault.reset) {
		res.socket?.destroy();
		return true;
	}
	/** @type {Record<string, string>} */
	const headers = {};
	if (fault.retryAfterSeconds !== undefined) headers['retry-after'] = String(fault.retryAfterSeconds);
	if (fault.html) {
		res.writeHead(fault.status ?? 502, { ...headers, 'content-type': 'text/html; charset=utf-8' });
		res.end(HTML_PAGE(fault.status ?? 502));
		return true;
	}
	if (fault.malformedJson) {
		res.writeHead(fault.status ?? 200, { ...headers, 'content-type': 'application/json' });
		res.end('{"code":0,"message":"SUCCEED","data":{"task_id":"12');
		return true;
	}
	if (fault.code !== undefined || fault.status !== undefined) {
		const status = fault.status ?? 200;
		const code = fault.code ?? (status === 429 ? 1302 : status >= 500 ? 5000 : 1200);
		res.writeHead(status, { ...headers, 'content-type': 'application/json' });
		res.end(JSON.stringify({ code, message: fault.message ?? `Simulated ${status === 429 ? 'rate limit' : 'error'}`, request_id: 'sim-fault', data: null }));
		return true;
	}
	return false;
}

module.exports = { FaultQueue, answerWithFault };
