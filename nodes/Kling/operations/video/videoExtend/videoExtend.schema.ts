import { z } from 'zod';

import { cfgScaleSchema, httpUrlSchema, optionalText, PROMPT_MAX } from '../../../validation/common';

/**
 * POST /v1/videos/video-extend. Fields and limits from Kling's API reference
 * ("Video Extension": video_id required, prompt and negative_prompt at most
 * 2500 characters, cfg_scale in [0, 1]), as ComfyUI's KlingVideoExtendNode
 * sends them (comfy_api_nodes/nodes_kling.py). The model and mode are the
 * source video's and cannot be chosen; how old the video is (30 days) and
 * how long the result gets (3 minutes) only Kling can check.
 */
export const videoExtendSchema = z
	.object({
		video_id: z.string({ required_error: 'is required', invalid_type_error: 'must be text' }).trim().min(1, 'is required'),
		prompt: optionalText(PROMPT_MAX),
		negative_prompt: optionalText(PROMPT_MAX),
		cfg_scale: cfgScaleSchema,
		callback_url: httpUrlSchema,
		external_task_id: optionalText(),
	})
	.passthrough();
