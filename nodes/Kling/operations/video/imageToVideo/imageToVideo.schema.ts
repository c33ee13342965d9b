import { z } from 'zod';

import { MODELS } from '../../../models';
import { LIMITS } from '../../../vocabulary';
import {
	cameraControlSchema,
	cfgScaleSchema,
	checkFourK,
	checkModelRules,
	checkMultiShot,
	imageSchema,
	modelSchema,
	multiShotFields,
	optionalText,
	PROMPT_MAX,
	soundSchema,
	taskFields,
} from '../../../validation/common';
import { checkImageToVideoNewApi } from './imageToVideo.newApi';

const point = z.object({ x: z.number().int(), y: z.number().int() }).strict();

const dynamicMask = z
	.object({
		mask: imageSchema,
		trajectories: z
			.array(point, { invalid_type_error: 'must be points like "x,y; x,y" or a JSON array of {x, y}' })
			.min(LIMITS.trajectoryPoints.min, `needs at least ${LIMITS.trajectoryPoints.min} points`)
			.max(LIMITS.trajectoryPoints.max, `allows at most ${LIMITS.trajectoryPoints.max} points`),
	})
	.strict();

/**
 * The three groups Kling lets an image-to-video task use only one of
 * (image2video-constraints.txt: image+image_tail, dynamic_masks/static_mask, camera_control: 三组选一).
 * Reported on the field of the second group, which is the one to take out.
 */
function checkExclusiveGroups(body: Record<string, unknown>, ctx: z.RefinementCtx): void {
	const groups: Array<{ key: string; name: string } | false> = [
		body.image_tail !== undefined && { key: 'image_tail', name: 'Tail Image' },
		(body.static_mask !== undefined || body.dynamic_masks !== undefined) && {
			key: body.static_mask !== undefined ? 'static_mask' : 'dynamic_masks',
			name: 'the masks',
		},
		body.camera_control !== undefined && { key: 'camera_control', name: 'Camera Control' },
	];
	const used = groups.filter((group): group is { key: string; name: string } => Boolean(group));
	for (const extra of used.slice(1)) {
		ctx.addIssue({
			code: 'custom',
			path: [extra.key],
			message: `cannot be combined with ${used[0].name}; Kling takes one of Tail Image, the masks (static or dynamic), or Camera Control`,
		});
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
		voice_list: z
			.array(z.object({ voice_id: z.string().min(1) }).strict())
			.max(LIMITS.voices, `allows at most ${LIMITS.voices} voices`)
			.optional(),
		sound: soundSchema,
		cfg_scale: cfgScaleSchema,
		static_mask: imageSchema.optional(),
		dynamic_masks: z.array(dynamicMask).min(1).max(LIMITS.dynamicMasks, `allows at most ${LIMITS.dynamicMasks} masks`).optional(),
		camera_control: cameraControlSchema,
		...multiShotFields,
		...taskFields,
	})
	.passthrough()
	.superRefine((body, ctx) => {
		checkModelRules(body, ctx);
		checkFourK('imageToVideo')(body, ctx);
		checkImageToVideoNewApi(body, ctx);
		checkExclusiveGroups(body, ctx);
		checkVoices(body, ctx);
		checkMultiShot(body, ctx);
	});
