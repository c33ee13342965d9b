import { z } from 'zod';

import { checkFourK, httpUrlSchema, imageSchema, modelSchema, optionalText, PROMPT_MAX, videoModeSchema, watermarkSchema } from '../../../validation/common';

/**
 * POST /v1/videos/motion-control: a character image moves as a reference
 * video does. Fields and limits from Kling's API reference as gateways
 * mirror it (docs.fast-token.com, Kling Motion Control: model_name kling-v2-6
 * or kling-v3, prompt ≤ 2500, image_url Base64 or URL (.jpg/.png ≤ 10 MB),
 * video_url an accessible URL (.mp4/.mov ≤ 100 MB, ≥ 3 s), keep_original_sound
 * yes/no, character_orientation image (video ≤ 10 s) or video (≤ 30 s), mode
 * std/pro, watermark_info), as ComfyUI's MotionControlRequest sends them
 * (comfy_api_nodes/apis/kling.py: prompt, image_url, video_url,
 * keep_original_sound, character_orientation, mode, model_name). The
 * reference video's length and size only Kling can check. `model_name`
 * (default kling-v2-6) came with Kling 3.0 Motion Control (kling-api-2026.md
 * §D 03/04/2026), which renders no 4K (§A; checkFourK names Mode). Binding an
 * element (at most one; the orientation then follows the video) is documented
 * for the new API only (`contents[].type: element`, kling-api-2026.md §0): the
 * legacy body key is not, so Additional Body Fields (JSON) sends it.
 */
export const motionControlSchema = z
	.object({
		model_name: modelSchema('motionControl'),
		image_url: imageSchema,
		video_url: z.string({ required_error: 'is required' }).refine((value) => /^https?:\/\/[^\s/]+/i.test(value), 'must be an http(s) URL'),
		character_orientation: z.enum(['image', 'video'], { errorMap: () => ({ message: 'must be image or video' }) }),
		mode: videoModeSchema,
		keep_original_sound: z.enum(['yes', 'no']).optional(),
		prompt: optionalText(PROMPT_MAX),
		watermark_info: watermarkSchema,
		callback_url: httpUrlSchema,
		external_task_id: optionalText(),
	})
	.passthrough()
	.superRefine(checkFourK('motionControl'));
