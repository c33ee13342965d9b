import { z } from 'zod';

import {
	checkFourK,
	checkIntelligentShots,
	checkModelRules,
	checkMultiShot,
	checkPromptUnlessMultiShot,
	hasBaseVideo,
	imageSchema,
	modelSchema,
	multiShotFields,
	omniShotTypeSchema,
	PROMPT_MAX,
	soundSchema,
	taskFields,
} from '../../../validation/common';
import { LIMITS } from '../../../vocabulary';
import { checkPromptLength } from '../../shared/newApiBody';
import { checkOmniVideoNewApi } from './omniVideo.newApi';

const O1 = 'kling-video-o1';

const omniImage = z
	.object({ image_url: imageSchema, type: z.enum(['first_frame', 'end_frame']).optional() })
	.strict();
const omniVideo = z
	.object({
		video_url: z.string({ required_error: 'is required' }).refine((v) => /^https?:\/\//i.test(v), 'must be an http(s) URL'),
		refer_type: z.enum(['base', 'feature']).optional(),
		keep_original_sound: z.enum(['yes', 'no']).optional(),
	})
	.strict();

/** Frames and base videos: what Kling lets an Omni-Video task combine (omni-video.openapi.yaml.txt `image_list`, `video_list`, `aspect_ratio`). */
function checkFramesAndVideos(body: Record<string, unknown>, ctx: z.RefinementCtx): void {
	const images = (body.image_list ?? []) as Array<{ type?: string }>;
	const videos = (body.video_list ?? []) as Array<{ refer_type?: string }>;
	const first = images.some((i) => i.type === 'first_frame');
	const end = images.some((i) => i.type === 'end_frame');
	const base = hasBaseVideo(body);
	if (end && !first) ctx.addIssue({ code: 'custom', path: ['image_list'], message: 'an end frame needs a first frame' });
	// kling-api-2026.md §D 03/11/2026 and §A (Kling O1): "first/last-frame tasks cannot use elements".
	if (first && end && body.model_name === O1 && ((body.element_list ?? []) as unknown[]).length > 0) {
		ctx.addIssue({ code: 'custom', path: ['element_list'], message: `cannot be used by ${O1} together with a first and an end frame` });
	}
	if (base && (first || end)) {
		ctx.addIssue({ code: 'custom', path: ['video_list'], message: 'a base video (video to edit) cannot be combined with a first or end frame' });
	}
	if (!first && !base && body.aspect_ratio === undefined) {
		ctx.addIssue({ code: 'custom', path: ['aspect_ratio'], message: 'is required when neither a first frame nor a base video is given' });
	}
	// See LIMITS.omniImagesWithVideo (ComfyUI's client: at most 4 images next to a video).
	if (videos.length > 0 && images.length > LIMITS.omniImagesWithVideo) {
		ctx.addIssue({
			code: 'custom',
			path: ['image_list'],
			message: `allows at most ${LIMITS.omniImagesWithVideo} images next to a video (found ${images.length})`,
		});
	}
}

/** POST /v1/videos/omni-video, as the node sends it. Unknown keys (Additional Body Fields) pass through. */
export const omniVideoSchema = z
	.object({
		model_name: modelSchema('omniVideo'),
		// At most PROMPT_MAX characters, 3072 on the new API: checked below, by model.
		prompt: z.string({ invalid_type_error: 'must be text' }).optional(),
		...multiShotFields,
		shot_type: omniShotTypeSchema,
		sound: soundSchema,
		image_list: z.array(omniImage).max(LIMITS.omniImages, `allows at most ${LIMITS.omniImages} images`).optional(),
		video_list: z.array(omniVideo).max(LIMITS.omniVideos, `allows at most ${LIMITS.omniVideos} video`).optional(),
		element_list: z.array(z.object({ element_id: z.string().min(1) }).strict()).optional(),
		...taskFields,
	})
	.passthrough()
	.superRefine((body, ctx) => {
		checkPromptLength(body, ctx, PROMPT_MAX);
		checkModelRules(body, ctx);
		// 4K with a reference video too: §D 04/23/2026 excluded it, 06/17/2026 allows it (the later word).
		checkFourK('omniVideo')(body, ctx);
		checkOmniVideoNewApi(body, ctx);
		checkPromptUnlessMultiShot(body, ctx);
		checkFramesAndVideos(body, ctx);
		checkIntelligentShots(body, ctx);
		checkMultiShot(body, ctx);
	});
