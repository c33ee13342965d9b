import { z } from 'zod';

import { requiredText } from '../../../validation/common';

/*
 * POST /v1/audio/tts (the official reference, mirrored in WHQ25/rawgenai
 * docs/research/kling/tts.md): `text` required, at most 1000 characters;
 * `voice_id` required; `voice_language` zh or en (matching the voice);
 * `voice_speed` 0.8–2.0, "precise to one decimal" (finer values are let
 * through: a refusal costs nothing).
 */
export const TTS_TEXT_MAX = 1000;
export const TTS_SPEED_MIN = 0.8;
export const TTS_SPEED_MAX = 2;
export const TTS_LANGUAGES = ['zh', 'en'] as const;

const speed = `must be between ${TTS_SPEED_MIN} and ${TTS_SPEED_MAX}`;

/** The body as the node sends it (the endpoint documents nothing more: no Additional Body Fields). */
export const textToSpeechSchema = z
	.object({
		text: requiredText(TTS_TEXT_MAX),
		voice_id: z.string({ required_error: 'is required', invalid_type_error: 'must be text' }).refine((id) => id.trim() !== '', 'is required'),
		voice_language: z.enum(TTS_LANGUAGES, { errorMap: () => ({ message: `must be one of ${TTS_LANGUAGES.join(', ')}` }) }),
		voice_speed: z.number({ required_error: 'is required', invalid_type_error: 'must be a number' }).min(TTS_SPEED_MIN, speed).max(TTS_SPEED_MAX, speed),
	})
	.strict();
