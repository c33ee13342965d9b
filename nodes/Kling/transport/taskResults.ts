import type { IDataObject } from 'n8n-workflow';

import { isObject, text } from './jsonValues';
import type { KlingAudio, KlingImage, KlingVideo } from './taskTypes';

/* What a task made, read from task_result (the legacy API) or outputs[] (the new API). */

const resultOf = (task: IDataObject): IDataObject => (isObject(task.task_result) ? task.task_result : {});

/**
 * Kling's new API (the model in the path) lists what a task made in one typed
 * list, `outputs[{type: video|image|audio|voice|element, …}]`, where the legacy
 * API has task_result.videos[], images[], audios[] (kling-3.0-turbo-t2v.md
 * "Query Task", kling-get-started-callbacks.md "New Callback Function").
 */
const outputsOf = (task: IDataObject, type: string): IDataObject[] =>
	(Array.isArray(task.outputs) ? task.outputs : []).filter((output): output is IDataObject => isObject(output) && output.type === type);

/**
 * Whether an object is a task of the new API (its own field names:
 * `create_time`, `update_time`, `outputs`), so that its `message` is the
 * task's status message (in the legacy envelope `message` is the answer's).
 */
export const isNewApiTask = (task: IDataObject): boolean => 'create_time' in task || 'update_time' in task || Array.isArray(task.outputs);

/** task_result.videos[] as listed (no fallback), or the new API's video outputs. */
export function readVideos(task: IDataObject): KlingVideo[] {
	const outputs = outputsOf(task, 'video');
	if (outputs.length) {
		return outputs.flatMap((video) => {
			const url = text(video.url);
			const watermarkUrl = text(video.watermark_url);
			return url ? [{ id: text(video.id), url, duration: text(video.duration), ...(watermarkUrl ? { watermarkUrl } : {}) }] : [];
		});
	}
	const list = resultOf(task).videos;
	return (Array.isArray(list) ? list : []).filter(isObject).flatMap((video) => {
		const url = text(video.url);
		return url ? [{ id: text(video.id), url, duration: text(video.duration) }] : [];
	});
}

/** A gateway's single result URL (new-api's `result_url`, some aggregators' `video_url`). */
export const resultUrlOf = (task: IDataObject) => text(task.result_url) ?? text(task.video_url);

/**
 * task_result.audios[]. Read leniently: `audio` for `audios`, and a bare `url`
 * counts as the WAV when it ends in .wav, else as the MP3.
 */
export function readAudios(task: IDataObject): KlingAudio[] {
	const outputs = outputsOf(task, 'audio');
	if (outputs.length) {
		return outputs.flatMap((audio) => {
			const mp3Url = text(audio.mp3_url);
			const wavUrl = text(audio.wav_url);
			return mp3Url || wavUrl ? [{ id: text(audio.id), mp3Url, wavUrl, mp3Duration: text(audio.mp3_duration), wavDuration: text(audio.wav_duration) }] : [];
		});
	}
	const result = resultOf(task);
	const list = Array.isArray(result.audios) ? result.audios : Array.isArray(result.audio) ? result.audio : [];
	return list.filter(isObject).flatMap((audio) => {
		const bare = text(audio.url);
		const bareIsWav = bare !== undefined && /\.wav(\?|$)/i.test(bare);
		const mp3Url = text(audio.url_mp3) ?? (bareIsWav ? undefined : bare);
		const wavUrl = text(audio.url_wav) ?? (bareIsWav ? bare : undefined);
		if (!mp3Url && !wavUrl) return [];
		return [{ id: text(audio.id), mp3Url, wavUrl, mp3Duration: text(audio.duration_mp3) ?? text(audio.duration), wavDuration: text(audio.duration_wav) }];
	});
}

/** An entry's views (`url_1`, `url_2`, …) that hold a URL, in their order; `viewIndex` 0 is `url_1`. */
const viewsOf = (image: IDataObject): Array<{ viewIndex: number; url: string }> =>
	Object.keys(image)
		.map((key) => /^url_(\d+)$/.exec(key))
		.filter((match): match is RegExpExecArray => match !== null)
		.map((match) => Number(match[1]))
		.sort((a, b) => a - b)
		.flatMap((view) => {
			const url = text(image[`url_${view}`]);
			return url ? [{ viewIndex: view - 1, url }] : [];
		});

/**
 * task_result.images[] (or the new API's image outputs), or a series' task_result.series_images[] (Omni-Image
 * with `result_type: series`: Kling's Omni Image page, kling.ai/document-api/
 * api/image/3-0-omni/image-omni); an image without an index takes its place
 * in the list. An entry with views (`url_1`…, AI Multi-Shot: kling-image-
 * common-subject-completion.md) is a set: each view becomes an image,
 * numbered in the task's order.
 */
export function readImages(task: IDataObject): KlingImage[] {
	// The new API lists its images among typed `outputs[]`.
	const outputs = outputsOf(task, 'image');
	const result = resultOf(task);
	const single = Array.isArray(result.images) ? result.images : [];
	const list = outputs.length ? outputs : single.length || !Array.isArray(result.series_images) ? single : result.series_images;
	const images: KlingImage[] = [];
	(Array.isArray(list) ? list : []).filter(isObject).forEach((image, position) => {
		const number = typeof image.index === 'number' ? image.index : Number(text(image.index) ?? position);
		const index = Number.isFinite(number) ? number : position;
		const views = viewsOf(image);
		if (views.length) {
			for (const { viewIndex, url } of views) images.push({ index: images.length, url, setIndex: index, viewIndex });
			return;
		}
		const url = text(image.url);
		if (url) images.push({ index, url });
	});
	return images;
}

/** task_result's other lists (voices, elements), of objects; the new API's voice and element outputs as `voices` and `elements`. */
export function readListed(task: IDataObject): Record<string, IDataObject[]> {
	const listed: Record<string, IDataObject[]> = {};
	for (const [type, key] of [['voice', 'voices'], ['element', 'elements']]) {
		const outputs = outputsOf(task, type);
		if (outputs.length) listed[key] = outputs;
	}
	for (const [key, value] of Object.entries(resultOf(task))) {
		if (['videos', 'audios', 'audio', 'images', 'series_images'].includes(key) || !Array.isArray(value)) continue;
		listed[key] = value.filter(isObject);
	}
	return listed;
}
