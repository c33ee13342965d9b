import { z } from 'zod';

import { AUTO_ASPECT_RATIO, IMAGE_LIMITS } from '../../../vocabulary';
import { imageSchema, promptSchema } from '../../../validation/common';
import { checkImageModelRules, imageCountSchema, imageModelSchema, imageTaskFields, omniAspectRatioSchema, resolutionSchema } from '../../../validation/imageCommon';

type Body = Record<string, unknown>;
const count = (value: unknown) => (Array.isArray(value) ? value.length : 0);

/**
 * The references: images and elements together at most 10 (omni-image-o1.md: 参考主体数量与参考图片
 * 数量之和不超过10); the prompt's <<<image_N>>> must name one of the images; `auto` needs a reference
 * (capability-map.md, "Omni-Image (O1)": auto for image to image only).
 */
function checkReferences(body: Body, ctx: z.RefinementCtx): void {
	const images = count(body.image_list);
	const elements = count(body.element_list);
	if (images + elements > IMAGE_LIMITS.omniReferences) {
		ctx.addIssue({
			code: 'custom',
			path: [images ? 'image_list' : 'element_list'],
			message: `with the Elements, at most ${IMAGE_LIMITS.omniReferences} references in all (found ${images} images and ${elements} elements)`,
		});
	}
	if (typeof body.prompt === 'string') {
		const named = [...body.prompt.matchAll(/<<<\s*image_(\d+)\s*>>>/gi)].map((match) => Number(match[1]));
		const missing = [...new Set(named.filter((n) => n < 1 || n > images))];
		if (missing.length) {
			ctx.addIssue({
				code: 'custom',
				path: ['prompt'],
				message: `refers to ${missing.map((n) => `<<<image_${n}>>>`).join(', ')}, but ${images === 0 ? 'no Reference Images are given' : `only ${images} Reference Image${images === 1 ? ' is' : 's are'} given`}`,
			});
		}
	}
	if (body.aspect_ratio === AUTO_ASPECT_RATIO && images + elements === 0) {
		ctx.addIssue({ code: 'custom', path: ['aspect_ratio'], message: 'auto needs a Reference Image or an Element; from the prompt alone choose a ratio' });
	}
}

/** POST /v1/images/omni-image (omni-image-o1.md). Unknown keys (Additional Body Fields) pass through. */
export const omniImageSchema = z
	.object({
		model_name: imageModelSchema('omniImage'),
		prompt: promptSchema,
		image_list: z.array(z.object({ image: imageSchema }).strict()).optional(),
		element_list: z.array(z.object({ element_id: z.union([z.string().min(1, 'is required'), z.number()]) }).strict()).optional(),
		resolution: resolutionSchema,
		n: imageCountSchema,
		aspect_ratio: omniAspectRatioSchema,
		...imageTaskFields,
	})
	.passthrough()
	.superRefine((body, ctx) => {
		checkImageModelRules(body, ctx);
		checkReferences(body, ctx);
	});
