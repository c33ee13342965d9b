import { z } from 'zod';

import { httpUrlSchema, optionalText } from '../../../validation/common';

/*
 * POST /v1/audio/text-to-audio. Kling's reference (klingai.com/document-api/api/
 * video/audio-generation/text-to-audio): `prompt` required, at most 200
 * characters; `duration` required, a float from 3.0 to 10.0 seconds with one
 * decimal; `external_task_id`, `callback_url`. No model, no watermark. The
 * same limits in okaris/kling's kling/models/audio.py (TextToAudioRequest).
 */
export const TEXT_TO_AUDIO_PROMPT_MAX = 200;
export const TEXT_TO_AUDIO_MIN_SECONDS = 3;
export const TEXT_TO_AUDIO_MAX_SECONDS = 10;

const seconds = `must be between ${TEXT_TO_AUDIO_MIN_SECONDS} and ${TEXT_TO_AUDIO_MAX_SECONDS} seconds`;

/**
 * The body as the node sends it. Unknown keys (Additional Body Fields) pass
 * through. Finer steps than 0.1 s are let through: Kling documents one decimal
 * but not that it refuses more, and a refusal costs nothing.
 */
export const textToAudioSchema = z
	.object({
		prompt: z
			.string({ required_error: 'is required', invalid_type_error: 'must be text' })
			.min(1, 'is required')
			.max(TEXT_TO_AUDIO_PROMPT_MAX, `must be at most ${TEXT_TO_AUDIO_PROMPT_MAX} characters`),
		duration: z
			.number({ required_error: 'is required', invalid_type_error: 'must be a number of seconds' })
			.min(TEXT_TO_AUDIO_MIN_SECONDS, seconds)
			.max(TEXT_TO_AUDIO_MAX_SECONDS, seconds),
		callback_url: httpUrlSchema,
		external_task_id: optionalText(),
	})
	.passthrough();
