import { z } from 'zod';

import {
	aspectRatioSchema,
	checkModelRules,
	durationSchema,
	httpUrlSchema,
	imageSchema,
	modelSchema,
	modeSchema,
	optionalText,
	promptSchema,
	PROMPT_MAX,
	watermarkSchema,
} from './common';

/** POST /v1/videos/multi-image2video: 1 to 4 reference images and a prompt. */
export const multiImageToVideoSchema = z
	.object({
		model_name: modelSchema('multiImageToVideo'),
		image_list: z
			.array(z.object({ image: imageSchema }).strict(), { required_error: 'needs 1 to 4 images' })
			.min(1, 'needs 1 to 4 images')
			.max(4, 'allows at most 4 images'),
		prompt: promptSchema,
		negative_prompt: optionalText(PROMPT_MAX),
		mode: modeSchema,
		aspect_ratio: aspectRatioSchema,
		duration: durationSchema,
		watermark_info: watermarkSchema,
		callback_url: httpUrlSchema,
		external_task_id: optionalText(),
	})
	.passthrough()
	.superRefine(checkModelRules);
