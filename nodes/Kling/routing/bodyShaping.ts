import type { IDataObject } from 'n8n-workflow';

const isPlainObject = (value: unknown): value is IDataObject =>
	typeof value === 'object' && value !== null && !Array.isArray(value) && !Buffer.isBuffer(value);

/** Drops what the user left empty, so no empty strings or empty objects reach the host. */
export function pruneEmpty<T>(value: T): T | undefined {
	if (value === '' || value === null || value === undefined) return undefined;
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

const CAMERA_AXES = ['horizontal', 'vertical', 'pan', 'tilt', 'roll', 'zoom'];

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
