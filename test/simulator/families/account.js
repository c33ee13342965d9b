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

/** @type {import('./index').Route[]} */
const routes = [
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
