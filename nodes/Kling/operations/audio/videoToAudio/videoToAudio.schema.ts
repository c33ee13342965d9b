import { z } from 'zod';

import { httpUrlSchema, optionalText } from '../../../validation/common';

/*
 * POST /v1/audio/video-to-audio. Kling's reference (klingai.com/document-api/api/
 * video/audio-generation/video-to-audio): exactly one of `video_id` (a video
 * Kling made in the last 30 days, 3.0–20.0 s) and `video_url` (MP4/MOV,
 * ≤ 100 MB, 3.0–20.0 s); `sound_effect_prompt` and `bgm_prompt` optional, each
 * at most 200 characters; `asmr_mode` boolean, default false;
 * `external_task_id`, `callback_url`. The same fields in okaris/kling's
 * kling/models/audio.py (VideoToAudioRequest). The video's length and size
 * are Kling's to check: the node does not download it first.
 */
export const VIDEO_TO_AUDIO_PROMPT_MAX = 200;

const prompt = z
	.string({ invalid_type_error: 'must be text' })
	.max(VIDEO_TO_AUDIO_PROMPT_MAX, `must be at most ${VIDEO_TO_AUDIO_PROMPT_MAX} characters`)
	.optional();

/** Kling takes the video by its ID or by a URL: one of the two, never both. */
function checkOneVideo(body: Record<string, unknown>, ctx: z.RefinementCtx): void {
	const byId = body.video_id !== undefined;
	const byUrl = body.video_url !== undefined;
	if (!byId && !byUrl) {
		ctx.addIssue({ code: 'custom', path: ['video'], message: 'is required: the URL of a video, or the ID of a video Kling made' });
	} else if (byId && byUrl) {
		ctx.addIssue({ code: 'custom', path: ['video'], message: 'give a video ID or a video URL, not both (Kling takes one)' });
	}
}

/** The body as the node sends it. Unknown keys (Additional Body Fields) pass through. */
export const videoToAudioSchema = z
	.object({
		video_id: optionalText(),
		video_url: httpUrlSchema,
		sound_effect_prompt: prompt,
		bgm_prompt: prompt,
		asmr_mode: z.boolean({ invalid_type_error: 'must be true or false' }).optional(),
		callback_url: httpUrlSchema,
		external_task_id: optionalText(),
	})
	.passthrough()
	.superRefine(checkOneVideo);
