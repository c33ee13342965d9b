import { z } from 'zod';

import { checkOneVideo, httpUrlSchema } from '../../../validation/common';

/*
 * POST /v1/videos/multi-elements/init-selection (kling.ai/document-api/api/video/multi-elements,
 * [V] aself101/kling-api docs/api/kling-multi-element-video-editing.md): `video_id` (a video
 * Kling made in the last 30 days) or `video_url` (.mp4/.mov); "video_id and video_url cannot
 * both be empty or both be provided". The video's length (2–5 s or 7–10 s), size (720–2160 px
 * each side) and frame rate (24, 30, 60 fps) are Kling's to check: the node does not fetch it.
 */
/** The body as the node sends it: the endpoint takes nothing else. */
export const editObjectsStartSchema = z
	.object({
		video_id: z.string({ invalid_type_error: 'must be text' }).optional(),
		video_url: httpUrlSchema,
	})
	.strict()
	.superRefine((body, ctx) => checkOneVideo(body, ctx, 'is required: the ID of a video Kling made, or the URL of a video'));
