// @ts-check
'use strict';
/**
 * The checks every task create gets, the way the documents in shared/spec
 * describe them, before the kind's own rules (its family's module); answered
 * like the host (code 1201, a message naming the field). Empty strings and
 * empty objects are refused too: a well-behaved client leaves unset fields
 * out, so tests catch a client that sends them. isObject and isHttpUrl
 * serve the families' rules too.
 */

const CAMERA_TYPES = ['simple', 'down_back', 'forward_up', 'right_turn_forward', 'left_turn_forward'];
const AXES = ['horizontal', 'vertical', 'pan', 'tilt', 'roll', 'zoom'];
/** Kling's video ratios; a kind that lists none of its own is held to these. */
const DEFAULT_ASPECT_RATIOS = ['16:9', '9:16', '1:1'];
/** Kling's modes; a kind whose models render more (4K) says so with `modes`. */
const DEFAULT_MODES = ['std', 'pro'];

/** @param {unknown} v */
const isObject = (v) => typeof v === 'object' && v !== null && !Array.isArray(v);

/** @param {unknown} v */
function isHttpUrl(v) {
	if (typeof v !== 'string') return false;
	try {
		return ['http:', 'https:'].includes(new URL(v).protocol);
	} catch {
		return false;
	}
}

/**
 * The first empty value found, as a path.
 * @param {unknown} value
 * @param {string} path
 * @returns {string | undefined}
 */
function findEmpty(value, path) {
	if (value === '' || value === null) return path;
	if (Array.isArray(value)) {
		if (!value.length) return path;
		for (let i = 0; i < value.length; i++) {
			const found = findEmpty(value[i], `${path}[${i}]`);
			if (found) return found;
		}
	} else if (isObject(value)) {
		const entries = Object.entries(/** @type {object} */ (value));
		if (!entries.length) return path;
		for (const [key, entry] of entries) {
			const found = findEmpty(entry, path ? `${path}.${key}` : key);
			if (found) return found;
		}
	}
	return undefined;
}

/** @param {any} camera */
function cameraProblem(camera) {
	if (!isObject(camera) || !CAMERA_TYPES.includes(camera.type)) return 'camera_control.type is invalid';
	if (camera.type !== 'simple') return camera.config ? 'camera_control.config must be absent for preset types' : undefined;
	if (!isObject(camera.config)) return 'camera_control.config is required for type simple';
	const values = AXES.map((axis) => Number(camera.config[axis] ?? 0));
	if (values.some((v) => !Number.isFinite(v) || v < -10 || v > 10)) return 'camera_control.config values must be in [-10, 10]';
	if (values.filter((v) => v !== 0).length !== 1) return 'camera_control.config needs exactly one non-zero value for type simple';
	return undefined;
}

/** The fields many kinds share. @param {any} body @param {string[]} ratios @param {string[]} modes */
function commonProblem(body, ratios, modes) {
	for (const key of ['prompt', 'negative_prompt']) {
		if (body[key] !== undefined && (typeof body[key] !== 'string' || body[key].length > 2500)) return `${key} must be at most 2500 characters`;
	}
	if (body.cfg_scale !== undefined && !(typeof body.cfg_scale === 'number' && body.cfg_scale >= 0 && body.cfg_scale <= 1)) return 'cfg_scale must be in [0, 1]';
	if (body.mode !== undefined && !modes.includes(body.mode)) return `mode must be one of ${modes.join(', ')}${body.model_name ? ` for ${body.model_name}` : ''}`;
	if (body.aspect_ratio !== undefined && !ratios.includes(body.aspect_ratio)) return `aspect_ratio must be one of ${ratios.join(', ')}`;
	if (body.sound !== undefined && !['on', 'off'].includes(body.sound)) return 'sound must be on or off';
	if (body.watermark_info !== undefined && typeof body.watermark_info?.enabled !== 'boolean') return 'watermark_info.enabled must be a boolean';
	if (body.callback_url !== undefined && !isHttpUrl(body.callback_url)) return 'callback_url must be an http(s) URL';
	if (body.camera_control !== undefined) return cameraProblem(body.camera_control);
	return undefined;
}

/**
 * @param {import('./families').TaskKind} kind
 * @param {any} body
 * @param {import('./families').RuleContext} ctx what the kind's rules may look at (the task store)
 * @returns {string | undefined} the problem, in the host's words
 */
function validateCreate(kind, body, ctx) {
	if (!isObject(body)) return 'the body must be a JSON object';
	const empty = findEmpty(body, '');
	if (empty !== undefined) return `${empty || 'body'} must not be empty`;
	const models = kind.models && [...kind.models, ...(ctx.newModels ?? [])];
	if (models && body.model_name !== undefined && !models.includes(body.model_name)) return `model_name ${body.model_name} is not supported`;
	return commonProblem(body, kind.aspectRatios ?? DEFAULT_ASPECT_RATIOS, kind.modes?.(body) ?? DEFAULT_MODES) ?? kind.rules?.(body, ctx);
}

module.exports = { validateCreate, isObject, isHttpUrl, findEmpty };
