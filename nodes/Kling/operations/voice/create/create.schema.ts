import { z } from 'zod';

import { httpUrlSchema, optionalText, requiredText } from '../../../validation/common';

/*
 * POST /v1/general/custom-voices (custom-voices.md, the official reference
 * mirrored in WHQ25/rawgenai docs/research/kling at b3f9cef): voice_name ≤ 20
 * characters; the voice from `voice_url` (a file URL: .mp3/.wav/.mp4/.mov,
 * 5–30 s of clean speech by one voice) or `video_id` (a Kling video made by
 * V2.6 with sound on, or by the Avatar or Lip-Sync APIs): one of the two;
 * callback_url, external_task_id. The file's type and length are Kling's to
 * check (the node does not fetch it), so a URL without an extension passes.
 */
export const VOICE_NAME_MAX = 20;

/** Kling takes the voice from a file URL or from a video it made: one of the two. */
function checkOneSource(body: Record<string, unknown>, ctx: z.RefinementCtx): void {
	const byUrl = body.voice_url !== undefined;
	const byVideo = body.video_id !== undefined;
	if (byUrl === byVideo) {
		ctx.addIssue({
			code: 'custom',
			path: ['voice_url'],
			message: byUrl ? 'give a file URL or a Kling video ID, not both' : 'is required: the URL of an audio or video file, or the ID of a video Kling made',
		});
	}
}

/** Voice → Create: the body as the node sends it. Unknown keys (Additional Body Fields) pass through. */
export const createVoiceSchema = z
	.object({
		voice_name: requiredText(VOICE_NAME_MAX),
		voice_url: httpUrlSchema,
		video_id: optionalText(),
		callback_url: httpUrlSchema,
		external_task_id: optionalText(),
	})
	.passthrough()
	.superRefine(checkOneSource);
