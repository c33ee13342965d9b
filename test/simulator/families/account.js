// @ts-check
'use strict';
/**
 * The account's resource packs: GET /account/costs, as the official reference
 * documents it (mirrored in WHQ25/rawgenai docs/research/kling/account-costs.md):
 * `start_time` and `end_time` (Unix ms) both required, `resource_pack_name`
 * optional; the answer lists `data.resource_pack_subscribe_infos[]`.
 * The route sits at the API root, beside /v1 (and under the /kling prefix,
 * like an aggregator that proxies the whole Kling API). The /flat host
 * answers it like an aggregator without the route (HTTP 404, code 1203), a
 * new-api gateway (/newapi) with its router's plain-text 404.
 */

const { randomUUID } = require('node:crypto');

const { errorBody } = require('../shapes');

const DAY = 86_400_000;

/**
 * The seeded packs, their times relative to the request. Which packs a time
 * range selects Kling does not document; the simulator lists those whose
 * purchase-to-expiry period overlaps it (so the 400-day-old expired pack only
 * shows for a range reaching back that far).
 * @param {number} now
 */
const seededPacks = (now) => [
	pack('Video Generation 1000', 'sim-pack-video-1000', 'decreasing_total', 1000, 640.5, now - 20 * DAY, now - 20 * DAY, now + 340 * DAY, 'online'),
	pack('Monthly Constant 300', 'sim-pack-monthly-300', 'constant_period', 300, 120, now - 10 * DAY, now - 10 * DAY, now + 20 * DAY, 'online'),
	pack('Trial 200', 'sim-pack-trial-200', 'decreasing_total', 200, 0, now - 25 * DAY, now - 25 * DAY, now + 5 * DAY, 'runOut'),
	pack('Video Generation 500', 'sim-pack-video-500', 'decreasing_total', 500, 500, now - DAY, now + 2 * DAY, now + 367 * DAY, 'toBeOnline'),
	pack('Old Pack 100', 'sim-pack-old-100', 'decreasing_total', 100, 12, now - 400 * DAY, now - 400 * DAY, now - 35 * DAY, 'expired'),
];

/**
 * @param {string} name @param {string} id @param {string} type @param {number} total @param {number} remaining
 * @param {number} purchase @param {number} effective @param {number} invalid @param {string} status
 */
function pack(name, id, type, total, remaining, purchase, effective, invalid, status) {
	return {
		resource_pack_name: name,
		resource_pack_id: id,
		resource_pack_type: type,
		total_quantity: total,
		remaining_quantity: remaining,
		purchase_time: purchase,
		effective_time: effective,
		invalid_time: invalid,
		status,
	};
}

/** A Unix time in ms as the query carries it: digits only. @param {string | null} value */
const millis = (value) => (value !== null && /^\d+$/.test(value) ? Number(value) : undefined);

/*
 * The deduction records: POST /account/billing/package (units taken from the resource packs) and
 * POST /account/billing/balance (cash taken from the balance), new 07/06/2026, as Kling's reference
 * documents them (kling.ai/document-api/api/assets/billing-deduction/package and /balance, fetched
 * 2026-09-20, kept in aself101/kling-api docs/api/kling-assets-package.md, kling-assets-balance.md).
 * The body is the query: start_time and end_time (Unix ms, start before end) required without a
 * cursor; limit 1–500 (500); filters [{key, values[]}] with the keys the route lists (package:
 * api_key_name, product_type, package_name, package_id, the last two not both; balance:
 * api_key_name), the same key's values OR'ed, different keys AND'ed, an empty values list no
 * filter; cursor (a next_cursor) overrides all of them. The answer:
 * data{result{detail[], count}, next_cursor, has_more}, newest first.
 */

/** The seeded packs' names by id, for the package_name filter (the rows carry package_id only). */
const PACK_NAMES = { 'sim-pack-video-1000': 'Video Generation 1000', 'sim-pack-monthly-300': 'Monthly Constant 300', 'sim-pack-image-5000': 'Image Pack 5000' };

/**
 * 1201 unit deductions, newest first: 1200 in the last 25 days (one every 30 minutes, enough for
 * three pages of 500), one 40 days ago. Every fourth an image task; the rest 5 s videos on the two
 * online video packs. Each pack's units before and after are counted back from what Get Costs lists
 * as left in it (the newest deduction ends there).
 * @param {number} now
 */
function unitRows(now) {
	const rows = Array.from({ length: 1201 }, (_, i) => {
		const image = i % 4 === 3;
		const packageId = image ? 'sim-pack-image-5000' : i % 2 === 0 ? 'sim-pack-video-1000' : 'sim-pack-monthly-300';
		return {
			package_id: packageId,
			product_type: image ? 'image' : 'video',
			task_id: `sim-deduction-task-${i + 1}`,
			api_key_name: i % 3 === 2 ? 'staging' : 'production',
			product_function: image ? 'Text to Image' : 'Text to Video',
			model_name: image ? 'kling-v3' : 'kling-v2-6',
			resolution: image ? '1k' : '1080p',
			// Kling lists these "only for video generation tasks".
			...(image ? {} : { duration: '5.04', refer_video_input: false, video_sound: 'off', voice_control: false }),
			deduction_time: String(now - (i === 1200 ? 40 * DAY : (i * 30 + 15) * 60_000)),
			deduction_amount: image ? 8.0 : 2.5,
		};
	});
	/** @type {Record<string, number>} */
	const left = { 'sim-pack-video-1000': 640.5, 'sim-pack-monthly-300': 120, 'sim-pack-image-5000': 5000 };
	for (const row of rows) {
		Object.assign(row, { unit_before_deduction: left[row.package_id] + row.deduction_amount, unit_after_deduction: left[row.package_id] });
		left[row.package_id] += row.deduction_amount;
	}
	return rows;
}

/**
 * Five cash deductions in the last 30 days (one from the test balance) and one 45 days ago.
 * @param {number} now
 */
function balanceRows(now) {
	let balance = 100;
	const rows = [1, 3, 6, 10, 15, 45].map((days, i) => ({
		task_id: `sim-cash-task-${i + 1}`,
		api_key_name: i === 2 ? 'staging' : 'production',
		product_function: 'Image to Video',
		model_name: 'kling-v3',
		resolution: i % 2 === 0 ? '720p' : '1080p',
		duration: '5',
		refer_video_input: false,
		video_sound: 'native',
		voice_control: false,
		deduction_time: String(now - days * DAY),
		cash_type: i === 1 ? 'test_balance' : 'balance',
		deduction_amount: i % 2 === 0 ? 0.5 : 0.7,
		list_price: i % 2 === 0 ? 0.63 : 0.84,
		currency: 'USD',
	}));
	for (const row of [...rows].reverse()) {
		Object.assign(row, { balance_before_deduction: balance, balance_after_deduction: Math.round((balance - row.deduction_amount) * 100) / 100 });
		balance = Math.round((balance - row.deduction_amount) * 100) / 100;
	}
	return rows;
}

const FILTER_KEYS = { package: ['api_key_name', 'product_type', 'package_name', 'package_id'], balance: ['api_key_name'] };

/** @param {string} route @param {Record<string, unknown>} query @param {number} offset */
const cursorOf = (route, query, offset) => Buffer.from(JSON.stringify({ route, query, offset })).toString('base64url');

/** @param {string} cursor @returns {{ route: string, query: Record<string, any>, offset: number } | undefined} */
function readCursor(cursor) {
	try {
		const read = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
		return typeof read?.offset === 'number' && typeof read?.route === 'string' && typeof read?.query === 'object' ? read : undefined;
	} catch {
		return undefined;
	}
}

/**
 * The query of a first page, checked as documented; a problem is answered 1201.
 * @param {'package' | 'balance'} route @param {any} body
 * @returns {{ query: { start_time: number, end_time: number, limit: number, filters: Record<string, string[]> } } | { problem: string }}
 */
function firstQueryOf(route, body) {
	if (typeof body !== 'object' || body === null || Array.isArray(body)) return { problem: 'the body must be a JSON object' };
	const unknown = Object.keys(body).filter((key) => !['start_time', 'end_time', 'limit', 'filters'].includes(key));
	if (unknown.length) return { problem: `unknown parameter ${unknown[0]}` };
	const { start_time: start, end_time: end, limit = 500, filters = [] } = body;
	if (!Number.isInteger(start) || !Number.isInteger(end)) return { problem: 'start_time and end_time are required (Unix ms) when there is no cursor' };
	if (start >= end) return { problem: 'start_time must be before end_time' };
	if (!Number.isInteger(limit) || limit < 1 || limit > 500) return { problem: 'limit must be an integer from 1 to 500' };
	if (!Array.isArray(filters)) return { problem: 'filters must be an array' };
	/** @type {Record<string, string[]>} */
	const byKey = {};
	for (const filter of filters) {
		if (!FILTER_KEYS[route].includes(filter?.key)) return { problem: `filters: unknown key ${JSON.stringify(filter?.key)}` };
		if (!Array.isArray(filter.values) || filter.values.some((/** @type {unknown} */ v) => typeof v !== 'string' || v === '')) {
			return { problem: `filters: ${filter.key} needs values, a list of texts` };
		}
		if (filter.values.length) byKey[filter.key] = [...(byKey[filter.key] ?? []), ...filter.values];
	}
	if (byKey.package_name && byKey.package_id) return { problem: 'package_name and package_id cannot be set together' };
	return { query: { start_time: start, end_time: end, limit, filters: byKey } };
}

/** @param {'package' | 'balance'} route */
function deductionRoute(route) {
	/** @type {import('./index').Route} */
	const served = {
		method: 'POST',
		path: new RegExp(`^\\/account\\/billing\\/${route}\\/?$`),
		handle: (ctx) => {
			if (ctx.shape === 'newapi') {
				ctx.res.writeHead(404, { 'content-type': 'text/plain' });
				ctx.res.end('404 page not found');
				return;
			}
			if (ctx.shape === 'flat') return ctx.json(404, errorBody(1203, `no route POST ${ctx.url.pathname}`));
			const body = ctx.body ?? {};
			/** @type {{ start_time: number, end_time: number, limit: number, filters: Record<string, string[]> }} */
			let query;
			let offset = 0;
			if (typeof body === 'object' && body !== null && 'cursor' in body) {
				const read = typeof body.cursor === 'string' && body.cursor !== '' ? readCursor(body.cursor) : undefined;
				if (!read || read.route !== route) return ctx.json(400, errorBody(1201, 'Invalid parameter: cursor'));
				({ query, offset } = read);
			} else {
				const first = firstQueryOf(route, body);
				if ('problem' in first) return ctx.json(400, errorBody(1201, `Invalid parameter: ${first.problem}`));
				query = first.query;
			}
			const now = Date.now();
			const all = (route === 'package' ? unitRows(now) : balanceRows(now)).filter((/** @type {Record<string, any>} */ row) => {
				const at = Number(row.deduction_time);
				if (at < query.start_time || at > query.end_time) return false;
				return Object.entries(query.filters).every(([key, values]) =>
					values.includes(key === 'package_name' ? PACK_NAMES[/** @type {keyof typeof PACK_NAMES} */ (row.package_id)] : row[key]),
				);
			});
			const detail = all.slice(offset, offset + query.limit);
			const more = offset + query.limit < all.length;
			ctx.json(200, {
				code: 0,
				message: 'SUCCEED',
				request_id: randomUUID(),
				data: { result: { detail, count: detail.length }, next_cursor: more ? cursorOf(route, query, offset + query.limit) : '', has_more: more },
			});
		},
	};
	return served;
}

/** @type {import('./index').Route[]} */
const routes = [
	deductionRoute('package'),
	deductionRoute('balance'),
	{
		method: 'GET',
		path: /^\/account\/costs\/?$/,
		handle: (ctx) => {
			if (ctx.shape === 'newapi') {
				ctx.res.writeHead(404, { 'content-type': 'text/plain' });
				ctx.res.end('404 page not found');
				return;
			}
			if (ctx.shape === 'flat') return ctx.json(404, errorBody(1203, `no route GET ${ctx.url.pathname}`));
			const query = ctx.url.searchParams;
			const start = millis(query.get('start_time'));
			const end = millis(query.get('end_time'));
			if (start === undefined || end === undefined) {
				return ctx.json(400, errorBody(1201, 'Invalid parameter: start_time and end_time are required, Unix times in ms'));
			}
			if (start >= end) return ctx.json(400, errorBody(1201, 'Invalid parameter: start_time must be before end_time'));
			const name = query.get('resource_pack_name');
			const packs = seededPacks(Date.now()).filter(
				(p) => p.purchase_time <= end && p.invalid_time >= start && (name === null || p.resource_pack_name === name),
			);
			ctx.json(200, { code: 0, message: 'SUCCEED', request_id: randomUUID(), data: { code: 0, msg: 'success', resource_pack_subscribe_infos: packs } });
		},
	},
];

/** @type {import('./index').Family} */
module.exports = { routes };
