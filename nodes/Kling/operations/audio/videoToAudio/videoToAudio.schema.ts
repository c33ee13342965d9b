import { z } from 'zod';

import { checkOneVideo, httpUrlSchema, optionalText } from '../../../validation/common';

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
