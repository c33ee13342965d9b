import { z } from 'zod';

import { IMAGE_MODELS } from '../../../models';
import { IMAGE_LIMITS, IMAGE_REFERENCE_VALUES } from '../../../vocabulary';
import { imageSchema, optionalText, PROMPT_MAX, promptSchema } from '../../../validation/common';
import {
	checkImageModelRules,
	imageAspectRatioSchema,
	imageCountSchema,
	imageModelSchema,
	imageTaskFields,
	numberBetween,
	resolutionSchema,
} from '../../../validation/imageCommon';

const fidelity = numberBetween(IMAGE_LIMITS.fidelity.min, IMAGE_LIMITS.fidelity.max).optional();

/** The models that take `image_reference`, for the error that names them. */
const withReference = () => Object.keys(IMAGE_MODELS).filter((name) => IMAGE_MODELS[name].imageReference);

/**
 * What a reference image allows (image-generation.md; models.ts for the per-model rows): no
 * negative prompt with it ("图生图场景下不支持"); an image reference type needs the image and a
 * model that takes one; kling-v1-5 needs the type with an image; kling-v2-new needs an image;
 * kling-v2 and v2-new keep the image's resolution.
 */
function checkReference(body: Record<string, unknown>, ctx: z.RefinementCtx): void {
	const name = String(body.model_name);
	const model = IMAGE_MODELS[name];
	const image = body.image !== undefined;
	if (image && body.negative_prompt !== undefined) {
		ctx.addIssue({ code: 'custom', path: ['negative_prompt'], message: 'is not supported with a Reference Image (image to image takes none)' });
	}
	if (body.image_reference !== undefined && !image) {
		ctx.addIssue({ code: 'custom', path: ['image'], message: 'is required when Image Reference is set' });
	}
	if (!model) return;
	if (body.image_reference !== undefined && !model.imageReference) {
		ctx.addIssue({ code: 'custom', path: ['image_reference'], message: `is not supported by ${name} (only ${withReference().join(', ')})` });
	}
	if (image && body.image_reference === undefined && model.imageReference === 'withImage') {
		ctx.addIssue({ code: 'custom', path: ['image_reference'], message: `is required with a Reference Image on ${name} (Subject or Face)` });
	}
	if (!image && model.needsImage) {
		ctx.addIssue({ code: 'custom', path: ['image'], message: `is required for ${name}: it restyles an image and makes none from text alone` });
	}
	if (image && body.resolution !== undefined && model.keepsImageResolution) {
		ctx.addIssue({ code: 'custom', path: ['resolution'], message: `cannot be set for ${name} with a Reference Image: the result keeps the image's resolution` });
	}
}

/** POST /v1/images/generations (image-generation.md). Unknown keys (Additional Body Fields) pass through. */
export const imageGenerateSchema = z
	.object({
		model_name: imageModelSchema('generate'),
		prompt: promptSchema,
		negative_prompt: optionalText(PROMPT_MAX),
		image: imageSchema.optional(),
		image_reference: z.enum(IMAGE_REFERENCE_VALUES, { errorMap: () => ({ message: `must be one of ${IMAGE_REFERENCE_VALUES.join(', ')}` }) }).optional(),
		image_fidelity: fidelity,
		human_fidelity: fidelity,
		resolution: resolutionSchema,
		n: imageCountSchema,
		aspect_ratio: imageAspectRatioSchema,
		...imageTaskFields,
	})
	.passthrough()
	.superRefine((body, ctx) => {
		checkImageModelRules(body, ctx);
		checkReference(body, ctx);
	});
