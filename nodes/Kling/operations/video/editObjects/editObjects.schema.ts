import { z } from 'zod';

import { httpUrlSchema, imageSchema, modeSchema, optionalText, PROMPT_MAX, promptSchema, watermarkSchema } from '../../../validation/common';
import type { ImageSizeRule } from '../../../validation/imageSize';
import { sessionIdSchema } from '../editObjects.shared';

/*
 * POST /v1/videos/multi-elements, Kling's reference
 * (kling.ai/document-api/api/video/multi-elements; [V] aself101/kling-api
 * docs/api/kling-multi-element-video-editing.md, "Create Task"; shared/spec
 * kling-api-2026.md §1.1):
 * - session_id (required), edit_mode addition | swap | removal (required);
 * - image_list[{image}]: "For adding video elements: … upload 1–2 images";
 *   "For editing (swapping) video elements: … upload 1 image only"; "For
 *   deleting video elements: This parameter is not required" (so none is
 *   sent); a URL or raw Base64, jpg/jpeg/png ≤ 10 MB, ≥ 300 px, 1:2.5–2.5:1
 *   (checked on files by the pipeline's media resolution);
 * - prompt (required, ≤ 2500), referring to the inputs as <<<video_1>>>,
 *   <<<image_1>>>; negative_prompt ≤ 2500; mode std | pro;
 * - duration "5" | "10": "To generate a 5-second video, the input video must
 *   be ≥2 seconds and ≤5 seconds; … 10-second … ≥7 seconds and ≤10 seconds"
 *   (matched to the session's video before sending: editObjects.operation.ts);
 * - watermark_info{enabled}, callback_url, external_task_id.
 * No model: the current reference has no model field; older copies and
 * resellers name kling-v1-6 (§1.1: send none).
 */
export const EDIT_MODES = ['addition', 'swap', 'removal'] as const;
export type EditMode = (typeof EDIT_MODES)[number];
export const EDIT_IMAGES_MAX = 2;
export const EDIT_DURATIONS = ['5', '10'] as const;
/** `image_list`: "Image dimensions must be at least 300px. Aspect ratio must be between 1:2.5 and 2.5:1". */
export const EDIT_IMAGE_SIZE: ImageSizeRule = { minSide: 300, maxRatio: 2.5 };

/** How many images each edit mode takes. */
const IMAGES_OF: Record<EditMode, { min: number; max: number; rule: string }> = {
	addition: { min: 1, max: 2, rule: 'Add Object takes 1 or 2 images' },
	swap: { min: 1, max: 1, rule: 'Swap Object takes exactly 1 image' },
	removal: { min: 0, max: 0, rule: 'Remove Object takes no images' },
};

type Body = Record<string, unknown>;

function checkImages(body: Body, ctx: z.RefinementCtx): void {
	const wanted = IMAGES_OF[body.edit_mode as EditMode];
	if (!wanted) return; // reported by edit_mode itself
	const count = Array.isArray(body.image_list) ? body.image_list.length : 0;
	if (count < wanted.min || count > wanted.max) {
		ctx.addIssue({ code: 'custom', path: ['image_list'], message: `${wanted.rule} (found ${count})` });
	}
	if (typeof body.prompt !== 'string') return;
	// The prompt names the inputs: one video, and the images given.
	const named = [...body.prompt.matchAll(/<<<\s*image_(\d+)\s*>>>/gi)].map((match) => Number(match[1]));
	const missing = [...new Set(named.filter((n) => n < 1 || n > count))];
	if (missing.length) {
		ctx.addIssue({
			code: 'custom',
			path: ['prompt'],
			message: `refers to ${missing.map((n) => `<<<image_${n}>>>`).join(', ')}, but ${count === 0 ? 'no Images are given' : `only ${count} image${count === 1 ? ' is' : 's are'} given`}`,
		});
	}
	const videos = [...new Set([...body.prompt.matchAll(/<<<\s*video_(\d+)\s*>>>/gi)].map((match) => Number(match[1])))].filter((n) => n !== 1);
	if (videos.length) {
		ctx.addIssue({ code: 'custom', path: ['prompt'], message: `refers to ${videos.map((n) => `<<<video_${n}>>>`).join(', ')}; the session's video is <<<video_1>>>` });
	}
}

/** The body as the node sends it. Unknown keys (Additional Body Fields) pass through. */
export const editObjectsSchema = z
	.object({
		session_id: sessionIdSchema,
		edit_mode: z.enum(EDIT_MODES, { errorMap: () => ({ message: 'must be addition (Add Object), swap (Swap Object) or removal (Remove Object)' }) }),
		image_list: z.array(z.object({ image: imageSchema }).strict()).optional(),
		prompt: promptSchema,
		negative_prompt: optionalText(PROMPT_MAX),
		mode: modeSchema,
		duration: z.enum(EDIT_DURATIONS, { errorMap: () => ({ message: 'must be 5 or 10 (seconds)' }) }),
		watermark_info: watermarkSchema,
		callback_url: httpUrlSchema,
		external_task_id: optionalText(),
	})
	.passthrough()
	.superRefine(checkImages);
