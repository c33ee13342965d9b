// @ts-check
'use strict';
/**
 * Elements as Kling's reference documents them (custom-elements.md): the
 * preset ones, the checks of both creates (custom-elements, answered at once;
 * the 3.0 advanced-custom-elements task) and how the API writes an element.
 * The routes and the task kind are library.js's.
 */

/** The preset elements every account sees. */
const PRESET_ELEMENTS = [
	{ element_id: '900000000000000001', element_name: 'Sim Astronaut', element_description: 'An astronaut in a white suit', tag: 'o_102' },
	{ element_id: '900000000000000002', element_name: 'Sim Red Fox', element_description: 'A red fox with a bushy tail', tag: 'o_103' },
	{ element_id: '900000000000000003', element_name: 'Sim Coffee Cup', element_description: 'A white ceramic coffee cup', tag: 'o_104' },
];
const TAGS = ['o_101', 'o_102', 'o_103', 'o_104', 'o_105', 'o_106', 'o_107', 'o_108'];

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

module.exports = { PRESET_ELEMENTS, presetElement, elementProblem, advancedElementProblem, elementOf, advancedElementOf };
