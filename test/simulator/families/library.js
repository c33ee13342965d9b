// @ts-check
'use strict';
/**
 * Elements and voices (/v1/general/...), as the official reference documents
 * them (mirrored in WHQ25/rawgenai docs/research/kling/custom-elements.md and
 * custom-voices.md):
 * - custom elements: POST custom-elements answers the element at once; GET
 *   custom-elements and presets-elements list them; POST delete-elements
 *   removes a custom one. The 3.0 "advanced" creation is a task
 *   (advanced-custom-elements) whose result lists the element.
 * - voices: POST custom-voices is a task (its result lists the voice, with
 *   an MP3 sample); GET custom-voices lists those tasks; presets-voices the
 *   preset voices; POST delete-voices removes a custom one.
 * Gateways (the /newapi prefix) have none of these routes: plain-text 404.
 */

const { randomInt, randomUUID } = require('node:crypto');

const { errorBody, officialTask } = require('../shapes');
const { PRESET_ELEMENTS, presetElement, elementProblem, advancedElementProblem, elementOf, advancedElementOf } = require('./elements');

const envelope = (/** @type {unknown} */ data) => ({ code: 0, message: 'SUCCEED', request_id: randomUUID(), data });
const numericId = () => `${Date.now()}${String(randomInt(1e6)).padStart(6, '0')}`;

/** The preset voices every account sees. */
const PRESET_VOICES = [
	{ voice_id: 'sim_voice_warm_en', voice_name: 'Warm Narrator (EN)' },
	{ voice_id: 'sim_voice_bright_en', voice_name: 'Bright Host (EN)' },
	{ voice_id: 'sim_voice_calm_zh', voice_name: 'Calm Reader (ZH)' },
];

/** The family's state in the task store: elements made at once, deleted ones (null) and deleted voices. @param {import('../tasks').TaskStore} store */
function libraryOf(store) {
	store.state.library ??= { elements: new Map(), deletedVoices: new Set() };
	return /** @type {{ elements: Map<string, any>, deletedVoices: Set<string> }} */ (store.state.library);
}

/**
 * pageNum/pageSize as the list routes take them; undefined when out of range.
 * @param {URL} url
 */
function page(url) {
	const pageNum = Number(url.searchParams.get('pageNum') ?? 1);
	const pageSize = Number(url.searchParams.get('pageSize') ?? 30);
	if (!(pageNum >= 1 && pageNum <= 1000 && pageSize >= 1 && pageSize <= 500)) return undefined;
	return (/** @type {unknown[]} */ list) => list.slice((pageNum - 1) * pageSize, pageNum * pageSize);
}

/**
 * Gateways have none of these routes; a bad page is refused like the task lists.
 * @param {import('./index').RouteContext} ctx
 * @param {(list: (items: unknown[]) => unknown[]) => void} then
 */
function answer(ctx, then) {
	if (ctx.shape === 'newapi') {
		ctx.res.writeHead(404, { 'content-type': 'text/plain' });
		ctx.res.end('404 page not found');
		return;
	}
	const paging = page(ctx.url);
	if (!paging) return ctx.json(400, errorBody(1201, 'pageNum must be 1..1000 and pageSize 1..500'));
	then(paging);
}

/** The voice a finished custom-voices task made. @param {import('../tasks').SimTaskView} view */
const voiceOf = (view) => ({
	voice_id: `${view.task_id}-voice`,
	voice_name: String(view.body.voice_name ?? ''),
	trial_url: view.mp3Url,
	owned_by: 'sim-user',
});

/** @type {import('./index').Route[]} */
const routes = [
	{
		method: 'POST',
		path: /^\/v1\/general\/custom-elements\/?$/,
		handle: (ctx) =>
			answer(ctx, () => {
				const problem = elementProblem(ctx.body);
				if (problem) return ctx.json(400, errorBody(1201, `Invalid parameter: ${problem}`));
				const element = elementOf(ctx.body, numericId());
				libraryOf(ctx.store).elements.set(element.element_id, element);
				ctx.json(200, envelope(element));
			}),
	},
	{
		method: 'GET',
		path: /^\/v1\/general\/custom-elements\/?$/,
		handle: (ctx) =>
			answer(ctx, (paging) => {
				// Elements made by the advanced (task) route are listed too, once their task succeeded.
				const advanced = ctx.store
					.list('advanced-custom-elements')
					.map((task) => officialTask(ctx.store.view(task, ctx.baseUrl)))
					.flatMap((task) => (/** @type {any} */ (task).task_result?.elements ?? []))
					.filter((element) => libraryOf(ctx.store).elements.get(element.element_id) !== null);
				const custom = [...libraryOf(ctx.store).elements.values()].filter(Boolean).reverse();
				ctx.json(200, envelope(paging([...custom, ...advanced])));
			}),
	},
	{
		method: 'GET',
		path: /^\/v1\/general\/presets-elements\/?$/,
		handle: (ctx) => answer(ctx, (paging) => ctx.json(200, envelope(paging(PRESET_ELEMENTS.map(presetElement))))),
	},
	{
		method: 'POST',
		path: /^\/v1\/general\/delete-elements\/?$/,
		handle: (ctx) =>
			answer(ctx, () => {
				const id = String(ctx.body?.element_id ?? '');
				if (!id) return ctx.json(400, errorBody(1201, 'Invalid parameter: element_id is required'));
				if (PRESET_ELEMENTS.some((e) => e.element_id === id)) return ctx.json(400, errorBody(1201, 'Invalid parameter: only custom elements can be deleted'));
				const elements = libraryOf(ctx.store).elements;
				const advanced = ctx.store.list('advanced-custom-elements').some((task) => `${task.task_id}-element` === id);
				if (!elements.get(id) && !advanced) return ctx.json(400, errorBody(1203, `element ${id} not found`));
				// null marks a deleted element (also one the advanced route made).
				elements.set(id, null);
				ctx.json(200, envelope({ task_id: numericId(), task_status: 'succeed' }));
			}),
	},
	{
		method: 'GET',
		path: /^\/v1\/general\/custom-voices\/?$/,
		handle: (ctx) =>
			answer(ctx, (paging) => {
				const deleted = libraryOf(ctx.store).deletedVoices;
				const tasks = ctx.store
					.list('custom-voices')
					.filter((task) => !deleted.has(`${task.task_id}-voice`))
					.map((task) => officialTask(ctx.store.view(task, ctx.baseUrl)));
				ctx.json(200, envelope(paging(tasks)));
			}),
	},
	{
		method: 'GET',
		path: /^\/v1\/general\/presets-voices\/?$/,
		handle: (ctx) =>
			answer(ctx, (paging) =>
				ctx.json(
					200,
					envelope(
						paging(
							PRESET_VOICES.map((voice, i) => ({
								task_id: `90000000000000010${i}`,
								task_status: 'succeed',
								task_status_msg: '',
								task_result: { voices: [{ ...voice, trial_url: `${ctx.baseUrl}/files/preset-${voice.voice_id}.mp3`, owned_by: 'kling' }] },
								created_at: 1722769557708,
								updated_at: 1722769557708,
							})),
						),
					),
				),
			),
	},
	{
		method: 'POST',
		path: /^\/v1\/general\/delete-voices\/?$/,
		handle: (ctx) =>
			answer(ctx, () => {
				const id = String(ctx.body?.voice_id ?? '');
				if (!id) return ctx.json(400, errorBody(1201, 'Invalid parameter: voice_id is required'));
				if (PRESET_VOICES.some((v) => v.voice_id === id)) return ctx.json(400, errorBody(1201, 'Invalid parameter: only custom voices can be deleted'));
				const owner = ctx.store.list('custom-voices').find((task) => `${task.task_id}-voice` === id);
				const deleted = libraryOf(ctx.store).deletedVoices;
				if (!owner || deleted.has(id)) return ctx.json(400, errorBody(1203, `voice ${id} not found`));
				deleted.add(id);
				ctx.json(200, envelope({ task_id: numericId(), task_status: 'succeed' }));
			}),
	},
];

/** @type {import('./index').KindEntry[]} */
const kinds = [
	{
		kind: 'custom-voices',
		gateways: false,
		files: ['mp3'],
		rules: (body) => {
			if (typeof body.voice_name !== 'string' || [...body.voice_name].length > 20) return 'voice_name is required, at most 20 characters';
			if ((body.voice_url === undefined) === (body.video_id === undefined)) return 'one of voice_url and video_id is required';
			if (body.voice_url !== undefined && !/^https?:\/\//.test(String(body.voice_url))) return 'voice_url must be an http(s) URL';
			return undefined;
		},
		result: (view) => ({ voices: [voiceOf(view)] }),
	},
	{
		kind: 'advanced-custom-elements',
		gateways: false,
		rules: advancedElementProblem,
		result: (view) => ({ elements: [advancedElementOf(view.body, `${view.task_id}-element`)] }),
	},
];

/** @type {import('./index').Family} */
module.exports = { segment: 'general', pack: 'general', kinds, routes };
