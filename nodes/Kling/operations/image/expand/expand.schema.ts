import { z } from 'zod';

import { IMAGE_LIMITS } from '../../../vocabulary';
import { imageSchema, optionalText, PROMPT_MAX } from '../../../validation/common';
import { imageCountSchema, imageTaskFields, numberBetween } from '../../../validation/imageCommon';

const RATIOS = ['up_expansion_ratio', 'down_expansion_ratio', 'left_expansion_ratio', 'right_expansion_ratio'] as const;
const ratio = numberBetween(IMAGE_LIMITS.expansionRatio.min, IMAGE_LIMITS.expansionRatio.max);

/**
 * The new image at most 3 times the original's area (image-expand.md: 新图片整体面积不得超过原图片3倍):
 * up and down are multiples of the height, left and right of the width.
 */
function checkArea(body: Record<string, unknown>, ctx: z.RefinementCtx): void {
	const [up, down, left, right] = RATIOS.map((key) => (typeof body[key] === 'number' ? (body[key] as number) : 0));
	const area = (1 + up + down) * (1 + left + right);
	if (area > IMAGE_LIMITS.expandedArea + 1e-9) {
		// Named by the largest expansion: the one to lower first.
		const largest = RATIOS.reduce((a, b) => ((body[b] as number) > (body[a] as number) ? b : a));
		ctx.addIssue({
			code: 'custom',
			path: [largest],
			message: `the new image would be ${Number(area.toFixed(2))} times the original's area; Kling allows at most ${IMAGE_LIMITS.expandedArea}: (1 + Up + Down) × (1 + Left + Right) ≤ ${IMAGE_LIMITS.expandedArea}`,
		});
	}
}

/** POST /v1/images/editing/expand (image-expand.md): each ratio 0 to 2, sent always (the API requires all four). */
export const imageExpandSchema = z
	.object({
		image: imageSchema,
		up_expansion_ratio: ratio,
		down_expansion_ratio: ratio,
		left_expansion_ratio: ratio,
		right_expansion_ratio: ratio,
		prompt: optionalText(PROMPT_MAX),
		n: imageCountSchema,
		...imageTaskFields,
	})
	.passthrough()
	.superRefine(checkArea);
