import { z } from 'zod';

import { IMAGE_LIMITS } from '../../../vocabulary';
import { imageSchema, optionalText, PROMPT_MAX } from '../../../validation/common';
import { checkImageModelRules, imageAspectRatioSchema, imageCountSchema, imageModelSchema, imageTaskFields } from '../../../validation/imageCommon';

const { min, max } = IMAGE_LIMITS.subjectImages;
const SUBJECTS = `needs ${min} to ${max} images`;

/** POST /v1/images/multi-image2image (multi-image-to-image.md): 1 to 4 subject images, a scene and a style. */
export const multiImageToImageSchema = z
	.object({
		model_name: imageModelSchema('multiImageToImage'),
		subject_image_list: z
			.array(z.object({ subject_image: imageSchema }).strict(), { required_error: SUBJECTS })
			.min(min, SUBJECTS)
			.max(max, `allows at most ${max} images`),
		scene_image: imageSchema.optional(),
		style_image: imageSchema.optional(),
		prompt: optionalText(PROMPT_MAX),
		n: imageCountSchema,
		aspect_ratio: imageAspectRatioSchema,
		...imageTaskFields,
	})
	.passthrough()
	.superRefine(checkImageModelRules);
