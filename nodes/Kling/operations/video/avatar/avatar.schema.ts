import { z } from 'zod';

import { httpUrlSchema, imageSchema, modeSchema, optionalText, PROMPT_MAX } from '../../../validation/common';

/**
 * POST /v1/videos/avatar/image2video: a talking portrait from an image and
 * audio. Fields and limits from Kling's API reference ("Avatar": image
 * required; audio_id or sound_file, exactly one; sound_file .mp3/.wav/.m4a/.aac
 * ≤ 5 MB, checked in execute/resolveAudio; prompt ≤ 2500 characters; mode
 * std/pro), as ComfyUI's KlingAvatarRequest sends them (image, sound_file,
 * prompt, mode: comfy_api_nodes/apis/kling.py). The image's size and ratio
 * (≥ 300 px, 1:2.5–2.5:1) and the audio's length (2–300 s) only Kling can check.
 */
export const avatarSchema = z
	.object({
		image: imageSchema,
		sound_file: z.string().optional(),
		audio_id: z.string().trim().min(1, 'is required').optional(),
		prompt: optionalText(PROMPT_MAX),
		mode: modeSchema,
		callback_url: httpUrlSchema,
		external_task_id: optionalText(),
	})
	.passthrough()
	.superRefine((body, ctx) => {
		if (body.sound_file === undefined && body.audio_id === undefined) {
			ctx.addIssue({ code: 'custom', path: ['sound_file'], message: 'is required: an audio file, or an Audio ID under Additional Fields' });
		}
		if (body.sound_file !== undefined && body.audio_id !== undefined) {
			ctx.addIssue({ code: 'custom', path: ['sound_file'], message: 'give an audio file or an Audio ID, not both' });
		}
	});
