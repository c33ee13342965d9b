import type { IDataObject } from 'n8n-workflow';

import { isObject, millis, text } from './jsonValues';
import { readCost } from './taskCost';
import { isNewApiTask, readAudios, readImages, readListed, readVideos, resultUrlOf } from './taskResults';
import type { KlingTask, KlingVideo, ResultKind, TaskStatus } from './taskTypes';

// The task as the node reads it: its types, what it made and what it cost live beside this file.
export type { KlingAudio, KlingImage, KlingTask, KlingVideo, ResultKind, TaskCost, TaskStatus } from './taskTypes';
export { readCost } from './taskCost';

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
