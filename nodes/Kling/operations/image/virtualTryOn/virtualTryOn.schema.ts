import { z } from 'zod';

import { imageSchema } from '../../../validation/common';
import { imageModelSchema, imageTaskFields } from '../../../validation/imageCommon';

/**
 * POST /v1/images/kolors-virtual-try-on (virtual-try-on.md): a person and a garment. Which garments
 * combine (v1.5: a top and a bottom in one image) only Kling can see.
 */
export const virtualTryOnSchema = z
	.object({
		model_name: imageModelSchema('virtualTryOn'),
		human_image: imageSchema,
		cloth_image: imageSchema,
		...imageTaskFields,
	})
	.passthrough();
