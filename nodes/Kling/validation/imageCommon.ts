import { z } from 'zod';

import { IMAGE_MODELS, imageModelsFor } from '../models';
import { AUTO_ASPECT_RATIO, IMAGE_ASPECT_RATIO_VALUES, IMAGE_LIMITS, IMAGE_RESOLUTION_VALUES } from '../vocabulary';
import { httpUrlSchema, optionalText, watermarkSchema } from './common';

/** The schemas the Image resource's operations share (sources in vocabulary.ts and models.ts). */

const oneOf = <T extends string>(values: readonly [T, ...T[]]) =>
	z.enum(values, { errorMap: () => ({ message: `must be one of ${values.join(', ')}` }) });

export const imageModelSchema = (operation: string) => {
	const allowed = imageModelsFor(operation);
	return z.string({ required_error: 'is required' }).refine((model) => allowed.includes(model), (model) => ({
		message: `"${model}" is not a model for this operation; use one of ${allowed.join(', ')}`,
	}));
};

const { min, max } = IMAGE_LIMITS.images;
/** `n`: 1 to 9 images (each image page that has `n`). */
export const imageCountSchema = z
	.number({ invalid_type_error: `must be a whole number from ${min} to ${max}` })
	.int(`must be a whole number from ${min} to ${max}`)
	.min(min, `must be a whole number from ${min} to ${max}`)
	.max(max, `must be a whole number from ${min} to ${max}`)
	.optional();

export const imageAspectRatioSchema = oneOf(IMAGE_ASPECT_RATIO_VALUES).optional();
export const omniAspectRatioSchema = oneOf([...IMAGE_ASPECT_RATIO_VALUES, AUTO_ASPECT_RATIO]).optional();
export const resolutionSchema = oneOf(IMAGE_RESOLUTION_VALUES).optional();

/** A value between two bounds, typed as a number (an expression's text was made a number in bodyOfFields). */
export const numberBetween = (from: number, to: number) =>
	z.number({ required_error: 'is required', invalid_type_error: `must be a number from ${from} to ${to}` })
		.min(from, `must be from ${from} to ${to}`)
		.max(to, `must be from ${from} to ${to}`);

/** Fields every image task takes as the node sends them (Virtual Try-On documents no watermark; Additional Body Fields can still add one). */
export const imageTaskFields = {
	watermark_info: watermarkSchema,
	callback_url: httpUrlSchema,
	external_task_id: optionalText(),
};

/** Resolution and aspect ratio against the model's row (models.ts IMAGE_MODELS). */
export function checkImageModelRules(body: Record<string, unknown>, ctx: z.RefinementCtx): void {
	const name = String(body.model_name);
	const model = IMAGE_MODELS[name];
	if (!model) return; // reported by the model field itself
	if (typeof body.resolution === 'string' && !model.resolutions.includes(body.resolution as never)) {
		ctx.addIssue({ code: 'custom', path: ['resolution'], message: `must be ${model.resolutions.join(' or ')} for ${name}` });
	}
	const ratio = body.aspect_ratio;
	if (typeof ratio === 'string' && ratio !== AUTO_ASPECT_RATIO && IMAGE_ASPECT_RATIO_VALUES.includes(ratio as never) && !model.aspectRatios.includes(ratio as never)) {
		ctx.addIssue({ code: 'custom', path: ['aspect_ratio'], message: `${ratio} is not supported by ${name}; use one of ${model.aspectRatios.join(', ')}` });
	}
}
