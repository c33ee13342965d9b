import type { IDataObject } from 'n8n-workflow';

import { MODELS } from '../models';
import { CAMERA_AXES } from '../vocabulary';

const isPlainObject = (value: unknown): value is IDataObject =>
	typeof value === 'object' && value !== null && !Array.isArray(value) && !Buffer.isBuffer(value);

/**
 * Drops what the user left empty, so no empty strings or empty objects reach
 * the host. A text of only spaces and line breaks counts as empty: an optional
 * one is not sent, a required one is then reported missing (and not paid for).
 */
export function pruneEmpty<T>(value: T): T | undefined {
	if (value === null || value === undefined || (typeof value === 'string' && value.trim() === '')) return undefined;
	if (Array.isArray(value)) {
		const kept = value.map((entry) => pruneEmpty(entry)).filter((entry) => entry !== undefined);
		return (kept.length ? kept : undefined) as T | undefined;
	}
	if (isPlainObject(value)) {
		const kept: IDataObject = {};
		for (const [key, entry] of Object.entries(value)) {
			const pruned = pruneEmpty(entry);
			if (pruned !== undefined) kept[key] = pruned;
		}
		return (Object.keys(kept).length ? kept : undefined) as T | undefined;
	}
	return value;
}

/** The dotted paths of texts that hold only spaces and line breaks (pruneEmpty drops them). */
export function blankTextPaths(value: unknown, prefix = ''): string[] {
	if (typeof value === 'string') return value !== '' && value.trim() === '' ? [prefix] : [];
	if (!isPlainObject(value)) return [];
	return Object.entries(value).flatMap(([key, entry]) => blankTextPaths(entry, prefix ? `${prefix}.${key}` : key));
}

/**
 * The UI keeps camera type and axes side by side; the API wants the axes in
 * `config`, and only for type `simple` (the presets take none).
 */
export function shapeCameraControl(body: IDataObject): void {
	const camera = body.camera_control;
	if (!isPlainObject(camera)) return;
	const shaped: IDataObject = { type: camera.type };
	if (camera.type === 'simple') {
		const config: IDataObject = {};
		for (const axis of CAMERA_AXES) config[axis] = Number(camera[axis] ?? 0);
		shaped.config = config;
	}
	body.camera_control = shaped;
}

/**
 * Multi-shot: the API wants each shot numbered and a `shot_type`; the UI asks
 * for neither, so it is `customize` unless Omni-Video's Shot Type chose
 * `intelligence` (shots described in the prompt; validation names a Shot Type
 * without Multi-Shot, or Shots next to intelligent shots).
 */
export function shapeMultiShot(body: IDataObject): void {
	if (body.multi_shot !== true) {
		delete body.multi_prompt;
		return;
	}
	body.shot_type ??= 'customize';
	if (Array.isArray(body.multi_prompt)) {
		body.multi_prompt = (body.multi_prompt as IDataObject[]).map((shot, i) => ({ index: i + 1, ...shot }));
	}
}

/**
 * Dynamic-mask trajectories are typed as text: "x,y; x,y; ..." or a JSON array
 * of {x, y}. Text that is neither is left as it is, for validation to name.
 */
export function shapeTrajectories(body: IDataObject): void {
	if (!Array.isArray(body.dynamic_masks)) return;
	for (const mask of body.dynamic_masks as IDataObject[]) {
		const raw = mask.trajectories;
		if (typeof raw !== 'string') continue;
		const text = raw.trim();
		if (text.startsWith('[')) {
			try {
				mask.trajectories = JSON.parse(text);
			} catch {
				// validation reports it
			}
			continue;
		}
		const points = text.split(/[;\n]+/).map((pair) => pair.trim()).filter(Boolean).map((pair) => pair.split(/[\s,]+/).map(Number));
		if (points.every((p) => p.length === 2 && p.every(Number.isFinite))) {
			mask.trajectories = points.map(([x, y]) => ({ x, y }));
		}
	}
}

/**
 * Mode left at "Model's Default": the mode the model table gives the model
 * (models.ts `defaultMode`), for the video operations it serves only (an
 * image model may share a video model's name, kling-v1, and takes no mode).
 */
export function applyDefaultMode(body: IDataObject, operation: string): void {
	const model = MODELS[String(body.model_name)];
	if (body.mode === undefined && model?.operations.includes(operation)) body.mode = model.defaultMode;
}
