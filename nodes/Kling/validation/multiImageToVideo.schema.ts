import { z } from 'zod';

import {
	checkModelRules,
	imageSchema,
	modelSchema,
	optionalText,
	PROMPT_MAX,
	promptSchema,
	taskFields,
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
		...taskFields,
	})
	.passthrough()
	.superRefine(checkModelRules);
