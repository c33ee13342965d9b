import type { IDataObject } from 'n8n-workflow';
import type { z } from 'zod';

import { isNewApiModel, MODELS } from '../../models';
import type { ModelCapabilities } from '../../models';
import { merge } from './toBody';

/*
 * From the node's (legacy-shaped) body to the body of Kling's new API, and the
 * checks that body needs first. Sources: shared/spec/kling-api-2026.md §0 and
 * Kling's pages as kept in aself101/kling-api docs/api/ (kling-3.0-turbo-t2v.md,
 * -i2v.md, kling-omni-3.0-ovg.md, kling-motion-control-3.0.md), summarised in its
 * docs/specs/appendices/B-new-standard-contracts.md.
 */

type Body = Record<string, unknown>;

/** Whether the body names a model of the new API (models.ts `api: 'new'`). */
export const isNewApiBody = (body: Body): boolean => isNewApiModel(body.model_name);

/** The body's model row (a new-API body names a known one). */
export const modelOfBody = (body: Body): ModelCapabilities | undefined => MODELS[String(body.model_name)];

/**
 * Mode as the new API's `settings.resolution`: the billing exports map the
 * legacy modes so (kling-api-2026.md §1.7: "legacy std→720p, pro→1080p").
 */
const RESOLUTION_OF_MODE: Record<string, string> = { std: '720p', pro: '1080p', '4k': '4k' };

/** New API prompts may hold 3072 characters (kling-3.0-turbo-t2v.md `prompt`; kling-omni-3.0-ovg.md `text`). */
export const NEW_API_PROMPT_MAX = 3072;

const isPlainObject = (value: unknown): value is IDataObject => typeof value === 'object' && value !== null && !Array.isArray(value);
const listOf = (value: unknown): IDataObject[] => (Array.isArray(value) ? (value as IDataObject[]) : []);

/** An object without its undefined values; undefined when nothing is left (so no empty object is sent). */
export function defined(object: IDataObject): IDataObject | undefined {
	const kept: IDataObject = {};
	for (const [key, value] of Object.entries(object)) if (value !== undefined) kept[key] = value;
	return Object.keys(kept).length ? kept : undefined;
}

/** `options{callback_url, external_task_id, watermark_info}`, which every new-API create takes (kling-api-2026.md §0). */
export const optionsOf = (body: IDataObject): IDataObject | undefined =>
	defined({ callback_url: body.callback_url, external_task_id: body.external_task_id, watermark_info: body.watermark_info });

/** `settings.resolution` from Mode, and `settings.duration` as the integer the new API takes ("duration: int"). */
export const resolutionAndDuration = (body: IDataObject): IDataObject => ({
	resolution: typeof body.mode === 'string' ? RESOLUTION_OF_MODE[body.mode] : undefined,
	duration: body.duration === undefined ? undefined : Number(body.duration),
});

/** Sound on/off as `settings.audio` native/off (kling-omni-3.0-t2v.md `settings.audio`), for a model with a sound switch. */
export const audioOfSound = (body: IDataObject): string | undefined =>
	body.sound === 'on' ? 'native' : body.sound === 'off' ? 'off' : undefined;

/**
 * Multi-Shot's shots as the new API takes them, in the prompt: "shot n, m,
 * words; shot n, m, words;" (kling-3.0-turbo-t2v.md `prompt`: 1–6 shots, each
 * m ≥ 1 s, adding up to the duration; words ≤ 512): the same limits the
 * node checks for the shots already.
 */
export function shotsAsPrompt(body: IDataObject): string | undefined {
	if (body.multi_shot !== true) return undefined;
	return listOf(body.multi_prompt)
		.map((shot, i) => `shot ${Number(shot.index ?? i + 1)}, ${Number(shot.duration)}, ${String(shot.prompt).trim()};`)
		.join(' ');
}

/**
 * The mapped body with the keys the mapping did not use (Additional Body
 * Fields) merged in as they are, objects key by key: `{"settings": {…}}`
 * adds to the mapped settings.
 */
export function withExtraKeys(mapped: IDataObject, body: IDataObject, used: readonly string[]): IDataObject {
	const wire = defined(mapped) ?? {};
	for (const [key, value] of Object.entries(body)) {
		if (used.includes(key)) continue;
		if (isPlainObject(value) && isPlainObject(wire[key])) wire[key] = merge({ ...(wire[key] as IDataObject) }, value);
		else wire[key] = value as IDataObject[string];
	}
	return wire;
}

/** The keys every mapping uses: the model (in the path) and the options. */
export const COMMON_KEYS = ['model_name', 'mode', 'duration', 'callback_url', 'external_task_id', 'watermark_info'] as const;

/* ----- Checks, run in the operations' schemas on the legacy-shaped body, so that errors name the fields ----- */

/**
 * Fields the new API has no place for, refused for a new-API model with why:
 * `[body key, what to do instead]` (a key not in the body passes).
 */
export function refuseOnNewApi(body: Body, ctx: z.RefinementCtx, refused: Array<[key: string, instead: string]>): void {
	const model = String(body.model_name);
	for (const [key, instead] of refused) {
		if (body[key] === undefined) continue;
		ctx.addIssue({ code: 'custom', path: [key], message: `is not taken by ${model} on Kling's new API: ${instead}` });
	}
}

/**
 * The shots' prompts go into one prompt, separated by ";" (see shotsAsPrompt):
 * a shot prompt holding one would split its shot in two.
 */
export function checkShotPrompts(body: Body, ctx: z.RefinementCtx): void {
	if (body.multi_shot !== true) return;
	listOf(body.multi_prompt).forEach((shot, i) => {
		if (typeof shot.prompt === 'string' && shot.prompt.includes(';')) {
			ctx.addIssue({
				code: 'custom',
				path: ['multi_prompt', i, 'prompt'],
				message: `must not hold ";" with ${String(body.model_name)}: Kling's new API takes the shots in one prompt, separated by ";"`,
			});
		}
	});
}

/** The prompt's length: `max` on the legacy API (the schema's), NEW_API_PROMPT_MAX for a new-API model. */
export function checkPromptLength(body: Body, ctx: z.RefinementCtx, max: number): void {
	const limit = isNewApiBody(body) ? NEW_API_PROMPT_MAX : max;
	if (body.prompt === undefined) return;
	if (typeof body.prompt !== 'string') ctx.addIssue({ code: 'custom', path: ['prompt'], message: 'must be text' });
	else if (body.prompt.length > limit) ctx.addIssue({ code: 'custom', path: ['prompt'], message: `must be at most ${limit} characters` });
}
