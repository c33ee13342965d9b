import { z } from 'zod';

import { httpUrlSchema, imageSchema, modelSchema, modeSchema, optionalText } from '../../../validation/common';
import { TWO_IMAGE_SCENES } from './effectScenes';

/**
 * The two-person scenes: two images (left, right), 5 or 10 seconds, a model
 * of kling-v1, v1-5 and v1-6 ("fight" only kling-v1-6). Every other scene takes
 * one image and lasts 5 seconds. Kling's API reference, "Video Effects"
 * (single-image effects: `input.image`, duration enum 5; dual-character
 * effects hug, kiss, heart_gesture, fight: `input.images` of length 2,
 * duration 5/10, model_name kling-v1/v1-5/v1-6, "fight" kling-v1-6 only), as
 * ComfyUI's Kling effect nodes send them (comfy_api_nodes/nodes_kling.py,
 * execute_video_effect; its single-image input takes duration "5" only).
 * Kling keeps adding scenes (152 in its catalogue): any scene name passes, and
 * a scene not known here with two images is taken as a two-person one. Kling
 * withdrew hug, kiss and fight on 01/30/2026 (kling-api-2026.md §D); a workflow
 * that names one is still checked as before and sent (Kling answers for it).
 * Today's two-image scenes take exactly two images (effectScenes.ts).
 */
export const TWO_PERSON_SCENES = ['hug', 'kiss', 'heart_gesture', 'fight'];
const TWO_IMAGES = [...TWO_PERSON_SCENES, ...TWO_IMAGE_SCENES];

const input = z
	.object({
		image: imageSchema.optional(),
		images: z.array(imageSchema).max(2, 'allows at most 2 images').optional(),
		duration: z.union([z.string(), z.number()]).optional(),
		model_name: modelSchema('videoEffects').optional(),
		mode: modeSchema,
	})
	.passthrough();

export const videoEffectsSchema = z
	.object({
		effect_scene: z.string({ required_error: 'is required', invalid_type_error: 'must be text' }).trim().min(1, 'is required'),
		input: input.default({}),
		callback_url: httpUrlSchema,
		external_task_id: optionalText(),
	})
	.passthrough()
	.superRefine((body, ctx) => {
		const scene = body.effect_scene.trim();
		const { image, images, duration, model_name: model } = body.input;
		const count = images?.length ?? (image !== undefined ? 1 : 0);
		const twoPerson = TWO_IMAGES.includes(scene);
		if (count === 0) {
			ctx.addIssue({ code: 'custom', path: ['input', 'images'], message: `needs ${twoPerson ? 'two images (left, then right)' : 'an image'}` });
		} else if (twoPerson && count !== 2) {
			ctx.addIssue({ code: 'custom', path: ['input', 'images'], message: `the scene "${scene}" takes two images (left, then right)` });
		}
		const seconds = Number(duration ?? 5);
		if (count === 1 && !twoPerson && seconds !== 5) {
			ctx.addIssue({ code: 'custom', path: ['input', 'duration'], message: 'must be 5 seconds for a one-image scene' });
		} else if (![5, 10].includes(seconds)) {
			ctx.addIssue({ code: 'custom', path: ['input', 'duration'], message: 'must be 5 or 10 seconds' });
		}
		// Left out, the model is kling-v1, which does not render "fight".
		if (scene === 'fight' && model !== 'kling-v1-6') {
			ctx.addIssue({ code: 'custom', path: ['input', 'model_name'], message: `the scene "fight" is only rendered by kling-v1-6 (not ${model ?? 'kling-v1, the default'})` });
		}
	});
