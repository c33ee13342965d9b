import { z } from 'zod';

import { httpUrlSchema, optionalText } from '../../../validation/common';

/*
 * POST /v1/videos/identify-face, answered at once. Kling's Lip Sync › Face
 * Recognition page (kling.ai/document-api/api/video/lip-sync/face-detection,
 * kept verbatim in aself101/kling-api docs/api/kling-face-recog.md;
 * shared/spec/kling-api-2026.md §1.2): exactly one of `video_id` (a video
 * Kling made in the last 30 days, at most 60 s) and `video_url` (.mp4/.mov,
 * ≤ 100 MB, 2–60 s, 720p or 1080p, each side 512–2160 px). The video's
 * length, size and resolution are Kling's to check: the node does not fetch it.
 */
function checkOneVideo(body: Record<string, unknown>, ctx: z.RefinementCtx): void {
	const byId = body.video_id !== undefined;
	const byUrl = body.video_url !== undefined;
	if (!byId && !byUrl) {
		ctx.addIssue({ code: 'custom', path: ['video'], message: 'is required: the URL of a video, or the ID of a video Kling made' });
	} else if (byId && byUrl) {
		ctx.addIssue({ code: 'custom', path: ['video'], message: 'give a video ID or a video URL, not both (Kling takes one)' });
	}
}

/** The body as the node sends it. Unknown keys (Additional Body Fields) pass through. */
export const identifyFacesSchema = z
	.object({
		video_id: optionalText(),
		video_url: httpUrlSchema,
	})
	.passthrough()
	.superRefine(checkOneVideo);
