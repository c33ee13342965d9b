import { z } from 'zod';

import {
	aspectRatioSchema,
	cameraControlSchema,
	cfgScaleSchema,
	checkModelRules,
	durationSchema,
	httpUrlSchema,
	modelSchema,
	modeSchema,
	optionalText,
	promptSchema,
	PROMPT_MAX,
	soundSchema,
	watermarkSchema,
} from './common';

/** POST /v1/videos/text2video, as the node sends it. Unknown keys (Additional Body Fields) pass through. */
export const textToVideoSchema = z
	.object({
		model_name: modelSchema('textToVideo'),
		prompt: promptSchema,
		negative_prompt: optionalText(PROMPT_MAX),
		cfg_scale: cfgScaleSchema,
		mode: modeSchema,
		aspect_ratio: aspectRatioSchema,
		duration: durationSchema,
		camera_control: cameraControlSchema,
		sound: soundSchema,
		watermark_info: watermarkSchema,
		callback_url: httpUrlSchema,
		external_task_id: optionalText(),
	})
	.passthrough()
	.superRefine(checkModelRules);
