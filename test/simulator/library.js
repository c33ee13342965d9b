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

const { errorBody, officialTask } = require('./shapes');

const envelope = (/** @type {unknown} */ data) => ({ code: 0, message: 'SUCCEED', request_id: randomUUID(), data });
const numericId = () => `${Date.now()}${String(randomInt(1e6)).padStart(6, '0')}`;

/** The preset elements and voices every account sees. */
const PRESET_ELEMENTS = [
	{ element_id: '900000000000000001', element_name: 'Sim Astronaut', element_description: 'An astronaut in a white suit', tag: 'o_102' },
	{ element_id: '900000000000000002', element_name: 'Sim Red Fox', element_description: 'A red fox with a bushy tail', tag: 'o_103' },
	{ element_id: '900000000000000003', element_name: 'Sim Coffee Cup', element_description: 'A white ceramic coffee cup', tag: 'o_104' },
];
const PRESET_VOICES = [
	{ voice_id: 'sim_voice_warm_en', voice_name: 'Warm Narrator (EN)' },
	{ voice_id: 'sim_voice_bright_en', voice_name: 'Bright Host (EN)' },
	{ voice_id: 'sim_voice_calm_zh', voice_name: 'Calm Reader (ZH)' },
];
const TAGS = ['o_101', 'o_102', 'o_103', 'o_104', 'o_105', 'o_106', 'o_107', 'o_108'];

/** @param {import('./modules').RouteContext['store']} store */
function libraryOf(store) {
	store.library ??= { elements: new Map(), deletedVoices: new Set() };
	return /** @type {{ elements: Map<string, any>, deletedVoices: Set<string> }} */ (store.library);
}

/** @param {{ element_id: string, element_name: string, element_description: string, tag: string }} preset */
const presetElement = (preset) => ({
	element_id: preset.element_id,
	element_name: preset.element_name,
	element_description: preset.element_description,
	element_frontal_image: `https://sim.invalid/elements/${preset.element_id}.png`,
	element_refer_list: [{ image_url: `https://sim.invalid/elements/${preset.element_id}-1.png` }],
	tag_list: [{ id: preset.tag, name: preset.tag, description: '' }],
	owned_by: 'kling',
});

/**
 * The problem of what both creates share: name, description, tags.
 * @param {any} body
 */
function nameProblem(body) {
	if (typeof body !== 'object' || body === null) return 'the body must be a JSON object';
	if (typeof body.element_name !== 'string' || !body.element_name || [...body.element_name].length > 20) return 'element_name is required, at most 20 characters';
	if (typeof body.element_description !== 'string' || !body.element_description || [...body.element_description].length > 100) {
		return 'element_description is required, at most 100 characters';
	}
	if (body.tag_list !== undefined) {
		if (!Array.isArray(body.tag_list) || body.tag_list.some((/** @type {any} */ t) => !TAGS.includes(t?.tag_id))) return `tag_list[].tag_id must be one of ${TAGS.join(', ')}`;
	}
	return undefined;
}

/**
 * 1 to 3 reference images, each `{ image_url }`.
 * @param {unknown} refers
 * @param {string} key
 */
function referProblem(refers, key) {
	if (!Array.isArray(refers) || refers.length < 1 || refers.length > 3) return `${key} needs 1 to 3 images`;
	if (refers.some((/** @type {any} */ r) => typeof r?.image_url !== 'string' || !r.image_url)) return `${key}[].image_url is required`;
	return undefined;
}

/**
 * POST custom-elements (custom-elements.md): name, description, a frontal image, 1–3 reference images, tags.
 * @param {any} body
 */
function elementProblem(body) {
	const shared = nameProblem(body);
	if (shared) return shared;
	if (typeof body.element_frontal_image !== 'string' || !body.element_frontal_image) return 'element_frontal_image is required';
	return referProblem(body.element_refer_list, 'element_refer_list');
}

/**
 * POST advanced-custom-elements (Kling's 3.0 element, see the node's
 * validation/element.schema.ts for the sources): reference_type image_refer
 * with element_image_list {frontal_image, refer_images 1–3}, or video_refer
 * with element_video_list {refer_videos: one {video_url}} and optionally
 * element_voice_id (a video element only).
 * @param {any} body
 */
function advancedElementProblem(body) {
	const shared = nameProblem(body);
	if (shared) return shared;
	if (body.reference_type === 'image_refer') {
		const images = body.element_image_list;
		if (typeof images?.frontal_image !== 'string' || !images.frontal_image) return 'element_image_list.frontal_image is required for image_refer';
		if (body.element_voice_id !== undefined) return 'element_voice_id is only for video_refer elements';
		return referProblem(images.refer_images, 'element_image_list.refer_images');
	}
	if (body.reference_type === 'video_refer') {
		const videos = body.element_video_list?.refer_videos;
		if (!Array.isArray(videos) || videos.length !== 1) return 'element_video_list.refer_videos needs one video for video_refer';
		if (!/^https?:\/\//.test(String(videos[0]?.video_url ?? ''))) return 'element_video_list.refer_videos[].video_url must be an http(s) URL';
		if (body.element_voice_id !== undefined && (typeof body.element_voice_id !== 'string' || !body.element_voice_id)) return 'element_voice_id must be a voice ID';
		return undefined;
	}
	return 'reference_type must be image_refer or video_refer';
}

/**
 * The element as the API answers it (images as URLs: the simulator keeps no files for Base64 ones).
 * @param {any} body
 * @param {string} id
 */
const elementOf = (body, id) => ({
	element_id: id,
	element_name: body.element_name,
	element_description: body.element_description,
	element_frontal_image: /^https?:\/\//.test(body.element_frontal_image) ? body.element_frontal_image : `https://sim.invalid/elements/${id}.png`,
	element_refer_list: (Array.isArray(body.element_refer_list) ? body.element_refer_list : []).map((/** @type {any} */ r, /** @type {number} */ i) => ({
		image_url: /^https?:\/\//.test(r.image_url) ? r.image_url : `https://sim.invalid/elements/${id}-${i + 1}.png`,
	})),
	tag_list: (Array.isArray(body.tag_list) ? body.tag_list : []).map((/** @type {any} */ t) => ({ id: t.tag_id, name: t.tag_id, description: '' })),
	owned_by: 'sim-user',
});

/**
 * An advanced element as its task lists it (and the custom list shows it):
 * the sync element's fields, plus its reference type and the new lists.
 * @param {any} body
 * @param {string} id
 */
function advancedElementOf(body, id) {
	const byImages = body.reference_type === 'image_refer';
	const images = byImages ? body.element_image_list : undefined;
	const asUrl = (/** @type {unknown} */ value, /** @type {string} */ name) => (/^https?:\/\//.test(String(value)) ? value : `https://sim.invalid/elements/${name}.png`);
	return {
		...elementOf(
			{
				element_name: body.element_name,
				element_description: body.element_description,
				element_frontal_image: byImages ? images.frontal_image : `https://sim.invalid/elements/${id}.png`,
				element_refer_list: byImages ? images.refer_images : [],
				tag_list: body.tag_list,
			},
			id,
		),
		reference_type: body.reference_type,
		...(byImages
			? {
					element_image_list: {
						frontal_image: asUrl(images.frontal_image, id),
						refer_images: images.refer_images.map((/** @type {any} */ r, /** @type {number} */ i) => ({ image_url: asUrl(r.image_url, `${id}-${i + 1}`) })),
					},
				}
			: { element_video_list: body.element_video_list, element_voice_id: body.element_voice_id ?? `${id}-voice` }),
	};
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
 * @param {import('./modules').RouteContext} ctx
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

/** The voice a finished custom-voices task made. @param {import('./tasks').SimTaskView} view */
const voiceOf = (view) => ({
	voice_id: `${view.task_id}-voice`,
	voice_name: String(view.body.voice_name ?? ''),
	trial_url: view.mp3Url,
	owned_by: 'sim-user',
});

/** @type {import('./modules').ModuleRoute[]} */
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

/** @type {import('./modules').ModuleKind[]} */
const taskKinds = [
	{
		family: 'general',
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
		family: 'general',
		kind: 'advanced-custom-elements',
		gateways: false,
		rules: advancedElementProblem,
		result: (view) => ({ elements: [advancedElementOf(view.body, `${view.task_id}-element`)] }),
	},
];

module.exports = { routes, taskKinds, PRESET_ELEMENTS, PRESET_VOICES };
