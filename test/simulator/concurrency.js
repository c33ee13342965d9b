// @ts-check
'use strict';
/**
 * The account's concurrency, as Kling counts it ("Concurrency Rules"): per pack
 * type (video, image, virtual try-on), for all of the account's keys together;
 * a task holds its slots from `submitted` until it ends (failures included).
 * Which pack a kind draws on, and how many slots (an image task one per image,
 * `n`), its family says (families/). A create over the limit is answered
 * HTTP 429 with code 1303 and creates nothing.
 */

const { statusChanges } = require('./tasks');

/** @typedef {'video' | 'image' | 'tryOn' | 'audio' | 'general'} PackType */
/** @typedef {Partial<Record<PackType, number>>} ConcurrencyLimits */

/** @typedef {(kind: string) => import('./families').TaskKind | undefined} KindOf */

/**
 * The pack a task kind draws on and the slots a create takes (its family says; general and 1 for a kind it does not know).
 * @param {import('./families').TaskKind | undefined} kind
 * @param {any} body
 */
const demandOf = (kind, body) => ({ pack: kind?.pack ?? 'general', slots: kind?.slots?.(body) ?? 1 });

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
	 * @param {KindOf} kindOf
	 */
	inUse(tasks, pack, kindOf, now = Date.now()) {
		let used = 0;
		for (const task of tasks) {
			const demand = demandOf(kindOf(task.endpoint), task.body);
			if (demand.pack === pack && now < statusChanges(task).final) used += demand.slots;
		}
		return used;
	}

	/**
	 * Whether a create of this kind fits now; records the peak when it does.
	 * @param {Iterable<import('./tasks').SimTask>} tasks
	 * @param {string} kind
	 * @param {any} body
	 * @param {KindOf} kindOf
	 */
	admit(tasks, kind, body, kindOf) {
		const { pack, slots: weight } = demandOf(kindOf(kind), body);
		const used = this.inUse(tasks, pack, kindOf);
		const limit = this.limits[pack];
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

module.exports = { AccountConcurrency, parseConcurrency, BUSY_MESSAGE };
