import { z } from 'zod';

import type { ImageSizeRule } from '../../validation/imageSize';
import { httpUrlSchema, imageSchema, optionalText, requiredText } from '../../validation/common';

/*
 * Elements, as Kling's reference documents them:
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

const referenceImages = z
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

const nameAndDescription = {
	element_name: requiredText(ELEMENT_NAME_MAX),
	element_description: requiredText(ELEMENT_DESCRIPTION_MAX),
	tag_list: tagList,
};

/** Element → Create: the body as the node sends it. Unknown keys (Additional Body Fields) pass through. */
export const createElementSchema = z
	.object({
		...nameAndDescription,
		element_frontal_image: imageSchema,
		element_refer_list: referenceImages,
	})
	.passthrough();

const isHttpUrl = (value: unknown) => typeof value === 'string' && /^https?:\/\/[^\s/]+/i.test(value);

export const REFERENCE_TYPES = ['image_refer', 'video_refer'] as const;

/** What each reference type needs, and what only a video element takes. */
function checkReferenceType(body: Record<string, unknown>, ctx: z.RefinementCtx): void {
	const images = (body.element_image_list ?? {}) as Record<string, unknown>;
	const videos = (body.element_video_list ?? {}) as Record<string, unknown>;
	if (body.reference_type === 'image_refer') {
		if (images.frontal_image === undefined) ctx.addIssue({ code: 'custom', path: ['element_image_list', 'frontal_image'], message: 'is required' });
		if (images.refer_images === undefined) {
			ctx.addIssue({ code: 'custom', path: ['element_image_list', 'refer_images'], message: `needs 1 to ${ELEMENT_REFERENCE_IMAGES_MAX} images` });
		}
		if (body.element_voice_id !== undefined) {
			ctx.addIssue({ code: 'custom', path: ['element_voice_id'], message: 'only an element made from a video takes a voice' });
		}
	}
	if (body.reference_type === 'video_refer' && videos.refer_videos === undefined) {
		ctx.addIssue({ code: 'custom', path: ['element_video_list', 'refer_videos'], message: 'is required: the URL of a video of the character' });
	}
}

/** Element → Create Advanced (a task): the body as the node sends it. */
export const createAdvancedElementSchema = z
	.object({
		...nameAndDescription,
		reference_type: z.enum(REFERENCE_TYPES, { errorMap: () => ({ message: `must be one of ${REFERENCE_TYPES.join(', ')}` }) }),
		element_image_list: z
			.object({ frontal_image: imageSchema.optional(), refer_images: referenceImages.optional() })
			.passthrough()
			.optional(),
		element_video_list: z
			.object({
				refer_videos: z
					.array(z.object({ video_url: z.unknown() }).passthrough())
					.max(1, 'takes one video')
					.refine((videos) => videos.every((video) => isHttpUrl(video.video_url)), 'must be an http(s) URL')
					.optional(),
			})
			.passthrough()
			.optional(),
		element_voice_id: optionalText(),
		callback_url: httpUrlSchema,
		external_task_id: optionalText(),
	})
	.passthrough()
	.superRefine(checkReferenceType);
