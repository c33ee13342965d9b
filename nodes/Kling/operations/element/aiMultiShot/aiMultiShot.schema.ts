import { z } from 'zod';

import { httpUrlSchema, imageSchema, optionalText } from '../../../validation/common';

/**
 * POST /v1/general/ai-multi-shot (kling-image-common-subject-completion.md,
 * shared/spec/kling-api-2026.md §1.4): `element_frontal_image` required (URL
 * or Base64; JPG/PNG ≤ 10 MB, ≥ 300 px, 1:2.5–2.5:1: the pipeline checks
 * type, size and, on files, the pixels), `callback_url`, `external_task_id`.
 * No model field. Unknown keys (Additional Body Fields) pass through.
 */
export const aiMultiShotSchema = z
	.object({
		element_frontal_image: imageSchema,
		callback_url: httpUrlSchema,
		external_task_id: optionalText(),
	})
	.passthrough();
