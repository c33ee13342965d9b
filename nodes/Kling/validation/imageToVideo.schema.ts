import { z } from 'zod';

import { MODELS } from '../models';
import {
	cameraControlSchema,
	cfgScaleSchema,
	checkModelRules,
	checkMultiShot,
	imageSchema,
	modelSchema,
	multiShotFields,
	optionalText,
	PROMPT_MAX,
	soundSchema,
	taskFields,
} from './common';

const point = z.object({ x: z.number().int(), y: z.number().int() }).strict();

const dynamicMask = z
	.object({
		mask: imageSchema,
		trajectories: z.array(point, { invalid_type_error: 'must be points like "x,y; x,y" or a JSON array of {x, y}' }).min(2, 'needs at least 2 points').max(77, 'allows at most 77 points'),
	})
	.strict();

/** The three groups Kling lets an image-to-video task use only one of. */
function checkExclusiveGroups(body: Record<string, unknown>, ctx: z.RefinementCtx): void {
	const groups = [
		body.image_tail !== undefined && 'Tail Image',
		(body.static_mask !== undefined || body.dynamic_masks !== undefined) && 'Static/Dynamic Masks',
		body.camera_control !== undefined && 'Camera Control',
	].filter(Boolean);
	if (groups.length > 1) {
		ctx.addIssue({ code: 'custom', path: [], message: `${groups.join(' and ')} cannot be combined; Kling takes one of Tail Image, masks, or Camera Control` });
	}
}

function checkVoices(body: Record<string, unknown>, ctx: z.RefinementCtx): void {
	if (body.voice_list === undefined) return;
	const model = MODELS[String(body.model_name)];
	if (model && !model.voiceList) {
		ctx.addIssue({ code: 'custom', path: ['voice_list'], message: `are not supported by ${String(body.model_name)} (kling-v2-6 and later)` });
	}
	if (body.sound !== 'on') ctx.addIssue({ code: 'custom', path: ['voice_list'], message: 'need Sound on' });
}

/** POST /v1/videos/image2video, as the node sends it. Unknown keys (Additional Body Fields) pass through. */
export const imageToVideoSchema = z
	.object({
		model_name: modelSchema('imageToVideo'),
		image: imageSchema,
		image_tail: imageSchema.optional(),
		prompt: optionalText(PROMPT_MAX),
		negative_prompt: optionalText(PROMPT_MAX),
		voice_list: z.array(z.object({ voice_id: z.string().min(1) }).strict()).max(2, 'allows at most 2 voices').optional(),
		sound: soundSchema,
		cfg_scale: cfgScaleSchema,
		static_mask: imageSchema.optional(),
		dynamic_masks: z.array(dynamicMask).min(1).max(6, 'allows at most 6 masks').optional(),
		camera_control: cameraControlSchema,
		...multiShotFields,
		...taskFields,
	})
	.passthrough()
	.superRefine((body, ctx) => {
		checkModelRules(body, ctx);
		checkExclusiveGroups(body, ctx);
		checkVoices(body, ctx);
		checkMultiShot(body, ctx);
	});
