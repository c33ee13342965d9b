import { z } from 'zod';

import { httpUrlSchema, imageSchema, optionalText } from '../../../validation/common';
import { ELEMENT_REFERENCE_IMAGES_MAX, nameAndDescription, referenceImagesSchema } from '../element.shared';

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

/** Element → Create Advanced (a task): the body as the node sends it (element.shared.ts has where it is documented). */
export const createAdvancedElementSchema = z
	.object({
		...nameAndDescription,
		reference_type: z.enum(REFERENCE_TYPES, { errorMap: () => ({ message: `must be one of ${REFERENCE_TYPES.join(', ')}` }) }),
		element_image_list: z
			.object({ frontal_image: imageSchema.optional(), refer_images: referenceImagesSchema.optional() })
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
