// @ts-check
'use strict';
/**
 * The audio tasks (/v1/audio/<kind>), as Kling's reference documents them
 * (klingai.com/document-api/api/video/audio-generation/text-to-audio and
 * .../video-to-audio): no model; text-to-audio takes a prompt (≤ 200) and a
 * duration (a number, 3.0–10.0 s, one decimal); video-to-audio exactly one of
 * video_id and video_url, two optional prompts (≤ 200 each) and asmr_mode (a
 * boolean). A finished task lists its audio (an MP3 and a WAV of the same
 * sound); video-to-audio also the given video with its new sound, an MP4.
 */

const { isHttpUrl } = require('../validate');

/** @param {import('../tasks').SimTaskView} view */
const audioOf = (view) => ({
	id: `${view.task_id}-a0`,
	url_mp3: view.mp3Url,
	url_wav: view.wavUrl,
	duration_mp3: view.duration,
	duration_wav: view.duration,
});

/** @param {any} body */
function textToAudioProblem(body) {
	if (typeof body.prompt !== 'string') return 'prompt is required';
	if (body.prompt.length > 200) return 'prompt must be at most 200 characters';
	const seconds = body.duration;
	if (typeof seconds !== 'number' || !(seconds >= 3 && seconds <= 10)) return 'duration must be a number from 3.0 to 10.0';
	if (Math.abs(seconds * 10 - Math.round(seconds * 10)) > 1e-9) return 'duration allows one decimal';
	return undefined;
}

/** @param {any} body */
function videoToAudioProblem(body) {
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

/** @type {import('./index').Family} */
module.exports = {
	segment: 'audio',
	pack: 'audio',
	kinds: [
		{
			kind: 'text-to-audio',
			files: ['mp3', 'wav'],
			model: 'kling-audio',
			rules: textToAudioProblem,
			result: (view) => ({ audios: [audioOf(view)] }),
			resultUrl: (view) => view.mp3Url,
		},
		{
			kind: 'video-to-audio',
			files: ['mp4', 'mp3', 'wav'],
			model: 'kling-audio',
			rules: videoToAudioProblem,
			// The video with its new sound, named like a video task's (`-v0`), so Extend and Lip-Sync take it.
			result: (view) => ({ videos: [{ id: `${view.task_id}-v0`, url: view.videoUrl, duration: view.duration }], audios: [audioOf(view)] }),
			taskInfo: (view) => ({ parent_video: { id: String(view.body.video_id ?? ''), url: String(view.body.video_url ?? ''), duration: view.duration } }),
		},
	],
};
