// @ts-check
'use strict';
/**
 * Kling's new API (the model in the path), as its pages document it
 * (shared/spec/kling-api-2026.md §0, §A, §B; the pages kept verbatim in
 * aself101/kling-api docs/api/: kling-3.0-turbo-t2v.md, kling-3.0-turbo-i2v.md,
 * kling-omni-3.0-t2v.md, kling-omni-3.0-i2v.md, kling-omni-3.0-ovg.md,
 * kling-o1-video.md, kling-2.6-t2v.md, kling-2.6-i2v.md, kling-2.5-turbo-*.md,
 * kling-motion-control-3.0.md, kling-2.6-motion-control.md):
 * `POST /<product>/<model>` with `prompt` (text to video) or `contents[]`,
 * `settings{}` and `options{callback_url, external_task_id, watermark_info}`;
 * every task read at `GET /tasks?task_ids=…` or `?external_task_ids=…`; the
 * task written `{id, status (submitted|processing|succeeded|failed), message,
 * create_time, update_time, external_id, outputs[], billing[]}`.
 *
 * As a strict oracle, a body is refused (1201) for any key these pages do not
 * list, so a client that leaks a legacy field (model_name, negative_prompt,
 * camera_control) is caught. Its model list is its own (never the node's).
 * The routes themselves are served by ../newApi.js.
 */

const { promptOf } = require('../tasks');
const { isHttpUrl, isObject, findEmpty } = require('../validate');

const range = (/** @type {number} */ from, /** @type {number} */ to) => Array.from({ length: to - from + 1 }, (_, i) => from + i);
const FIFTEEN = range(3, 15);
const CLASSIC = [5, 10];
const RATIOS = ['16:9', '9:16', '1:1'];
const IMAGE_TYPES = ['first_frame', 'last_frame', 'refer_image', 'image'];
const VIDEO_TYPES = ['feature_video', 'base_video', 'video'];

/**
 * @typedef {object} NewModel
 * @property {number[]} [durations] `settings.duration` values (none: the product takes no duration)
 * @property {string[]} resolutions `settings.resolution`
 * @property {string[]} audio `settings.audio` values (none: no such setting)
 * @property {number} promptMax
 * @property {boolean} [multiShot] takes `settings.multi_shot`, and shots in the prompt ("shot n, m, words;")
 * @property {string[]} [types] `contents[].type` values
 */

/** @type {Record<string, Record<string, NewModel>>} per product, per model in the path */
const MODELS = {
	'text-to-video': {
		// 3.0 Turbo: no audio setting, shots in the prompt (kling-3.0-turbo-t2v.md).
		'kling-3.0-turbo': { durations: FIFTEEN, resolutions: ['720p', '1080p'], audio: [], promptMax: 3072 },
		'kling-3.0': { durations: FIFTEEN, resolutions: ['720p', '1080p', '4k'], audio: ['native', 'off'], promptMax: 3072, multiShot: true },
		'kling-2.6': { durations: CLASSIC, resolutions: ['720p', '1080p'], audio: ['native', 'off'], promptMax: 2500 },
		'kling-2.5-turbo': { durations: CLASSIC, resolutions: ['720p', '1080p'], audio: [], promptMax: 2500 },
	},
	'image-to-video': {
		// 3.0 Turbo: "only First Frame is supported", text ≤ 2500 (kling-3.0-turbo-i2v.md).
		'kling-3.0-turbo': { durations: FIFTEEN, resolutions: ['720p', '1080p'], audio: [], promptMax: 2500, types: ['prompt', 'first_frame'] },
		'kling-3.0': { durations: FIFTEEN, resolutions: ['720p', '1080p', '4k'], audio: ['native', 'off'], promptMax: 3072, multiShot: true, types: ['prompt', 'first_frame', 'last_frame', 'element'] },
		'kling-2.6': { durations: CLASSIC, resolutions: ['720p', '1080p'], audio: ['native', 'off'], promptMax: 2500, types: ['prompt', 'first_frame', 'last_frame', 'voice'] },
		'kling-2.5-turbo': { durations: CLASSIC, resolutions: ['720p', '1080p'], audio: [], promptMax: 2500, types: ['prompt', 'first_frame', 'last_frame'] },
	},
	'omni-video': {
		'kling-3.0-omni': {
			durations: FIFTEEN,
			resolutions: ['720p', '1080p', '4k'],
			audio: ['native', 'original', 'off'],
			promptMax: 3072,
			multiShot: true,
			types: ['prompt', 'first_frame', 'last_frame', 'refer_image', 'feature_video', 'base_video', 'element'],
		},
		'kling-o1': {
			durations: range(3, 10),
			resolutions: ['720p', '1080p'],
			audio: ['original', 'off'],
			promptMax: 2500,
			types: ['prompt', 'first_frame', 'last_frame', 'refer_image', 'feature_video', 'base_video', 'element'],
		},
	},
	'motion-control': {
		'kling-3.0': { resolutions: ['720p', '1080p'], audio: ['original', 'off'], promptMax: 2500, types: ['prompt', 'image', 'video', 'element'] },
		'kling-2.6': { resolutions: ['720p', '1080p'], audio: ['original', 'off'], promptMax: 2500, types: ['prompt', 'image', 'video'] },
	},
};

/** The settings each product documents (the model's row narrows audio and multi_shot). */
const SETTINGS = {
	'text-to-video': ['resolution', 'aspect_ratio', 'duration', 'audio', 'multi_shot'],
	'image-to-video': ['resolution', 'duration', 'audio', 'multi_shot'],
	'omni-video': ['resolution', 'aspect_ratio', 'duration', 'audio', 'multi_shot'],
	'motion-control': ['character_orientation', 'audio', 'resolution'],
};

/** @param {unknown} v an http(s) URL or plain Base64 (an image) */
const isImage = (v) => isHttpUrl(v) || (typeof v === 'string' && /^[A-Za-z0-9+/]+={0,2}$/.test(v) && Buffer.from(v, 'base64').length <= 50 * 1024 * 1024);

/**
 * Shots written in the prompt: "shot n, m, words; shot n, m, words;" (kling-3.0-turbo-t2v.md `prompt`:
 * n 1–6 in order, m ≥ 1 s adding up to the duration, words ≤ 512). Undefined when the prompt holds none.
 * @param {string} prompt @param {number} total
 */
function shotsProblem(prompt, total) {
	if (!/^\s*shot\s+\d+\s*,/i.test(prompt)) return undefined;
	const shots = prompt.split(';').map((part) => part.trim()).filter(Boolean);
	if (shots.length > 6) return 'a prompt holds at most 6 shots';
	let sum = 0;
	for (const [i, shot] of shots.entries()) {
		const match = /^shot\s+(\d+)\s*,\s*(\d+(?:\.\d+)?)\s*,\s*([\s\S]+)$/i.exec(shot);
		if (!match) return `shot ${i + 1} must read "shot n, m, words"`;
		if (Number(match[1]) !== i + 1) return `shot ${i + 1} is numbered ${match[1]}`;
		if (!(Number(match[2]) >= 1)) return `shot ${i + 1} must last at least 1 s`;
		if (match[3].length > 512) return `shot ${i + 1}'s words must be at most 512 characters`;
		sum += Number(match[2]);
	}
	return sum === total ? undefined : `the shots add up to ${sum} s, not the duration (${total} s)`;
}

/** @param {any} options */
function optionsProblem(options) {
	if (options === undefined) return undefined;
	if (!isObject(options)) return 'options must be an object';
	const unknown = Object.keys(options).find((key) => !['callback_url', 'external_task_id', 'watermark_info'].includes(key));
	if (unknown) return `options.${unknown} is not a field of this API`;
	if (options.callback_url !== undefined && !isHttpUrl(options.callback_url)) return 'options.callback_url must be an http(s) URL';
	if (options.external_task_id !== undefined && typeof options.external_task_id !== 'string') return 'options.external_task_id must be a string';
	if (options.watermark_info !== undefined && !(isObject(options.watermark_info) && typeof options.watermark_info.enabled === 'boolean' && Object.keys(options.watermark_info).length === 1)) {
		return 'options.watermark_info must be {enabled: boolean}';
	}
	return undefined;
}

/** @param {string} product @param {string} model @param {NewModel} spec @param {any} settings */
function settingsProblem(product, model, spec, settings) {
	if (settings === undefined) return undefined;
	if (!isObject(settings)) return 'settings must be an object';
	for (const key of Object.keys(settings)) {
		const documented = SETTINGS[/** @type {keyof typeof SETTINGS} */ (product)].includes(key);
		const byModel = (key !== 'audio' || spec.audio.length > 0) && (key !== 'multi_shot' || spec.multiShot) && (key !== 'duration' || spec.durations);
		if (!documented || !byModel) return `settings.${key} is not supported by ${model}`;
	}
	const { duration, resolution, aspect_ratio: ratio, audio, multi_shot: multiShot } = settings;
	if (duration !== undefined && !(Number.isInteger(duration) && spec.durations?.includes(duration))) {
		return `settings.duration must be an integer of ${spec.durations?.join(', ')} for ${model}`;
	}
	if (resolution !== undefined && !spec.resolutions.includes(resolution)) return `settings.resolution must be one of ${spec.resolutions.join(', ')} for ${model}`;
	if (ratio !== undefined && !RATIOS.includes(ratio)) return `settings.aspect_ratio must be one of ${RATIOS.join(', ')}`;
	if (audio !== undefined && !spec.audio.includes(audio)) return `settings.audio must be one of ${spec.audio.join(', ')} for ${model}`;
	if (multiShot !== undefined && typeof multiShot !== 'boolean') return 'settings.multi_shot must be a boolean';
	return undefined;
}

/** @param {NewModel} spec @param {any} contents */
function contentsProblem(spec, contents) {
	if (!Array.isArray(contents) || !contents.length) return 'contents is required';
	const ids = new Set();
	for (const [i, part] of contents.entries()) {
		if (!isObject(part) || !spec.types?.includes(part.type)) return `contents[${i}].type must be one of ${spec.types?.join(', ')}`;
		const fields = part.type === 'prompt' ? ['text'] : part.type === 'element' ? ['element_id', 'id'] : part.type === 'voice' ? ['voice_id', 'id'] : ['url', 'id'];
		const unknown = Object.keys(part).find((key) => key !== 'type' && !fields.includes(key));
		if (unknown) return `contents[${i}].${unknown} is not a field of a ${part.type}`;
		if (part.type === 'prompt' && typeof part.text !== 'string') return `contents[${i}].text is required`;
		if (part.type === 'prompt' && part.text.length > spec.promptMax) return `contents[${i}].text must be at most ${spec.promptMax} characters`;
		if (IMAGE_TYPES.includes(part.type) && !isImage(part.url)) return `contents[${i}].url must be an http(s) URL or Base64 of at most 50 MB`;
		if (VIDEO_TYPES.includes(part.type) && !isHttpUrl(part.url)) return `contents[${i}].url must be an http(s) URL`;
		if ((part.type === 'element' || part.type === 'voice') && (typeof part.id !== 'string' || typeof part[`${part.type}_id`] !== 'string')) {
			return `contents[${i}] needs ${part.type}_id and id`;
		}
		if (part.id !== undefined) {
			if (ids.has(part.id)) return `contents[${i}].id ${part.id} is used twice`;
			ids.add(part.id);
		}
	}
	return undefined;
}

/** What the products' own rules say about the parts together. @param {string} product @param {any} body */
function combinationProblem(product, body) {
	const parts = Array.isArray(body.contents) ? body.contents : [];
	const count = (/** @type {string} */ type) => parts.filter((/** @type {any} */ p) => p.type === type).length;
	const settings = body.settings ?? {};
	if (product === 'image-to-video') {
		if (count('first_frame') !== 1) return 'contents needs exactly one first_frame';
		if (count('last_frame') > 1) return 'contents takes at most one last_frame';
	}
	if (product === 'omni-video') {
		if (count('last_frame') && !count('first_frame')) return 'a last_frame needs a first_frame';
		const videos = count('feature_video') + count('base_video');
		if (videos > 1) return 'contents takes at most one reference video';
		if (count('base_video') && (count('first_frame') || count('last_frame'))) return 'a base_video cannot be combined with frames';
		if (!count('first_frame') && !videos && settings.aspect_ratio === undefined) return 'settings.aspect_ratio is required without a first frame or a video';
		if (count('feature_video') && settings.audio !== undefined && settings.audio !== 'off') return 'settings.audio can only be off with a feature_video';
		if (count('base_video') && settings.audio === 'native') return 'settings.audio cannot be native with a base_video';
		const images = count('refer_image') + count('first_frame') + count('last_frame') + count('element');
		if (images > (videos ? 4 : 7)) return `at most ${videos ? 4 : 7} images and elements${videos ? ' next to a video' : ''}`;
	}
	if (product === 'motion-control') {
		if (!['image', 'video'].includes(settings.character_orientation)) return 'settings.character_orientation must be image or video';
		if (count('image') !== 1 || count('video') !== 1) return 'contents needs one image and one video';
		if (count('element') > 1) return 'contents takes at most one element';
	}
	return undefined;
}

/**
 * The body's problem, in the host's words, or undefined.
 * @param {string} product @param {string} model @param {NewModel} spec @param {any} body
 */
function bodyProblem(product, model, spec, body) {
	if (!isObject(body)) return 'the body must be a JSON object';
	const empty = findEmpty(body, '');
	if (empty !== undefined) return `${empty || 'body'} must not be empty`;
	const top = product === 'text-to-video' ? ['prompt', 'settings', 'options'] : ['contents', 'settings', 'options'];
	const unknown = Object.keys(body).find((key) => !top.includes(key));
	if (unknown) return `${unknown} is not a field of this API`;
	if (product === 'text-to-video') {
		if (typeof body.prompt !== 'string') return 'prompt is required';
		if (body.prompt.length > spec.promptMax) return `prompt must be at most ${spec.promptMax} characters`;
	} else {
		const problem = contentsProblem(spec, body.contents);
		if (problem) return problem;
	}
	const problem = settingsProblem(product, model, spec, body.settings) ?? optionsProblem(body.options) ?? combinationProblem(product, body);
	if (problem) return problem;
	if (spec.multiShot && body.settings?.multi_shot !== false) return shotsProblem(promptOf(body), Number(body.settings?.duration ?? 5));
	return undefined;
}

const STATUS = { submitted: 'submitted', processing: 'processing', succeed: 'succeeded', failed: 'failed' };
/** `[sim:status=<word>]` in the prompt: while it renders, reads and callbacks say <word> (a status word no page lists). */
const STATUS_MARKER = /\[sim:status=([A-Za-z_]+)\]/;

/**
 * The task as the new API writes it (reads and callbacks): a video output once it succeeded
 * (`watermark_url` too when asked for), the cost in `billing[]` once final (one unit per 5 s, nothing for a failure).
 * @param {import('../tasks').SimTaskView} view
 */
function newApiTask(view) {
	const odd = STATUS_MARKER.exec(promptOf(view.body));
	/** @type {Record<string, unknown>} */
	const task = {
		id: view.task_id,
		status: view.status === 'processing' && odd ? odd[1] : STATUS[view.status],
		message: view.status === 'failed' ? view.failMessage : '',
		create_time: view.created_at,
		update_time: view.updated_at,
		...(view.external_task_id ? { external_id: view.external_task_id } : {}),
	};
	if (view.status === 'succeed') {
		const watermark = view.body.options?.watermark_info?.enabled === true ? { watermark_url: `${view.videoUrl}?watermark=1` } : {};
		task.outputs = [{ type: 'video', id: `${view.task_id}-v0`, url: view.videoUrl, ...watermark, duration: view.duration }];
		task.billing = [{ charge_type: 'unit', amount: String(Number(view.duration) / 5), package_type: 'video' }];
	}
	if (view.status === 'failed') task.billing = [];
	return task;
}

/**
 * A product's task kind, stored as `new:<product>` (the legacy kinds' names are their paths).
 * @param {string} product
 */
const product = (product) => ({
	kind: `new:${product}`,
	product,
	// Its tasks' `product_type` in the task list's filter (video, image, try_on: kling-3.0-turbo-t2v.md "Query Task (By Cursor)").
	productType: 'video',
	files: ['mp4'],
	modelsInPath: MODELS[/** @type {keyof typeof MODELS} */ (product)],
	render: newApiTask,
	/** @param {string} model @param {any} body */
	problem: (model, body) => bodyProblem(product, model, MODELS[/** @type {keyof typeof MODELS} */ (product)][model], body),
});

/** @type {import('./index').Family} */
module.exports = {
	pack: 'video',
	newApiKinds: [product('text-to-video'), product('image-to-video'), product('omni-video'), product('motion-control')],
};
