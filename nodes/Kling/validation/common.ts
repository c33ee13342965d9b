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

/** An image after resolveImages: a URL or Base64, never empty. */
export const imageSchema = z.string({ required_error: 'is required', invalid_type_error: 'must be text' }).min(1, 'is required');

const shotSchema = z
	.object({
		index: z.number().int().min(1),
		prompt: z.string({ required_error: 'is required' }).min(1, 'is required').max(SHOT_PROMPT_MAX, `must be at most ${SHOT_PROMPT_MAX} characters`),
		duration: z.union([z.string(), z.number()]),
	})
	.strict();

export const multiShotFields = {
	multi_shot: z.boolean().optional(),
	shot_type: z.literal('customize').optional(),
	multi_prompt: z.array(shotSchema).optional(),
};

/** Multi-shot needs 1–6 shots, each at least 1 s, adding up to the total duration. */
export function checkMultiShot(body: Record<string, unknown>, ctx: z.RefinementCtx): void {
	if (body.multi_shot !== true) return;
	const shots = (body.multi_prompt ?? []) as Array<{ duration: string | number }>;
	if (shots.length < 1 || shots.length > 6) {
		ctx.addIssue({ code: 'custom', path: ['multi_prompt'], message: `Multi-Shot needs 1 to 6 shots (found ${shots.length})` });
		return;
	}
	const total = Number(body.duration ?? 5);
	let sum = 0;
	shots.forEach((shot, i) => {
		const seconds = Number(shot.duration);
		if (!(seconds >= 1) || seconds > total) {
			ctx.addIssue({ code: 'custom', path: ['multi_prompt', i, 'duration'], message: `must be at least 1 and at most the total duration (${total} s)` });
		}
		sum += seconds;
	});
	if (sum !== total) {
		ctx.addIssue({ code: 'custom', path: ['multi_prompt'], message: `the shot durations add up to ${sum} s but Duration is ${total} s` });
	}
}

/** The prompt is required unless Multi-Shot gives one per shot. */
export function checkPromptUnlessMultiShot(body: Record<string, unknown>, ctx: z.RefinementCtx): void {
	if (body.multi_shot !== true && (typeof body.prompt !== 'string' || body.prompt === '')) {
		ctx.addIssue({ code: 'custom', path: ['prompt'], message: 'is required (unless Multi-Shot is on)' });
	}
}

/** Fields every create operation shares, as the node sends them. */
export const taskFields = {
	mode: modeSchema,
	aspect_ratio: aspectRatioSchema,
	duration: durationSchema,
	watermark_info: watermarkSchema,
	callback_url: httpUrlSchema,
	external_task_id: optionalText(),
};
