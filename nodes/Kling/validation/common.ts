import { z } from 'zod';

import type { KlingOperation } from '../models';
import { MODELS, modelsFor } from '../models';

export const PROMPT_MAX = 2500;
export const SHOT_PROMPT_MAX = 512;

export const promptSchema = z
	.string({ required_error: 'is required', invalid_type_error: 'must be text' })
	.min(1, 'is required')
	.max(PROMPT_MAX, `must be at most ${PROMPT_MAX} characters`);

export const optionalText = (max?: number) =>
	max === undefined ? z.string().optional() : z.string().max(max, `must be at most ${max} characters`).optional();

export const modelSchema = (operation: KlingOperation) => {
	const allowed = modelsFor(operation);
	return z.string({ required_error: 'is required' }).refine((model) => allowed.includes(model), (model) => ({
		message: `"${model}" is not a model for this operation; use one of ${allowed.join(', ')}`,
	}));
};

export const cfgScaleSchema = z
	.number({ invalid_type_error: 'must be a number' })
	.min(0, 'must be between 0 and 1')
	.max(1, 'must be between 0 and 1')
	.optional();

export const modeSchema = z.enum(['std', 'pro']).optional();
export const aspectRatioSchema = z.enum(['16:9', '9:16', '1:1']).optional();
export const soundSchema = z.enum(['on', 'off']).optional();
export const watermarkSchema = z.object({ enabled: z.boolean() }).strict().optional();

export const httpUrlSchema = z
	.string()
	.refine((value) => /^https?:\/\/[^\s/]+/i.test(value), 'must be an http(s) URL')
	.optional();

/** Duration arrives as a string ("5"); some hosts document a number. Both are checked against the model. */
export const durationSchema = z.union([z.string(), z.number()]).optional();

const CAMERA_AXES = ['horizontal', 'vertical', 'pan', 'tilt', 'roll', 'zoom'] as const;
export const CAMERA_TYPES = ['simple', 'down_back', 'forward_up', 'right_turn_forward', 'left_turn_forward'] as const;

export const cameraControlSchema = z
	.object({
		type: z.enum(CAMERA_TYPES),
		config: z.record(z.enum(CAMERA_AXES), z.number()).optional(),
	})
	.strict()
	.superRefine((camera, ctx) => {
		if (camera.type !== 'simple') {
			if (camera.config) ctx.addIssue({ code: 'custom', message: `type "${camera.type}" takes no axis values` });
			return;
		}
		const values = Object.entries(camera.config ?? {});
		const outOfRange = values.filter(([, value]) => value < -10 || value > 10);
		if (outOfRange.length) {
			ctx.addIssue({ code: 'custom', message: `${outOfRange.map(([axis]) => axis).join(', ')} must be between -10 and 10` });
		}
		const moving = values.filter(([, value]) => value !== 0);
		if (moving.length !== 1) {
			ctx.addIssue({
				code: 'custom',
				message: `type "simple" needs exactly one non-zero axis (found ${moving.length}: ${moving.map(([axis]) => axis).join(', ') || 'none'})`,
			});
		}
	})
	.optional();

/** Rules that depend on the model's capabilities (see models.ts). */
export function checkModelRules(body: Record<string, unknown>, ctx: z.RefinementCtx): void {
	const model = MODELS[String(body.model_name)];
	if (!model) return; // reported by the model field itself
	const name = String(body.model_name);
	if (body.cfg_scale !== undefined && !model.cfgScale) {
		ctx.addIssue({ code: 'custom', path: ['cfg_scale'], message: `is not supported by ${name} (only kling-v1, kling-v1-5 and kling-v1-6)` });
	}
	if (body.sound !== undefined && !model.sound) {
		ctx.addIssue({ code: 'custom', path: ['sound'], message: `is not supported by ${name} (V2.6 and later)` });
	}
	if (body.duration !== undefined && !(body.multi_shot === true && body.video_list !== undefined)) {
		const seconds = Number(body.duration);
		if (!model.durations.includes(seconds)) {
			ctx.addIssue({ code: 'custom', path: ['duration'], message: `must be one of ${model.durations.join(', ')} seconds for ${name}` });
		}
	}
}
