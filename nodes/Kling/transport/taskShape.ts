import type { IDataObject } from 'n8n-workflow';

/**
 * What a finished task of an operation carries (what gets downloaded):
 * `videos` (task_result.videos[]), `audios` (task_result.audios[], each an
 * MP3 and a WAV URL; Video to Audio lists its video with the new sound in
 * videos[] as well), `images` (task_result.images[]: one output item per
 * image), `voices` (task_result.voices[]: a cloned voice, nothing to
 * download) or `elements` (task_result.elements[]: a registered element).
 */
export type ResultKind = 'videos' | 'audios' | 'images' | 'voices' | 'elements';


export type TaskStatus = 'submitted' | 'processing' | 'succeed' | 'failed';

export interface KlingVideo {
	id?: string;
	url: string;
	duration?: string;
	/** The watermarked copy (Kling's new API lists it beside the video: outputs[].watermark_url). */
	watermarkUrl?: string;
}

/**
 * One audio of an audio task: Kling renders each in two formats. Fields as the
 * official reference lists them under task_result.audios[] (id, url_mp3,
 * url_wav, duration_mp3, duration_wav): klingai.com/document-api/api/video/
 * audio-generation/text-to-audio and .../video-to-audio.
 */
export interface KlingAudio {
	id?: string;
	mp3Url?: string;
	wavUrl?: string;
	mp3Duration?: string;
	wavDuration?: string;
}

/**
 * One image of an image task: task_result.images[] lists `index` and `url`.
 * A task that makes sets of views (AI Multi-Shot) lists each set as one entry
 * with `url_1`, `url_2`, …: each view is an image of its own here, `index`
 * its place among the task's images, with the set's index and the view's.
 */
export interface KlingImage {
	index: number;
	url: string;
	/** The set's `index` as Kling lists it (a task that makes sets of views). */
	setIndex?: number;
	/** The view within its set, from 0 (`url_1`). */
	viewIndex?: number;
}

/** One task, whichever of the hosts' shapes it arrived in. */
export interface KlingTask {
	taskId: string;
	externalTaskId?: string;
	status: TaskStatus;
	/** The status word exactly as the host wrote it. */
	hostStatus: string;
	statusMessage?: string;
	progress?: string;
	createdAt?: number;
	updatedAt?: number;
	videos: KlingVideo[];
	/** Audio tasks only (Text to Audio, Video to Audio); empty for video tasks. */
	audios: KlingAudio[];
	/** Image tasks only; empty for the others. */
	images: KlingImage[];
	/** What else task_result lists (a voice task's `voices`, an element task's `elements`), as the host wrote it. */
	listed: Record<string, IDataObject[]>;
	/** What the host reports the task cost, once it is final (failed tasks cost nothing). */
	cost?: TaskCost;
}

/**
 * What a task cost, as Kling reports it: `final_unit_deduction` (units taken
 * from a resource pack, on task reads and callbacks since 01/23/2026),
 * `final_balance_deduction{quota, list_price}` (a cash balance), or, on
 * Kling's model-in-path API, `billing[{charge_type, amount, currency,
 * list_price}]` (../shared/spec/kling-api-2026.md §C).
 */
export interface TaskCost {
	/** Units taken from a resource pack (video units or image units, by the pack the task used). */
	units?: number;
	/** Cash taken from the balance, after discounts. */
	cash?: number;
	/** The cash list price before discounts. */
	listPrice?: number;
	currency?: string;
}

const STATUS_WORDS: Record<string, TaskStatus> = {
	submitted: 'submitted',
	queued: 'submitted',
	not_start: 'submitted',
	pending: 'submitted',
	processing: 'processing',
	in_progress: 'processing',
	running: 'processing',
	succeed: 'succeed',
	succeeded: 'succeed',
	success: 'succeed',
	completed: 'succeed',
	failed: 'failed',
	failure: 'failed',
	fail: 'failed',
};

const isObject = (value: unknown): value is IDataObject =>
	typeof value === 'object' && value !== null && !Array.isArray(value);

const text = (value: unknown): string | undefined =>
	typeof value === 'string' && value !== '' ? value : typeof value === 'number' ? String(value) : undefined;

const millis = (value: unknown): number | undefined => {
	if (typeof value === 'number') return value < 1e12 ? value * 1000 : value;
	if (typeof value === 'string' && /^\d+$/.test(value)) return millis(Number(value));
	return undefined;
};

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
const isNewApiTask = (task: IDataObject): boolean => 'create_time' in task || 'update_time' in task || Array.isArray(task.outputs);

/** task_result.videos[] as listed (no fallback), or the new API's video outputs. */
function readVideos(task: IDataObject): KlingVideo[] {
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
const resultUrlOf = (task: IDataObject) => text(task.result_url) ?? text(task.video_url);

/**
 * task_result.audios[]. Read leniently: `audio` for `audios`, and a bare `url`
 * counts as the WAV when it ends in .wav, else as the MP3.
 */
function readAudios(task: IDataObject): KlingAudio[] {
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
function readImages(task: IDataObject): KlingImage[] {
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
function readListed(task: IDataObject): Record<string, IDataObject[]> {
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

const amount = (value: unknown): number | undefined => {
	const number = typeof value === 'number' ? value : typeof value === 'string' && value.trim() !== '' ? Number(value) : NaN;
	return Number.isFinite(number) ? number : undefined;
};

const sum = (values: Array<number | undefined>): number | undefined =>
	values.some((value) => value !== undefined) ? values.reduce<number>((total, value) => total + (value ?? 0), 0) : undefined;

/** What a task (or an answer given at once: Image Recognize, a multi-elements session step) cost, in whichever of Kling's shapes it is reported; undefined when none is. */
export function readCost(task: IDataObject): TaskCost | undefined {
	const balance = isObject(task.final_balance_deduction) ? task.final_balance_deduction : {};
	const billing = (Array.isArray(task.billing) ? task.billing : []).filter(isObject);
	const charged = (type: string) => billing.filter((entry) => entry.charge_type === type);
	const cost: TaskCost = {
		units: amount(task.final_unit_deduction) ?? sum(charged('unit').map((entry) => amount(entry.amount))),
		cash: amount(balance.quota) ?? sum(charged('cash').map((entry) => amount(entry.amount))),
		listPrice: amount(balance.list_price) ?? sum(charged('cash').map((entry) => amount(entry.list_price))),
		currency: charged('cash').map((entry) => text(entry.currency)).find(Boolean),
	};
	for (const key of Object.keys(cost) as Array<keyof TaskCost>) if (cost[key] === undefined) delete cost[key];
	return Object.keys(cost).length ? cost : undefined;
}

/**
 * Finds the task in a response body. Accepted shapes:
 * the official envelope `{code, data: {task_id, task_status, ...}}`; the flat
 * task of some aggregators (`{task_id, task_status: 'completed', ...}`); and the
 * new-api gateway (`{code: 'success', data: {task_id, status: 'SUCCESS',
 * result_url, data: <official envelope>}}` on reads, `{id, task_id}` on submit);
 * and Kling's new API (`{code, data: {id, status, create_time, update_time,
 * external_id, message, outputs[], billing[]}}`, its callbacks the bare task;
 * its reads list tasks in `data[]`: pass one entry as `{data: entry}`).
 * A status word it does not know counts as `processing`: never as finished.
 * Returns undefined when no task id can be found.
 */
export function readTask(body: unknown): KlingTask | undefined {
	if (!isObject(body)) return undefined;
	const candidates: IDataObject[] = [];
	if (isObject(body.data)) {
		const gateway = body.data;
		// The gateway's own fields come first; its nested official envelope fills the gaps.
		if (isObject(gateway.data) && isObject(gateway.data.data)) candidates.push(gateway.data.data);
		candidates.unshift(gateway);
	}
	candidates.push(body);

	const taskId = candidates.map((c) => text(c.task_id) ?? text(c.id)).find(Boolean);
	if (!taskId) return undefined;

	const pick = <T>(read: (c: IDataObject) => T | undefined): T | undefined => {
		for (const candidate of candidates) {
			const value = read(candidate);
			if (value !== undefined) return value;
		}
		return undefined;
	};
	const hostStatus = pick((c) => text(c.task_status) ?? text(c.status)) ?? 'submitted';
	const status = STATUS_WORDS[hostStatus.toLowerCase()] ?? 'processing';
	const info = pick((c) => (isObject(c.task_info) ? c.task_info : undefined)) ?? {};
	const audios =
		pick((c) => {
			const found = readAudios(c);
			return found.length ? found : undefined;
		}) ?? [];
	const images =
		pick((c) => {
			const found = readImages(c);
			return found.length ? found : undefined;
		}) ?? [];
	const listed = pick((c) => (Object.keys(readListed(c)).length ? readListed(c) : undefined)) ?? {};
	const videos =
		pick((c): KlingVideo[] | undefined => {
			const found = readVideos(c);
			if (found.length) return found;
			// A gateway's one result URL is the video, unless the task lists audios or images (then it is one of them).
			const url = audios.length || images.length ? undefined : resultUrlOf(c);
			return url ? [{ url, id: undefined, duration: undefined }] : undefined;
		}) ?? [];

	return {
		taskId,
		externalTaskId: text(info.external_task_id) ?? pick((c) => text(c.external_task_id) ?? text(c.external_id)),
		status,
		hostStatus,
		statusMessage: pick((c) => text(c.task_status_msg) ?? text(c.fail_reason) ?? (isNewApiTask(c) ? text(c.message) : undefined)),
		progress: pick((c) => text(c.progress)),
		createdAt: pick((c) => millis(c.created_at) ?? millis(c.create_time)),
		updatedAt: pick((c) => millis(c.updated_at) ?? millis(c.update_time)),
		videos,
		audios,
		images,
		listed,
		cost: pick(readCost),
	};
}

export const isFinished = (task: KlingTask) => task.status === 'succeed' || task.status === 'failed';

/**
 * The item a later node sees: the common fields at the top; the host's body under `raw` when given.
 * A video task shows its first video; an audio task its first audio's MP3 and
 * WAV URLs, and the video (Video to Audio's video with its new sound) when it
 * lists one; an image task its images; a voice or element task what it made.
 */
export function taskToJson(task: KlingTask, raw?: unknown, result: ResultKind = 'videos'): IDataObject {
	const [first] = task.videos;
	const [audio] = task.audios;
	const iso = (ms?: number) => (ms === undefined ? undefined : new Date(ms).toISOString());
	const audioTask = result === 'audios';
	const videoTask = result === 'videos' || (audioTask && task.videos.length > 0);
	const json: IDataObject = {
		taskId: task.taskId,
		externalTaskId: task.externalTaskId,
		status: task.status,
		statusMessage: task.statusMessage,
		progress: task.progress,
		...(audioTask
			? {
					audioId: audio?.id,
					audioMp3Url: audio?.mp3Url,
					audioWavUrl: audio?.wavUrl,
					audioDuration: audio?.mp3Duration ?? audio?.wavDuration,
					audios: task.audios as unknown as IDataObject[],
				}
			: {}),
		...(videoTask
			? {
					videoUrl: first?.url,
					videoId: first?.id,
					videoDuration: first?.duration,
					videos: task.videos as unknown as IDataObject[],
				}
			: {}),
		...(result === 'images' ? { imageCount: task.images.length, images: task.images as unknown as IDataObject[] } : {}),
		...(result === 'voices' || result === 'elements' ? resultEntity(task, result) : {}),
		cost: task.cost as IDataObject | undefined,
		createdAt: iso(task.createdAt),
		updatedAt: iso(task.updatedAt),
		raw: raw as IDataObject,
	};
	for (const key of Object.keys(json)) if (json[key] === undefined) delete json[key];
	return json;
}

/** A voice or element task's result: the first one it made, its fields in camelCase at the top, and the whole list. */
function resultEntity(task: KlingTask, result: 'voices' | 'elements'): IDataObject {
	const list = task.listed[result] ?? [];
	const [made] = list;
	const camel = (key: string) => key.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());
	const top: IDataObject = {};
	for (const [key, value] of Object.entries(made ?? {})) top[camel(key)] = value;
	return { ...top, [result]: list };
}
