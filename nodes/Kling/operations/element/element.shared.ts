import { z } from 'zod';

import type { ImageSizeRule } from '../../validation/imageSize';
import { imageSchema, requiredText } from '../../validation/common';
import type { OperationField, ToBody } from '../field';
import { elementIdField, toPickedId } from '../shared/libraryPickers';
import { to } from '../shared/toBody';
import { IMAGE_HINT } from '../shared/mediaInput.fields';

/*
 * What the Element resource's operations share: the limits, the fields both
 * creates show, the ID that Get and Delete take, and the checks both creates
 * make. Elements, as Kling's reference documents them:
 * - POST /v1/general/custom-elements (custom-elements.md, the official
 *   reference mirrored in WHQ25/rawgenai docs/research/kling at b3f9cef):
 *   element_name ≤ 20 characters, element_description ≤ 100,
 *   element_frontal_image (Base64 or URL; .jpg/.jpeg/.png ≤ 10 MB, ≥ 300 px,
 *   aspect 1:2.5–2.5:1), element_refer_list 1–3 × {image_url}, tag_list
 *   [{tag_id}] from o_101 to o_108. Answered at once with the element.
 * - POST /v1/general/advanced-custom-elements, the Kling 3.0 version (Kling's
 *   English API reference, "Element → Create Element"; the same fields in a
 *   new-api fork's Kling element page, doc.ezmodel.cloud/en/kling/element.html,
 *   and in Tencent Cloud's SDKs for its Kling elements): a task whose result
 *   lists the element. element_name and element_description as above,
 *   reference_type `image_refer` (element_image_list: {frontal_image,
 *   refer_images: 1–3 × {image_url}}, the images as above) or `video_refer`
 *   (element_video_list: {refer_videos: [{video_url}]}, at most one video;
 *   only realistic human figures), element_voice_id (a voice bound to a
 *   video element only), tag_list, callback_url, external_task_id.
 */
export const ELEMENT_NAME_MAX = 20;
export const ELEMENT_DESCRIPTION_MAX = 100;
export const ELEMENT_REFERENCE_IMAGES_MAX = 3;
/** The frontal and reference images: each side ≥ 300 px, aspect 1:2.5 to 2.5:1 (custom-elements.md). */
export const ELEMENT_IMAGE_SIZE: ImageSizeRule = { minSide: 300, maxRatio: 2.5 };

/** tag_list's tag_id values and what they mean (custom-elements.md, 标签类型). */
export const ELEMENT_TAGS = [
	{ value: 'o_101', name: 'Trending Meme', description: 'Internet memes and pop culture (热梗)' },
	{ value: 'o_102', name: 'Character', description: 'People and characters (人物)' },
	{ value: 'o_103', name: 'Animal', description: 'Animals and pets (动物)' },
	{ value: 'o_104', name: 'Prop', description: 'Props and objects (道具)' },
	{ value: 'o_105', name: 'Clothing', description: 'Clothes and accessories (服饰)' },
	{ value: 'o_106', name: 'Scene', description: 'Backgrounds and places (场景)' },
	{ value: 'o_107', name: 'Effect', description: 'Special effects (特效)' },
	{ value: 'o_108', name: 'Other', description: 'Anything else (其他)' },
] as const;
const TAG_IDS = ELEMENT_TAGS.map((tag) => tag.value) as [string, ...string[]];

/* The fields both creates show. */

const ELEMENT_IMAGE_HINT = `${IMAGE_HINT} At least 300 px on each side, aspect ratio 1:2.5 to 2.5:1.`;

/** Display options of a field shown only for a choice of another field (Create Advanced's Made From). */
type ShownWhen = Record<string, string[]>;

export function nameField(): OperationField {
	return {
		displayName: 'Name',
		name: 'elementName',
		send: to('element_name'),
		type: 'string',
		default: '',
		required: true,
		placeholder: 'e.g. Captain Nova',
		description: `The element's name, at most ${ELEMENT_NAME_MAX} characters`,
	};
}

export function descriptionField(): OperationField {
	return {
		displayName: 'Description',
		name: 'elementDescription',
		send: to('element_description'),
		type: 'string',
		typeOptions: { rows: 2 },
		default: '',
		required: true,
		placeholder: 'e.g. A woman in a silver space suit with short red hair',
		description: `What the element is, at most ${ELEMENT_DESCRIPTION_MAX} characters`,
	};
}

export function frontalImageField(spec: { name: string; send: ToBody; shownWhen?: ShownWhen }): OperationField {
	return {
		displayName: 'Frontal Image',
		name: spec.name,
		send: spec.send,
		type: 'string',
		default: '',
		required: true,
		placeholder: 'e.g. https://example.com/front.png or data',
		description: 'The element seen from the front',
		hint: ELEMENT_IMAGE_HINT,
		displayOptions: spec.shownWhen && { show: spec.shownWhen },
	};
}

export function referenceImagesField(spec: { name: string; send: ToBody; shownWhen?: ShownWhen }): OperationField {
	return {
		displayName: 'Reference Images',
		name: spec.name,
		send: spec.send,
		type: 'fixedCollection',
		typeOptions: { multipleValues: true, maxAllowedFields: ELEMENT_REFERENCE_IMAGES_MAX },
		default: {},
		required: true,
		placeholder: 'Add Image',
		description: `1 to ${ELEMENT_REFERENCE_IMAGES_MAX} more images of the element, from other angles or close up (different from the frontal one)`,
		// With the registry's, before the options, where n8n has always listed them.
		displayOptions: spec.shownWhen && { show: spec.shownWhen },
		options: [
			{
				displayName: 'Image',
				name: 'image',
				values: [{ displayName: 'Image', name: 'imageUrl', type: 'string', default: '', hint: ELEMENT_IMAGE_HINT }],
			},
		],
	};
}

export function tagsField(): OperationField {
	return {
		displayName: 'Tags',
		name: 'elementTags',
		send: (value) => ({ tag_list: (Array.isArray(value) ? value : []).map((tag) => ({ tag_id: tag as string })) }),
		type: 'multiOptions',
		options: ELEMENT_TAGS.map((tag) => ({ ...tag })).sort((a, b) => a.name.localeCompare(b.name)),
		default: [],
		description: 'What kind of subject the element is',
	};
}

/** The element Get and Delete take (`element_id`, as Delete sends it). */
export function elementIdOf(description: string): OperationField {
	return { ...elementIdField(), send: toPickedId('element_id'), required: true, description };
}

/* The checks both creates make. */

export const referenceImagesSchema = z
	.array(z.object({ image_url: imageSchema }).passthrough(), { required_error: `needs 1 to ${ELEMENT_REFERENCE_IMAGES_MAX} images` })
	.min(1, `needs 1 to ${ELEMENT_REFERENCE_IMAGES_MAX} images`)
	.max(ELEMENT_REFERENCE_IMAGES_MAX, `takes at most ${ELEMENT_REFERENCE_IMAGES_MAX} images`);

const tagList = z
	.array(
		z.object({
			tag_id: z.string().refine((id) => TAG_IDS.includes(id), (id) => ({ message: `"${id}" is not a tag; use one of ${TAG_IDS.join(', ')}` })),
		}),
	)
	.optional();

export const nameAndDescription = {
	element_name: requiredText(ELEMENT_NAME_MAX),
	element_description: requiredText(ELEMENT_DESCRIPTION_MAX),
	tag_list: tagList,
};
