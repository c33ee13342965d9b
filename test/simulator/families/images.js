// @ts-check
'use strict';
/**
 * The image tasks (/v1/images/...), as the official reference documents them
 * (mirrored in WHQ25/rawgenai docs/research/kling: image-generation.md,
 * omni-image-o1.md, multi-image-to-image.md, image-expand.md,
 * virtual-try-on.md): generations, omni-image, multi-image2image,
 * editing/expand and kolors-virtual-try-on. Each is a task whose result lists
 * `images[{index, url}]`, as many as the body's `n` (1 by default; try-on
 * makes one); the URLs serve a real PNG (resultFiles.js).
 */

const { MODELS_OF_KIND, IMAGE_REFERENCE_MODELS, SERIES_MODELS } = require('./models');

const RATIOS = ['16:9', '9:16', '1:1', '4:3', '3:4', '3:2', '2:3', '21:9'];

/** @param {unknown} v */
const isHttpUrl = (v) => typeof v === 'string' && /^https?:\/\/[^\s/]+/i.test(v);

/**
 * An image as Kling takes it: an http(s) URL, or plain Base64 (no data: prefix) of at most 10 MB.
 * @param {unknown} value
 * @param {string} key
 */
function imageProblem(value, key) {
	if (typeof value !== 'string') return `${key} is required`;
	if (isHttpUrl(value)) return undefined;
	if (!/^[A-Za-z0-9+/]+={0,2}$/.test(value)) return `${key} must be a URL or Base64 (without a data: prefix)`;
	if (Buffer.from(value, 'base64').length > 10 * 1024 * 1024) return `${key} must be at most 10 MB`;
	return undefined;
}

/**
 * The first problem of a list of checks.
 * @param {Array<string | undefined | false>} checks
 */
const first = (checks) => checks.find((problem) => typeof problem === 'string');

/** @param {any} body */
function countProblem(body) {
	if (body.n === undefined) return undefined;
	return Number.isInteger(body.n) && body.n >= 1 && body.n <= 9 ? undefined : 'n must be an integer in [1, 9]';
}

/** @param {any} body */
const resolutionProblem = (body) =>
	body.resolution !== undefined && !['1k', '2k'].includes(body.resolution) ? 'resolution must be 1k or 2k' : undefined;

/** Omni-Image: 4K too, with Image 3.0 Omni only (kling-api-2026.md §A image models). @param {any} body */
const omniResolutionProblem = (body) =>
	body.resolution === '4k' ? (body.model_name === 'kling-v3-omni' ? undefined : 'resolution 4k is only supported by kling-v3-omni') : resolutionProblem(body);

/**
 * The kind's models, checked among its rules (so after the common fields, unlike a kind's `models`).
 * @param {any} body @param {keyof typeof MODELS_OF_KIND} kind
 */
const modelProblem = (body, kind) =>
	body.model_name !== undefined && !MODELS_OF_KIND[kind].includes(body.model_name) ? `model_name ${body.model_name} is not supported` : undefined;

/** @param {unknown} value @param {string} key */
const fidelityProblem = (value, key) =>
	value !== undefined && !(typeof value === 'number' && value >= 0 && value <= 1) ? `${key} must be in [0, 1]` : undefined;

/** The result: `n` images, each served as a PNG at /files/<task_id>-<index>.png. @param {import('../tasks').SimTaskView} view */
const imagesOf = (view) => ({
	images: Array.from({ length: Number.isInteger(view.body.n) ? view.body.n : 1 }, (_, index) => ({
		index,
		url: `${view.baseUrl}/files/${view.task_id}-${index}.png`,
	})),
});

/** An image task takes one concurrency slot per image it makes (Kling's "Concurrency Rules"). @param {any} body */
const perImage = (body) => Math.max(1, Number.isInteger(body?.n) ? body.n : 1);

/**
 * Omni-image series (Kling's Omni Image page, kling.ai/document-api/api/image/3-0-omni/image-omni):
 * `result_type` single|series; `series_amount` 2–9 or `auto` (default 4; auto since the 04/27/2026
 * changelog), ignored unless series, where `n` is ignored; only Image 3.0 Omni makes one. The simulator's
 * `auto` series has 3 images. A series task lists `series_images[]` and `result_type: series`.
 */
const AUTO_SERIES_IMAGES = 3;
/** @param {any} body */
const isSeries = (body) => body?.result_type === 'series';
/** @param {any} body */
const seriesSize = (body) => (body.series_amount === 'auto' ? AUTO_SERIES_IMAGES : Number.isInteger(body.series_amount) ? body.series_amount : 4);
/** @param {any} body */
function seriesProblem(body) {
	if (body.result_type !== undefined && !['single', 'series'].includes(body.result_type)) return 'result_type must be single or series';
	if (isSeries(body) && !SERIES_MODELS.includes(body.model_name ?? 'kling-image-o1')) return `result_type series is not supported by ${body.model_name ?? 'kling-image-o1'}`;
	const amount = body.series_amount;
	if (amount !== undefined && amount !== 'auto' && !(Number.isInteger(amount) && amount >= 2 && amount <= 9)) return 'series_amount must be an integer in [2, 9] or auto';
	return undefined;
}
/** @param {any} body */
const omniSlots = (body) => (isSeries(body) ? seriesSize(body) : perImage(body));
/** @param {import('../tasks').SimTaskView} view */
const omniImagesOf = (view) => {
	if (!isSeries(view.body)) return imagesOf(view);
	const series_images = Array.from({ length: seriesSize(view.body) }, (_, index) => ({ index, url: `${view.baseUrl}/files/${view.task_id}-${index}.png` }));
	return { result_type: 'series', series_images };
};

/** @param {import('./index').KindEntry} entry @returns {import('./index').KindEntry} */
const image = (entry) => ({ files: ['png'], result: imagesOf, ...entry });

/** @type {import('./index').KindEntry[]} */
const kinds = [
	image({
		kind: 'generations',
		slots: perImage,
		aspectRatios: RATIOS,
		rules: (body) =>
			first([
				modelProblem(body, 'generations'),
				typeof body.prompt !== 'string' && 'prompt is required',
				body.image !== undefined && imageProblem(body.image, 'image'),
				// "图生图场景下不支持": no negative prompt with an image.
				body.image !== undefined && body.negative_prompt !== undefined && 'negative_prompt is not supported for image to image',
				body.image_reference !== undefined && !['subject', 'face'].includes(body.image_reference) && 'image_reference must be subject or face',
				body.image_reference !== undefined && body.image === undefined && 'image is required when image_reference is set',
				body.image_reference !== undefined && !IMAGE_REFERENCE_MODELS.includes(body.model_name) && 'image_reference is not supported by this model',
				fidelityProblem(body.image_fidelity, 'image_fidelity'),
				fidelityProblem(body.human_fidelity, 'human_fidelity'),
				resolutionProblem(body),
				countProblem(body),
			]),
	}),
	image({
		kind: 'omni-image',
		slots: omniSlots,
		result: omniImagesOf,
		aspectRatios: [...RATIOS, 'auto'],
		rules: (body) => {
			const images = body.image_list ?? [];
			const elements = body.element_list ?? [];
			return first([
				modelProblem(body, 'omni-image'),
				typeof body.prompt !== 'string' && 'prompt is required',
				!Array.isArray(images) && 'image_list must be an array',
				!Array.isArray(elements) && 'element_list must be an array',
				...(Array.isArray(images) ? images.map((/** @type {any} */ entry, /** @type {number} */ i) => imageProblem(entry?.image, `image_list[${i}].image`)) : []),
				Array.isArray(elements) && elements.some((/** @type {any} */ entry) => entry?.element_id === undefined) && 'element_list[].element_id is required',
				Array.isArray(images) && Array.isArray(elements) && images.length + elements.length > 10 && 'image_list and element_list may hold at most 10 references together',
				omniResolutionProblem(body),
				countProblem(body),
				seriesProblem(body),
			]);
		},
	}),
	image({
		kind: 'multi-image2image',
		slots: perImage,
		aspectRatios: RATIOS,
		rules: (body) => {
			const subjects = body.subject_image_list;
			return first([
				modelProblem(body, 'multi-image2image'),
				(!Array.isArray(subjects) || subjects.length < 1 || subjects.length > 4) && 'subject_image_list needs 1 to 4 images',
				...(Array.isArray(subjects) ? subjects.map((/** @type {any} */ entry, /** @type {number} */ i) => imageProblem(entry?.subject_image, `subject_image_list[${i}].subject_image`)) : []),
				body.scene_image !== undefined && imageProblem(body.scene_image, 'scene_image'),
				body.style_image !== undefined && imageProblem(body.style_image, 'style_image'),
				countProblem(body),
			]);
		},
	}),
	image({
		kind: 'editing/expand',
		slots: perImage,
		rules: (body) => {
			const keys = ['up_expansion_ratio', 'down_expansion_ratio', 'left_expansion_ratio', 'right_expansion_ratio'];
			const bad = keys.find((key) => !(typeof body[key] === 'number' && body[key] >= 0 && body[key] <= 2));
			if (bad) return `${bad} is required, in [0, 2]`;
			const [up, down, left, right] = keys.map((key) => body[key]);
			return first([
				imageProblem(body.image, 'image'),
				// "新图片整体面积不得超过原图片3倍".
				(1 + up + down) * (1 + left + right) > 3 + 1e-9 && 'the expanded image may be at most 3 times the area of the original',
				countProblem(body),
			]);
		},
	}),
	image({
		kind: 'kolors-virtual-try-on',
		pack: 'tryOn',
		rules: (body) =>
			first([
				modelProblem(body, 'kolors-virtual-try-on'),
				imageProblem(body.human_image, 'human_image'),
				imageProblem(body.cloth_image, 'cloth_image'),
			]),
	}),
];

/** @type {import('./index').Family} */
module.exports = { segment: 'images', pack: 'image', kinds };
