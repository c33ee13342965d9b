// @ts-check
'use strict';
/**
 * The account's concurrency, as Kling counts it ("Concurrency Rules"): per pack
 * type (video, image, virtual try-on), for all of the account's keys together;
 * a task holds its slots from `submitted` until it ends (failures included); an
 * image task holds one slot per image (`n`). A create over the limit is answered
 * HTTP 429 with code 1303 and creates nothing.
 */

const { statusChanges } = require('./tasks');

/** @typedef {'video' | 'image' | 'tryOn' | 'audio' | 'general'} PackType */
/** @typedef {Partial<Record<PackType, number>>} ConcurrencyLimits */

/**
 * The pack type a task kind draws on.
 * @param {string} family the path segment after /v1 ('videos', 'audio', 'images', 'general')
 * @param {string} kind
 * @returns {PackType}
 */
function packTypeOf(family, kind) {
	if (family === 'videos') return 'video';
	if (kind === 'kolors-virtual-try-on') return 'tryOn';
	if (family === 'images') return 'image';
	if (family === 'audio') return 'audio';
	return 'general';
}

/**
 * How many slots a create takes: an image task one per image it makes.
 * @param {PackType} pack
 * @param {any} body
 */
const weightOf = (pack, body) => (pack === 'image' ? Math.max(1, Number.isInteger(body?.n) ? body.n : 1) : 1);

class AccountConcurrency {
	/** @param {ConcurrencyLimits} [limits] no limit for a pack type left out */
	constructor(limits = {}) {
		/** @type {ConcurrencyLimits} */
		this.limits = { ...limits };
		/** @type {Partial<Record<PackType, number>>} the most slots in use at once, per pack type */
		this.peak = {};
		/** creates refused with 1303 */
		this.refused = 0;
	}

	/**
	 * Slots in use now: the tasks of the pack type not yet ended.
	 * @param {Iterable<import('./tasks').SimTask>} tasks
	 * @param {PackType} pack
	 * @param {(endpoint: string) => PackType} packOfKind
	 */
	inUse(tasks, pack, packOfKind, now = Date.now()) {
		let used = 0;
		for (const task of tasks) {
			if (packOfKind(task.endpoint) === pack && now < statusChanges(task).final) used += weightOf(pack, task.body);
		}
		return used;
	}

	/**
	 * Whether a create of this pack type fits now; records the peak when it does.
	 * @param {Iterable<import('./tasks').SimTask>} tasks
	 * @param {PackType} pack
	 * @param {any} body
	 * @param {(endpoint: string) => PackType} packOfKind
	 */
	admit(tasks, pack, body, packOfKind) {
		const used = this.inUse(tasks, pack, packOfKind);
		const limit = this.limits[pack];
		const weight = weightOf(pack, body);
		if (limit !== undefined && used + weight > limit) {
			this.refused++;
			return false;
		}
		this.peak[pack] = Math.max(this.peak[pack] ?? 0, used + weight);
		return true;
	}

	/** @param {ConcurrencyLimits} [limits] */
	reset(limits) {
		if (limits) this.limits = { ...limits };
		this.peak = {};
		this.refused = 0;
	}
}

/**
 * `video=5,image=10,tryOn=2` (the CLI's --concurrency) as limits.
 * @param {string} text
 * @returns {ConcurrencyLimits}
 */
function parseConcurrency(text) {
	/** @type {ConcurrencyLimits} */
	const limits = {};
	for (const part of text.split(',').map((p) => p.trim()).filter(Boolean)) {
		const [pack, value] = part.split('=');
		if (!['video', 'image', 'tryOn', 'audio', 'general'].includes(pack) || !(Number(value) >= 1)) {
			throw new Error(`--concurrency: "${part}" is not pack=N (video, image, tryOn, audio, general; N >= 1)`);
		}
		limits[/** @type {PackType} */ (pack)] = Math.floor(Number(value));
	}
	return limits;
}

/** Kling's answer to a create over the limit. */
const BUSY_MESSAGE = 'parallel task over resource pack limit';

module.exports = { AccountConcurrency, packTypeOf, parseConcurrency, BUSY_MESSAGE };
