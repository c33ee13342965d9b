import { z } from 'zod';

import { IMAGE_MODELS } from '../../../models';
import { AUTO_ASPECT_RATIO, AUTO_SERIES_AMOUNT, IMAGE_LIMITS, SERIES_RESULT } from '../../../vocabulary';
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

const { min: seriesMin, max: seriesMax } = IMAGE_LIMITS.seriesImages;
const SERIES_AMOUNT = `must be a whole number from ${seriesMin} to ${seriesMax}, or ${AUTO_SERIES_AMOUNT}`;

/** `series_amount`: 2–9 or auto (Kling's Omni Image page; kling-api-2026.md §A, §D 04/27/2026). */
const seriesAmountSchema = z
	.union([
		z.number({ invalid_type_error: SERIES_AMOUNT }).int(SERIES_AMOUNT).min(seriesMin, SERIES_AMOUNT).max(seriesMax, SERIES_AMOUNT),
		z.literal(AUTO_SERIES_AMOUNT, { errorMap: () => ({ message: SERIES_AMOUNT }) }),
	])
	.optional();

/**
 * A series (`result_type: series`) only on a model that makes one (models.ts IMAGE_MODELS `series`:
 * kling-v3-omni; an unknown model is let through); `series_amount` only in a series (Kling ignores it
 * otherwise: "When result_type is single, this parameter is invalid").
 */
function checkSeries(body: Body, ctx: z.RefinementCtx): void {
	const name = String(body.model_name);
	const model = IMAGE_MODELS[name];
	if (body.result_type === SERIES_RESULT && model && !model.series) {
		const takers = Object.keys(IMAGE_MODELS).filter((candidate) => IMAGE_MODELS[candidate].series);
		ctx.addIssue({ code: 'custom', path: ['result_type'], message: `a series is made only by ${takers.join(', ')} (not ${name})` });
	}
	if (body.series_amount !== undefined && body.result_type !== SERIES_RESULT) {
		ctx.addIssue({ code: 'custom', path: ['series_amount'], message: 'needs Result Type Series' });
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
		result_type: z.enum(['single', SERIES_RESULT], { errorMap: () => ({ message: `must be single or ${SERIES_RESULT}` }) }).optional(),
		series_amount: seriesAmountSchema,
		...imageTaskFields,
	})
	.passthrough()
	.superRefine((body, ctx) => {
		checkImageModelRules(body, ctx);
		checkReferences(body, ctx);
		checkSeries(body, ctx);
	});
