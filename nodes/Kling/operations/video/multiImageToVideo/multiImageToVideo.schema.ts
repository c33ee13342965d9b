import { z } from 'zod';

import {
	checkFourK,
	checkModelRules,
	imageSchema,
	modelSchema,
	optionalText,
	PROMPT_MAX,
	promptSchema,
	taskFields,
} from '../../../validation/common';
import { LIMITS } from '../../../vocabulary';

const IMAGES = `needs 1 to ${LIMITS.referenceImages} images`;

/** POST /v1/videos/multi-image2video: 1 to 4 reference images and a prompt. */
export const multiImageToVideoSchema = z
	.object({
		model_name: modelSchema('multiImageToVideo'),
		image_list: z
			.array(z.object({ image: imageSchema }).strict(), { required_error: IMAGES })
			.min(1, IMAGES)
			.max(LIMITS.referenceImages, `allows at most ${LIMITS.referenceImages} images`),
		prompt: promptSchema,
		negative_prompt: optionalText(PROMPT_MAX),
		...taskFields,
	})
	.passthrough()
	.superRefine((body, ctx) => {
		checkModelRules(body, ctx);
		checkFourK('multiImageToVideo')(body, ctx);
	});
