import { z } from 'zod';

import { checkOneVideo, httpUrlSchema, optionalText } from '../../../validation/common';

/*
 * POST /v1/videos/identify-face, answered at once. Kling's Lip Sync › Face
 * Recognition page (kling.ai/document-api/api/video/lip-sync/face-detection,
 * kept verbatim in aself101/kling-api docs/api/kling-face-recog.md;
 * shared/spec/kling-api-2026.md §1.2): exactly one of `video_id` (a video
 * Kling made in the last 30 days, at most 60 s) and `video_url` (.mp4/.mov,
 * ≤ 100 MB, 2–60 s, 720p or 1080p, each side 512–2160 px). The video's
 * length, size and resolution are Kling's to check: the node does not fetch it.
 */
/** The body as the node sends it. Unknown keys (Additional Body Fields) pass through. */
export const identifyFacesSchema = z
	.object({
		video_id: optionalText(),
		video_url: httpUrlSchema,
	})
	.passthrough()
	.superRefine(checkOneVideo);
