// @ts-check
'use strict';
/**
 * Checks create bodies the way the documents in shared/spec describe them, and
 * answers like the host (code 1201, a message naming the field). It also
 * refuses empty strings and empty objects: a well-behaved client leaves unset
 * fields out, so tests catch a client that sends them.
 */

const CLASSIC = ['kling-v1', 'kling-v1-5', 'kling-v1-6', 'kling-v2-master', 'kling-v2-1', 'kling-v2-1-master', 'kling-v2-5-turbo', 'kling-v2-6', 'kling-v3'];
const MODELS = {
	// No list of text-to-video models names kling-v2-1 (text2video.apifox.txt; ComfyUI's nodes_kling.py).
	text2video: CLASSIC.filter((model) => model !== 'kling-v2-1'),
	image2video: CLASSIC,
	'multi-image2video': ['kling-v1-6', 'kling-v2-master', 'kling-v2-1', 'kling-v2-1-master'],
	'omni-video': ['kling-video-o1', 'kling-v3-omni'],
	'motion-control': ['kling-v2-6', 'kling-v3'],
};
/** Seconds per model: 5 or 10 (text2video/image2video documents); Kling 3.0 takes 3–15 (ComfyUI's Kling 3.0 node). */
const range = (/** @type {number} */ from, /** @type {number} */ to) => Array.from({ length: to - from + 1 }, (_, i) => from + i);
/** @param {string} model */
const classicDurations = (model) => (model === 'kling-v3' ? range(3, 15) : [5, 10]);
/** Omni-Video `image_list` at most 7 (4 next to a video), `video_list` at most 1 (ComfyUI's kling_api.py). */
const OMNI_LIMITS = { images: 7, imagesWithVideo: 4, videos: 1 };
const CAMERA_TYPES = ['simple', 'down_back', 'forward_up', 'right_turn_forward', 'left_turn_forward'];
const AXES = ['horizontal', 'vertical', 'pan', 'tilt', 'roll', 'zoom'];

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

/**
 * Audio sent as a file: plain Base64 (no data: prefix), at most 5 MB.
 * @param {unknown} value
 * @param {string} key
 */
function audioFileProblem(value, key) {
	if (typeof value !== 'string' || !/^[A-Za-z0-9+/]+={0,2}$/.test(value)) return `${key} must be Base64`;
	if (Buffer.from(value, 'base64').length > 5 * 1024 * 1024) return `${key} must be at most 5 MB`;
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

/** @param {any} body @param {number} total */
function multiShotProblem(body, total) {
	if (body.shot_type !== 'customize') return 'shot_type must be customize when multi_shot is true';
	const shots = body.multi_prompt;
	if (!Array.isArray(shots) || shots.length < 1 || shots.length > 6) return 'multi_prompt needs 1 to 6 shots';
	let sum = 0;
	for (const shot of shots) {
		if (typeof shot.prompt !== 'string' || shot.prompt.length > 512) return 'multi_prompt prompt must be text of at most 512 characters';
		const seconds = Number(shot.duration);
		if (!(seconds >= 1)) return 'multi_prompt duration must be at least 1';
		sum += seconds;
	}
	if (sum !== total) return `multi_prompt durations must add up to duration (${total})`;
	return undefined;
}

/** The aspect ratios a kind takes: the video ones, unless its module lists its own (the image kinds). */
const ASPECT_RATIOS_OF_KIND = Object.fromEntries(
	require('./modules').MODULE_KINDS.filter((/** @type {{ aspectRatios?: string[] }} */ entry) => entry.aspectRatios).map((/** @type {any} */ entry) => [entry.kind, entry.aspectRatios]),
);
const VIDEO_ASPECT_RATIOS = ['16:9', '9:16', '1:1'];

/** @param {any} body @param {string} kind */
function commonProblem(body, kind) {
	for (const key of ['prompt', 'negative_prompt']) {
		if (body[key] !== undefined && (typeof body[key] !== 'string' || body[key].length > 2500)) return `${key} must be at most 2500 characters`;
	}
	if (body.cfg_scale !== undefined && !(typeof body.cfg_scale === 'number' && body.cfg_scale >= 0 && body.cfg_scale <= 1)) return 'cfg_scale must be in [0, 1]';
	if (body.mode !== undefined && !['std', 'pro'].includes(body.mode)) return 'mode must be std or pro';
	const ratios = ASPECT_RATIOS_OF_KIND[kind] ?? VIDEO_ASPECT_RATIOS;
	if (body.aspect_ratio !== undefined && !ratios.includes(body.aspect_ratio)) return `aspect_ratio must be one of ${ratios.join(', ')}`;
	if (body.sound !== undefined && !['on', 'off'].includes(body.sound)) return 'sound must be on or off';
	if (body.watermark_info !== undefined && typeof body.watermark_info?.enabled !== 'boolean') return 'watermark_info.enabled must be a boolean';
	if (body.callback_url !== undefined && !isHttpUrl(body.callback_url)) return 'callback_url must be an http(s) URL';
	if (body.camera_control !== undefined) return cameraProblem(body.camera_control);
	return undefined;
}

/**
 * The audio kinds, as Kling's reference documents them (klingai.com/document-api/api/video/
 * audio-generation/text-to-audio and .../video-to-audio): no model; text-to-audio
 * takes a prompt (≤ 200) and a duration (a number, 3.0–10.0 s, one decimal);
 * video-to-audio exactly one of video_id and video_url, two optional prompts
 * (≤ 200 each) and asmr_mode (a boolean).
 * @param {string} kind @param {any} body @returns {string | undefined}
 */
function audioProblem(kind, body) {
	if (kind === 'text-to-audio') {
		if (typeof body.prompt !== 'string') return 'prompt is required';
		if (body.prompt.length > 200) return 'prompt must be at most 200 characters';
		const seconds = body.duration;
		if (typeof seconds !== 'number' || !(seconds >= 3 && seconds <= 10)) return 'duration must be a number from 3.0 to 10.0';
		if (Math.abs(seconds * 10 - Math.round(seconds * 10)) > 1e-9) return 'duration allows one decimal';
		return undefined;
	}
	const byId = body.video_id !== undefined;
	const byUrl = body.video_url !== undefined;
	if (byId === byUrl) return 'exactly one of video_id and video_url is required';
	if (byId && typeof body.video_id !== 'string') return 'video_id must be a string';
	if (byUrl && !isHttpUrl(body.video_url)) return 'video_url must be an http(s) URL';
	for (const key of ['sound_effect_prompt', 'bgm_prompt']) {
		if (body[key] !== undefined && (typeof body[key] !== 'string' || body[key].length > 200)) return `${key} must be at most 200 characters`;
	}
	if (body.asmr_mode !== undefined && typeof body.asmr_mode !== 'boolean') return 'asmr_mode must be a boolean';
	return undefined;
}

/** @param {any} body */
function omniProblem(body) {
	const images = Array.isArray(body.image_list) ? body.image_list : [];
	const types = images.map((/** @type {any} */ i) => i.type);
	const videos = Array.isArray(body.video_list) ? body.video_list : [];
	const elements = Array.isArray(body.element_list) ? body.element_list : [];
	const base = videos.some((/** @type {any} */ v) => (v.refer_type ?? 'base') === 'base');
	const duration = Number(body.duration ?? 5);
	// With a video to edit, the output keeps the input's length and duration is ignored (omni-video spec `duration`).
	if (!base) {
		const max = body.model_name === 'kling-v3-omni' ? 15 : 10;
		if (!(Number.isInteger(duration) && duration >= 3 && duration <= max)) return `duration must be 3 to ${max}`;
		// kling-video-o1 from text alone or a first frame alone: only 5 and 10 s (omni-video spec `duration`).
		const textOrFirstFrame = !videos.length && !elements.length && types.every((/** @type {string} */ t) => t === 'first_frame');
		if (body.model_name === 'kling-video-o1' && textOrFirstFrame && ![5, 10].includes(duration)) {
			return 'duration must be 5 or 10 for text or first-frame video with kling-video-o1';
		}
	}
	if (!body.multi_shot && typeof body.prompt !== 'string') return 'prompt is required';
	if (images.length > OMNI_LIMITS.images) return `image_list allows at most ${OMNI_LIMITS.images} images`;
	if (videos.length > OMNI_LIMITS.videos) return `video_list allows at most ${OMNI_LIMITS.videos} video`;
	if (videos.length && images.length > OMNI_LIMITS.imagesWithVideo) return `image_list allows at most ${OMNI_LIMITS.imagesWithVideo} images with a video`;
	if (types.includes('end_frame') && !types.includes('first_frame')) return 'image_list end_frame needs a first_frame';
	if (base && (types.includes('first_frame') || types.includes('end_frame'))) return 'video_list base video excludes first/end frames';
	if (!base && !types.includes('first_frame') && body.aspect_ratio === undefined) return 'aspect_ratio is required without a first frame or base video';
	if (body.multi_shot) return multiShotProblem(body, duration);
	return undefined;
}

/** @param {string} kind @param {any} body @returns {string | undefined} */
function kindProblem(kind, body) {
	if (kind === 'omni-video') return omniProblem(body);
	const duration = Number(body.duration ?? 5);
	const durations = kind === 'multi-image2video' ? [5, 10] : classicDurations(body.model_name);
	if (!durations.includes(duration)) return `duration must be one of ${durations.join(', ')} for ${body.model_name}`;
	if (kind === 'text2video') {
		if (!body.multi_shot && typeof body.prompt !== 'string') return 'prompt is required';
		if (body.multi_shot) return multiShotProblem(body, duration);
	}
	if (kind === 'multi-image2video') {
		const list = body.image_list;
		if (!Array.isArray(list) || list.length < 1 || list.length > 4) return 'image_list needs 1 to 4 images';
		if (list.some((/** @type {any} */ i) => typeof i?.image !== 'string')) return 'image_list items need an image';
		if (typeof body.prompt !== 'string') return 'prompt is required';
	}
	if (kind === 'image2video') {
		if (typeof body.image !== 'string') return 'image is required';
		const groups = [body.image_tail !== undefined, body.static_mask !== undefined || body.dynamic_masks !== undefined, body.camera_control !== undefined];
		if (groups.filter(Boolean).length > 1) return 'image_tail, static_mask/dynamic_masks and camera_control cannot be combined';
		if (body.dynamic_masks !== undefined) {
			const masks = body.dynamic_masks;
			if (!Array.isArray(masks) || masks.length > 6) return 'dynamic_masks allows at most 6 entries';
			for (const mask of masks) {
				const points = mask?.trajectories;
				if (typeof mask?.mask !== 'string') return 'dynamic_masks mask is required';
				if (!Array.isArray(points) || points.length < 2 || points.length > 77) return 'dynamic_masks trajectories need 2 to 77 points';
			}
		}
		if (body.voice_list !== undefined) {
			if (!Array.isArray(body.voice_list) || body.voice_list.length > 2) return 'voice_list allows at most 2 voices';
			if (body.sound !== 'on') return 'voice_list needs sound on';
		}
		if (body.multi_shot) return multiShotProblem(body, duration);
	}
	return undefined;
}

/**
 * The rules of the kinds that are checked on their own (one entry per kind).
 * A video_id shaped like the simulator's own (`<task id>-v0`) must name one of
 * its finished videos; other ids stand for videos made elsewhere.
 * @type {Record<string, (body: any, sim: SimContext) => string | undefined>}
 */
const KIND_RULES = {
	'text-to-audio': (body) => audioProblem('text-to-audio', body),
	'video-to-audio': (body) => audioProblem('video-to-audio', body),
	'video-extend': (body, sim) => {
		if (typeof body.video_id !== 'string') return 'video_id is required';
		if (/^\d+-v\d+$/.test(body.video_id) && !sim.videoExists(body.video_id)) return `video_id ${body.video_id} is not a finished video`;
		return undefined;
	},
	'lip-sync': (body, sim) => {
		const input = body.input;
		if (!isObject(input)) return 'input is required';
		if ((input.video_id === undefined) === (input.video_url === undefined)) return 'input needs one of video_id and video_url';
		if (input.video_url !== undefined && !isHttpUrl(input.video_url)) return 'input.video_url must be an http(s) URL';
		if (typeof input.video_id === 'string' && /^\d+-v\d+$/.test(input.video_id) && !sim.videoExists(input.video_id)) {
			return `input.video_id ${input.video_id} is not a finished video`;
		}
		if (input.mode === 'text2video') {
			if (typeof input.text !== 'string' || input.text.length > 120) return 'input.text is required, at most 120 characters';
			if (typeof input.voice_id !== 'string') return 'input.voice_id is required';
			if (input.voice_language !== undefined && !['zh', 'en'].includes(input.voice_language)) return 'input.voice_language must be zh or en';
			if (input.voice_speed !== undefined && !(typeof input.voice_speed === 'number' && input.voice_speed >= 0.8 && input.voice_speed <= 2)) {
				return 'input.voice_speed must be in [0.8, 2]';
			}
			return undefined;
		}
		if (input.mode !== 'audio2video') return 'input.mode must be text2video or audio2video';
		if (input.audio_type === 'url') return isHttpUrl(input.audio_url) ? undefined : 'input.audio_url must be an http(s) URL';
		if (input.audio_type !== 'file') return 'input.audio_type must be file or url';
		return audioFileProblem(input.audio_file, 'input.audio_file');
	},
	'avatar/image2video': (body) => {
		if (typeof body.image !== 'string') return 'image is required';
		if ((body.audio_id === undefined) === (body.sound_file === undefined)) return 'one of audio_id and sound_file is required';
		if (body.audio_id !== undefined && typeof body.audio_id !== 'string') return 'audio_id must be a string';
		if (typeof body.sound_file === 'string' && !isHttpUrl(body.sound_file)) return audioFileProblem(body.sound_file, 'sound_file');
		return body.sound_file !== undefined && typeof body.sound_file !== 'string' ? 'sound_file must be a string' : undefined;
	},
	effects: (body) => {
		if (typeof body.effect_scene !== 'string') return 'effect_scene is required';
		const input = body.input;
		if (!isObject(input)) return 'input is required';
		const duration = String(input.duration ?? '');
		if (['hug', 'kiss', 'heart_gesture', 'fight'].includes(body.effect_scene)) {
			if (!Array.isArray(input.images) || input.images.length !== 2 || input.images.some((/** @type {unknown} */ i) => typeof i !== 'string')) {
				return 'input.images needs 2 images for this scene';
			}
			if (input.model_name !== undefined && !['kling-v1', 'kling-v1-5', 'kling-v1-6'].includes(input.model_name)) return `input.model_name ${input.model_name} is not supported`;
			if (body.effect_scene === 'fight' && input.model_name !== 'kling-v1-6') return 'fight needs input.model_name kling-v1-6';
			if (input.mode !== undefined && !['std', 'pro'].includes(input.mode)) return 'input.mode must be std or pro';
			return ['5', '10'].includes(duration) ? undefined : 'input.duration must be 5 or 10';
		}
		// Scenes it does not list are taken as they come: two images as a two-person scene, one as a one-image scene.
		if (Array.isArray(input.images)) return input.images.length === 2 && ['5', '10'].includes(duration) ? undefined : 'input.images needs 2 images, input.duration 5 or 10';
		if (typeof input.image !== 'string') return 'input.image is required';
		return duration === '5' ? undefined : 'input.duration must be 5';
	},
	'motion-control': (body) => {
		if (typeof body.image_url !== 'string') return 'image_url is required';
		if (!isHttpUrl(body.video_url)) return 'video_url must be an http(s) URL';
		if (!['image', 'video'].includes(body.character_orientation)) return 'character_orientation must be image or video';
		if (body.keep_original_sound !== undefined && !['yes', 'no'].includes(body.keep_original_sound)) return 'keep_original_sound must be yes or no';
		return undefined;
	},
};

// The modules' task kinds (modules.js) bring their own rules.
for (const entry of require('./modules').MODULE_KINDS) if (entry.rules) KIND_RULES[entry.kind] = entry.rules;

/** @typedef {{ videoExists: (videoId: string) => boolean }} SimContext */

/**
 * @param {string} kind
 * @param {any} body
 * @param {SimContext} [sim] what the simulator knows (its videos)
 * @returns {string | undefined} the problem, in the host's words
 */
function validateCreate(kind, body, sim = { videoExists: () => true }) {
	if (!isObject(body)) return 'the body must be a JSON object';
	const empty = findEmpty(body, '');
	if (empty !== undefined) return `${empty || 'body'} must not be empty`;
	const models = MODELS[/** @type {keyof typeof MODELS} */ (kind)];
	// The audio kinds have no model (an unknown field is ignored, as Kling does).
	if (models && body.model_name !== undefined && !models.includes(body.model_name)) return `model_name ${body.model_name} is not supported`;
	const rules = KIND_RULES[kind];
	return commonProblem(body, kind) ?? (rules ? rules(body, sim) : kindProblem(kind, body));
}

module.exports = { validateCreate };
