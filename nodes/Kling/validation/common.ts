import { z } from 'zod';

import type { ModelCapabilities } from '../models';
import { fourKModelsFor, isKnownModel, MODELS, modelsFor } from '../models';
import {
	ASPECT_RATIO_VALUES,
	CAMERA_AXES,
	CAMERA_AXIS_MAX,
	CAMERA_TYPES as CAMERA_TYPE_VALUES,
	FOUR_K_MODE,
	LIMITS,
	MODE_VALUES,
	SHOT_TYPE_VALUES,
	VIDEO_MODE_VALUES,
} from '../vocabulary';

export const PROMPT_MAX = LIMITS.prompt;
export const SHOT_PROMPT_MAX = LIMITS.shotPrompt;

/** Text that holds more than spaces and line breaks (a prompt of only those would be sent, and paid for). */
export const isBlank = (value: unknown) => typeof value !== 'string' || value.trim() === '';
const BLANK = 'is required (it holds only spaces or line breaks)';

/** A required text: present, not only whitespace, at most `max` characters. */
export const requiredText = (max: number) =>
	z
		.string({ required_error: 'is required', invalid_type_error: 'must be text' })
		.min(1, 'is required')
		.refine((value) => value === '' || value.trim() !== '', BLANK)
		.pipe(z.string().max(max, `must be at most ${max} characters`));

export const promptSchema = requiredText(PROMPT_MAX);

export const optionalText = (max?: number) =>
	max === undefined ? z.string().optional() : z.string().max(max, `must be at most ${max} characters`).optional();

/** How Kling names models: letters, digits, dots, dashes, underscores. */
const MODEL_NAME = /^[a-z0-9][a-z0-9._-]{0,63}$/i;

/**
 * A Model field: a model the tables know must serve the operation (`allowed`);
 * a well-formed name neither table knows (a model newer than this release)
 * is let through, with the checks every model gets: Kling refuses a name it
 * does not serve, at no cost, and the item's output says its model rules
 * were not checked (pipeline/modelNotice.ts).
 */
export const modelNameSchema = (allowed: string[]) =>
	z.string({ required_error: 'is required', invalid_type_error: 'must be text' }).superRefine((model, ctx) => {
		if (allowed.includes(model) || (!isKnownModel(model) && MODEL_NAME.test(model))) return;
		const what = isKnownModel(model) ? 'is not a model for this operation' : 'is not a model name';
		ctx.addIssue({ code: 'custom', message: `"${model}" ${what}; use one of ${allowed.join(', ')}` });
	});

export const modelSchema = (operation: string) => modelNameSchema(modelsFor(operation));

export const cfgScaleSchema = z
	.number({ invalid_type_error: 'must be a number' })
	.min(0, 'must be between 0 and 1')
	.max(1, 'must be between 0 and 1')
	.optional();

// Either mode is let through for every model: which model takes std is not settled (see models.ts).
export const modeSchema = z.enum(MODE_VALUES).optional();
/** The modes of an operation whose models may render 4K; checkFourK says which model does. */
export const videoModeSchema = z
	.enum(VIDEO_MODE_VALUES, { errorMap: () => ({ message: `must be one of ${VIDEO_MODE_VALUES.join(', ')}` }) })
	.optional();
export const aspectRatioSchema = z.enum(ASPECT_RATIO_VALUES).optional();
export const soundSchema = z.enum(['on', 'off']).optional();
export const watermarkSchema = z.object({ enabled: z.boolean() }).strict().optional();

export const httpUrlSchema = z
	.string()
	.refine((value) => /^https?:\/\/[^\s/]+/i.test(value), 'must be an http(s) URL')
	.optional();

/** Duration arrives as a string ("5"); some hosts document a number. Both are checked against the model. */
export const durationSchema = z.union([z.string(), z.number()]).optional();

export const CAMERA_TYPES = CAMERA_TYPE_VALUES;

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
		const outOfRange = values.filter(([, value]) => value < -CAMERA_AXIS_MAX || value > CAMERA_AXIS_MAX);
		if (outOfRange.length) {
			ctx.addIssue({
				code: 'custom',
				message: `${outOfRange.map(([axis]) => axis).join(', ')} must be between -${CAMERA_AXIS_MAX} and ${CAMERA_AXIS_MAX}`,
			});
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

type Body = Record<string, unknown>;
const listOf = (value: unknown) => (Array.isArray(value) ? (value as Array<Record<string, unknown>>) : []);

/** Omni: a video to edit (`refer_type` base, the default) is in the request. */
export const hasBaseVideo = (body: Body) => listOf(body.video_list).some((video) => (video.refer_type ?? 'base') === 'base');

/** Omni: the video comes from the prompt alone, or from a first frame alone. */
const fromTextOrFirstFrame = (body: Body) =>
	listOf(body.video_list).length === 0 &&
	listOf(body.element_list).length === 0 &&
	listOf(body.image_list).every((image) => image.type === 'first_frame');

/** The durations the model takes for this request. */
function durationsOf(model: ModelCapabilities, body: Body): number[] {
	return model.durationsFromTextOrFirstFrame && fromTextOrFirstFrame(body) ? model.durationsFromTextOrFirstFrame : model.durations;
}

/** Rules that depend on the model's capabilities (see models.ts). */
export function checkModelRules(body: Body, ctx: z.RefinementCtx): void {
	const model = MODELS[String(body.model_name)];
	if (!model) return; // reported by the model field itself
	const name = String(body.model_name);
	if (body.cfg_scale !== undefined && !model.cfgScale) {
		ctx.addIssue({ code: 'custom', path: ['cfg_scale'], message: `is not supported by ${name} (only kling-v1, kling-v1-5 and kling-v1-6)` });
	}
	// A new-API model without a sound switch: the operation's new-API check says so in its words.
	if (body.sound !== undefined && !model.sound && model.api !== 'new') {
		ctx.addIssue({ code: 'custom', path: ['sound'], message: `is not supported by ${name} (V2.6 and later)` });
	}
	// With a video to edit the output keeps the input's length and `duration` is ignored
	// (omni-video.openapi.yaml.txt `duration`: "此时当前参数无效").
	if (body.duration !== undefined && !hasBaseVideo(body)) {
		const seconds = Number(body.duration);
		const allowed = durationsOf(model, body);
		if (!allowed.includes(seconds)) {
			const narrowed = allowed !== model.durations;
			ctx.addIssue({
				code: 'custom',
				path: ['duration'],
				message: narrowed
					? `must be one of ${allowed.join(', ')} seconds for ${name} from the prompt alone or a first frame alone (${model.durations.join(', ')} with reference images, an end frame, elements or a video)`
					: `must be one of ${model.durations.join(', ')} seconds for ${name}`,
			});
		}
	}
}

/**
 * `mode: "4k"` only where the model renders it (models.ts `fourK`: kling-api-2026.md §D 04/23/2026,
 * 06/17/2026). A model neither table knows is let through, like its other rules.
 */
export const checkFourK =
	(operation: string) =>
	(body: Body, ctx: z.RefinementCtx): void => {
		if (body.mode !== FOUR_K_MODE.value) return;
		const name = String(body.model_name);
		const model = MODELS[name];
		if (!model || model.fourK?.includes(operation)) return;
		const takers = fourKModelsFor(operation);
		ctx.addIssue({
			code: 'custom',
			path: ['mode'],
			message: `4K is not rendered by ${name}${takers.length ? `; only by ${takers.join(', ')}` : ' here (no model of this operation renders 4K)'}`,
		});
	};

/** An image after resolveImages: a URL or Base64, never empty. */
export const imageSchema = z.string({ required_error: 'is required', invalid_type_error: 'must be text' }).min(1, 'is required');

const shotSchema = z
	.object({
		index: z.number().int().min(1),
		prompt: requiredText(SHOT_PROMPT_MAX),
		duration: z.union([z.string(), z.number()]),
	})
	.strict();

export const multiShotFields = {
	multi_shot: z.boolean().optional(),
	shot_type: z.literal('customize').optional(),
	multi_prompt: z.array(shotSchema).optional(),
};

/** Omni-Video's shot types: also `intelligence` (see vocabulary.ts SHOT_TYPES; checkIntelligentShots). */
export const omniShotTypeSchema = z
	.enum(SHOT_TYPE_VALUES, { errorMap: () => ({ message: `must be one of ${SHOT_TYPE_VALUES.join(', ')}` }) })
	.optional();

const INTELLIGENCE = 'intelligence';
/** Intelligent shots: the prompt describes them, so there is no list of shots to check. */
const intelligentShots = (body: Record<string, unknown>) => body.multi_shot === true && body.shot_type === INTELLIGENCE;

/**
 * Omni-Video's Shot Type (kling-api-2026.md §D 03/11/2026: `shot_type: "intelligence"` for 3.0 Omni;
 * 06/17/2026: with a feature video too, "set multi_shot to true, set shot_type to intelligence, and include
 * multi-shot scene descriptions in the prompt"): only with Multi-Shot on (Kling ignores shot_type without
 * it: omni-video.openapi.yaml.txt `multi_shot`), intelligence only on a model that takes it (models.ts
 * `intelligentShots`; an unknown model is let through) and without a list of shots.
 */
export function checkIntelligentShots(body: Record<string, unknown>, ctx: z.RefinementCtx): void {
	if (body.shot_type === undefined) return;
	if (body.multi_shot !== true) {
		ctx.addIssue({ code: 'custom', path: ['shot_type'], message: 'needs Multi-Shot on (without it Kling renders one shot)' });
		return;
	}
	if (body.shot_type !== INTELLIGENCE) return;
	const name = String(body.model_name);
	const model = MODELS[name];
	if (model && !model.intelligentShots) {
		const takers = Object.keys(MODELS).filter((candidate) => MODELS[candidate].intelligentShots);
		ctx.addIssue({ code: 'custom', path: ['shot_type'], message: `intelligent shots are not rendered by ${name}; only by ${takers.join(', ')}` });
	}
	if (body.multi_prompt !== undefined) {
		ctx.addIssue({ code: 'custom', path: ['multi_prompt'], message: 'are not used with intelligent shots: describe the shots in the Prompt, or choose Custom shots' });
	}
}

/** Multi-shot needs 1–6 shots (image2video/omni-video openapi `multi_prompt`), each at least 1 s, adding up to the total duration. */
export function checkMultiShot(body: Record<string, unknown>, ctx: z.RefinementCtx): void {
	if (body.multi_shot !== true || intelligentShots(body)) return;
	const shots = (body.multi_prompt ?? []) as Array<{ duration: string | number }>;
	if (shots.length < 1 || shots.length > LIMITS.shots) {
		ctx.addIssue({ code: 'custom', path: ['multi_prompt'], message: `Multi-Shot needs 1 to ${LIMITS.shots} shots (found ${shots.length})` });
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

/** The prompt is required unless Multi-Shot gives one per shot (intelligent shots are described in it). */
export function checkPromptUnlessMultiShot(body: Record<string, unknown>, ctx: z.RefinementCtx): void {
	if (!isBlank(body.prompt)) return;
	if (intelligentShots(body)) {
		ctx.addIssue({ code: 'custom', path: ['prompt'], message: 'is required with intelligent shots: it describes the shots' });
	} else if (body.multi_shot !== true) {
		ctx.addIssue({ code: 'custom', path: ['prompt'], message: 'is required (unless Multi-Shot is on)' });
	}
}

/** Fields every create operation shares, as the node sends them. */
export const taskFields = {
	mode: videoModeSchema,
	aspect_ratio: aspectRatioSchema,
	duration: durationSchema,
	watermark_info: watermarkSchema,
	callback_url: httpUrlSchema,
	external_task_id: optionalText(),
};

/**
 * Kling takes a video by its ID or by a URL (`video_id`, `video_url`): one of
 * the two, never both; an error names the Video field (body path `video`).
 */
export function checkOneVideo(
	body: Record<string, unknown>,
	ctx: z.RefinementCtx,
	missing = 'is required: the URL of a video, or the ID of a video Kling made',
): void {
	const byId = body.video_id !== undefined;
	const byUrl = body.video_url !== undefined;
	if (!byId && !byUrl) ctx.addIssue({ code: 'custom', path: ['video'], message: missing });
	else if (byId && byUrl) ctx.addIssue({ code: 'custom', path: ['video'], message: 'give a video ID or a video URL, not both (Kling takes one)' });
}
