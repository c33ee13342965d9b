import { z } from 'zod';

import { imageSchema } from '../../../validation/common';

/**
 * POST /v1/videos/image-recognize (kling-img-recog.md; shared/spec/kling-api-2026.md
 * §1.3): `image` required, a URL or raw Base64, JPG/PNG ≤ 10 MB, ≥ 300 px,
 * 1:2.5–2.5:1 (type, size and, on files, the pixels: the pipeline's media
 * checks). Nothing else is documented; Additional Body Fields pass through.
 */
export const recognizeSchema = z.object({ image: imageSchema }).passthrough();
