// @ts-check
'use strict';
/**
 * The video kinds' own checks, as shared/spec documents them (after the
 * checks every create gets, validate.js): one function per kind.
 */

const { statusChanges } = require('../tasks');
const { isObject, isHttpUrl } = require('../validate');
const { EFFECT_MODELS, INTELLIGENT_SHOT_MODELS, classicDurations, omniMaxSeconds, OMNI_TEXT_OR_FIRST_FRAME } = require('./models');

/** Omni-Video `image_list` at most 7 (4 next to a video), `video_list` at most 1 (ComfyUI's kling_api.py). */
const OMNI_LIMITS = { images: 7, imagesWithVideo: 4, videos: 1 };
const TWO_PERSON_SCENES = ['hug', 'kiss', 'heart_gesture', 'fight'];
/**
 * Today's dual-image scenes: `input.images` "Array length must be 2" (Kling's Video Effects page,
 * kling.ai/document-api/api/effects/video-effects, "Dual-Image effects (15 types)"). What Kling answers
 * for a scene it withdrew (hug, kiss, fight on 01/30/2026) is not documented: those are served as before.
 */
const DUAL_IMAGE_SCENES = [
	'pet_skateboard', 'daily_ootd', 'toss_run', 'switch_to_silk', 'studio_look', 'french_elegance', 'finger_swipe', 'smooth_transition',
	'kiss_pro', 'snow_night_kiss', 'eternal_kiss', 'cheers_2026', 'fight_pro', 'hug_pro', 'heart_gesture_pro',
];

/** @typedef {(body: any, ctx: import('./index').RuleContext) => string | undefined} Rule */

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

/**
 * Whether a video id shaped like the simulator's own (`<task id>-v0`, as videos.js names
 * results) names one of its finished videos; other ids stand for videos made elsewhere.
 * @param {import('../tasks').TaskStore} store @param {string} videoId
 */
function unknownOwnVideo(store, videoId) {
	if (!/^\d+-v\d+$/.test(videoId)) return false;
	const task = store.tasks.get(videoId.replace(/-v0$/, ''));
	return !(task && videoId.endsWith('-v0') && task.outcome === 'succeed' && Date.now() >= statusChanges(task).final);
}

/**
 * @param {any} body @param {number} total
 * @param {string[]} [intelligentModels] the models that take `shot_type: intelligence` here (omni-video)
 */
function multiShotProblem(body, total, intelligentModels = []) {
	// Intelligent shots: the prompt describes them (Kling's changelog 03/11/2026, 06/17/2026).
	if (body.shot_type === 'intelligence' && intelligentModels.includes(body.model_name)) {
		return typeof body.prompt === 'string' ? undefined : 'prompt is required with shot_type intelligence';
	}
	if (body.shot_type !== 'customize') {
		return `shot_type must be customize${intelligentModels.length ? ` (intelligence: ${intelligentModels.join(', ')})` : ''} when multi_shot is true`;
	}
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

/** The duration a classic kind's model takes. @param {any} body @param {number[]} durations */
const durationProblem = (body, durations) =>
	durations.includes(Number(body.duration ?? 5)) ? undefined : `duration must be one of ${durations.join(', ')} for ${body.model_name}`;

/** @type {Rule} */
function text2video(body) {
	const duration = Number(body.duration ?? 5);
	const problem = durationProblem(body, classicDurations(body.model_name));
	if (problem) return problem;
	if (!body.multi_shot && typeof body.prompt !== 'string') return 'prompt is required';
	return body.multi_shot ? multiShotProblem(body, duration) : undefined;
}

/** @type {Rule} */
function multiImage2video(body) {
	const problem = durationProblem(body, [5, 10]);
	if (problem) return problem;
	const list = body.image_list;
	if (!Array.isArray(list) || list.length < 1 || list.length > 4) return 'image_list needs 1 to 4 images';
	if (list.some((/** @type {any} */ i) => typeof i?.image !== 'string')) return 'image_list items need an image';
	return typeof body.prompt !== 'string' ? 'prompt is required' : undefined;
}

/** @type {Rule} */
function image2video(body) {
	const problem = durationProblem(body, classicDurations(body.model_name));
	if (problem) return problem;
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
	return body.multi_shot ? multiShotProblem(body, Number(body.duration ?? 5)) : undefined;
}

/** @type {Rule} */
function omniVideo(body) {
	const images = Array.isArray(body.image_list) ? body.image_list : [];
	const types = images.map((/** @type {any} */ i) => i.type);
	const videos = Array.isArray(body.video_list) ? body.video_list : [];
	const elements = Array.isArray(body.element_list) ? body.element_list : [];
	const base = videos.some((/** @type {any} */ v) => (v.refer_type ?? 'base') === 'base');
	const duration = Number(body.duration ?? 5);
	// With a video to edit, the output keeps the input's length and duration is ignored (omni-video spec `duration`).
	if (!base) {
		const max = omniMaxSeconds(body.model_name);
		if (!(Number.isInteger(duration) && duration >= 3 && duration <= max)) return `duration must be 3 to ${max}`;
		const textOrFirstFrame = !videos.length && !elements.length && types.every((/** @type {string} */ t) => t === 'first_frame');
		if (body.model_name === OMNI_TEXT_OR_FIRST_FRAME.model && textOrFirstFrame && !OMNI_TEXT_OR_FIRST_FRAME.durations.includes(duration)) {
			return `duration must be 5 or 10 for text or first-frame video with ${OMNI_TEXT_OR_FIRST_FRAME.model}`;
		}
	}
	if (!body.multi_shot && typeof body.prompt !== 'string') return 'prompt is required';
	if (images.length > OMNI_LIMITS.images) return `image_list allows at most ${OMNI_LIMITS.images} images`;
	if (videos.length > OMNI_LIMITS.videos) return `video_list allows at most ${OMNI_LIMITS.videos} video`;
	if (videos.length && images.length > OMNI_LIMITS.imagesWithVideo) return `image_list allows at most ${OMNI_LIMITS.imagesWithVideo} images with a video`;
	if (types.includes('end_frame') && !types.includes('first_frame')) return 'image_list end_frame needs a first_frame';
	if (base && (types.includes('first_frame') || types.includes('end_frame'))) return 'video_list base video excludes first/end frames';
	// kling-api-2026.md §D 03/11/2026, §A: Kling O1's first/last-frame tasks cannot use elements.
	if (body.model_name === 'kling-video-o1' && types.includes('first_frame') && types.includes('end_frame') && elements.length) {
		return 'element_list is not supported by kling-video-o1 with first and end frames';
	}
	if (!base && !types.includes('first_frame') && body.aspect_ratio === undefined) return 'aspect_ratio is required without a first frame or base video';
	// Multi-shot with first and last frames is allowed (05/07/2026 lifted the 03/11/2026 exclusion for kling-v3-omni).
	return body.multi_shot ? multiShotProblem(body, duration, INTELLIGENT_SHOT_MODELS) : undefined;
}

/** @type {Rule} */
function videoExtend(body, ctx) {
	if (typeof body.video_id !== 'string') return 'video_id is required';
	return unknownOwnVideo(ctx.store, body.video_id) ? `video_id ${body.video_id} is not a finished video` : undefined;
}

/** @type {Rule} */
function lipSync(body, ctx) {
	const input = body.input;
	if (!isObject(input)) return 'input is required';
	if ((input.video_id === undefined) === (input.video_url === undefined)) return 'input needs one of video_id and video_url';
	if (input.video_url !== undefined && !isHttpUrl(input.video_url)) return 'input.video_url must be an http(s) URL';
	if (typeof input.video_id === 'string' && unknownOwnVideo(ctx.store, input.video_id)) return `input.video_id ${input.video_id} is not a finished video`;
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
}

/** @type {Rule} */
function avatar(body) {
	if (typeof body.image !== 'string') return 'image is required';
	if ((body.audio_id === undefined) === (body.sound_file === undefined)) return 'one of audio_id and sound_file is required';
	if (body.audio_id !== undefined && typeof body.audio_id !== 'string') return 'audio_id must be a string';
	if (typeof body.sound_file === 'string' && !isHttpUrl(body.sound_file)) return audioFileProblem(body.sound_file, 'sound_file');
	return body.sound_file !== undefined && typeof body.sound_file !== 'string' ? 'sound_file must be a string' : undefined;
}

/** @type {Rule} */
function effects(body) {
	if (typeof body.effect_scene !== 'string') return 'effect_scene is required';
	const input = body.input;
	if (!isObject(input)) return 'input is required';
	const duration = String(input.duration ?? '');
	if (DUAL_IMAGE_SCENES.includes(body.effect_scene)) {
		const twoImages = Array.isArray(input.images) && input.images.length === 2 && input.images.every((/** @type {unknown} */ i) => typeof i === 'string');
		return twoImages ? undefined : 'input.images needs 2 images for this scene';
	}
	if (TWO_PERSON_SCENES.includes(body.effect_scene)) {
		if (!Array.isArray(input.images) || input.images.length !== 2 || input.images.some((/** @type {unknown} */ i) => typeof i !== 'string')) {
			return 'input.images needs 2 images for this scene';
		}
		if (input.model_name !== undefined && !EFFECT_MODELS.includes(input.model_name)) return `input.model_name ${input.model_name} is not supported`;
		if (body.effect_scene === 'fight' && input.model_name !== 'kling-v1-6') return 'fight needs input.model_name kling-v1-6';
		if (input.mode !== undefined && !['std', 'pro'].includes(input.mode)) return 'input.mode must be std or pro';
		return ['5', '10'].includes(duration) ? undefined : 'input.duration must be 5 or 10';
	}
	// Scenes it does not list are taken as they come: two images as a two-person scene, one as a one-image scene.
	if (Array.isArray(input.images)) return input.images.length === 2 && ['5', '10'].includes(duration) ? undefined : 'input.images needs 2 images, input.duration 5 or 10';
	if (typeof input.image !== 'string') return 'input.image is required';
	return duration === '5' ? undefined : 'input.duration must be 5';
}

/** @type {Rule} */
function motionControl(body) {
	if (typeof body.image_url !== 'string') return 'image_url is required';
	if (!isHttpUrl(body.video_url)) return 'video_url must be an http(s) URL';
	if (!['image', 'video'].includes(body.character_orientation)) return 'character_orientation must be image or video';
	if (body.keep_original_sound !== undefined && !['yes', 'no'].includes(body.keep_original_sound)) return 'keep_original_sound must be yes or no';
	return undefined;
}

module.exports = { text2video, image2video, multiImage2video, omniVideo, videoExtend, lipSync, avatar, effects, motionControl, unknownOwnVideo, audioFileProblem };
