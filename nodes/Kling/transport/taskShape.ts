import type { IDataObject } from 'n8n-workflow';

export type TaskStatus = 'submitted' | 'processing' | 'succeed' | 'failed';

export interface KlingVideo {
	id?: string;
	url: string;
	duration?: string;
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

function readVideos(task: IDataObject): KlingVideo[] {
	const result = isObject(task.task_result) ? task.task_result : {};
	const list = Array.isArray(result.videos) ? result.videos : [];
	const videos = list.filter(isObject).flatMap((video) => {
		const url = text(video.url);
		return url ? [{ id: text(video.id), url, duration: text(video.duration) }] : [];
	});
	const resultUrl = text(task.result_url) ?? text(task.video_url);
	if (!videos.length && resultUrl) videos.push({ url: resultUrl, id: undefined, duration: undefined });
	return videos;
}

/**
 * Finds the task in a response body. Accepted shapes:
 * the official envelope `{code, data: {task_id, task_status, ...}}`; the flat
 * task of some aggregators (`{task_id, task_status: 'completed', ...}`); and the
 * new-api gateway (`{code: 'success', data: {task_id, status: 'SUCCESS',
 * result_url, data: <official envelope>}}` on reads, `{id, task_id}` on submit).
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
	const videos = pick((c) => {
		const found = readVideos(c);
		return found.length ? found : undefined;
	});

	return {
		taskId,
		externalTaskId: text(info.external_task_id) ?? pick((c) => text(c.external_task_id)),
		status,
		hostStatus,
		statusMessage: pick((c) => text(c.task_status_msg) ?? text(c.fail_reason)),
		progress: pick((c) => text(c.progress)),
		createdAt: pick((c) => millis(c.created_at)),
		updatedAt: pick((c) => millis(c.updated_at)),
		videos: videos ?? [],
	};
}

export const isFinished = (task: KlingTask) => task.status === 'succeed' || task.status === 'failed';

/** The item a later node sees: the common fields at the top; the host's body under `raw` when given. */
export function taskToJson(task: KlingTask, raw?: unknown): IDataObject {
	const [first] = task.videos;
	const iso = (ms?: number) => (ms === undefined ? undefined : new Date(ms).toISOString());
	const json: IDataObject = {
		taskId: task.taskId,
		externalTaskId: task.externalTaskId,
		status: task.status,
		statusMessage: task.statusMessage,
		progress: task.progress,
		videoUrl: first?.url,
		videoId: first?.id,
		videoDuration: first?.duration,
		videos: task.videos as unknown as IDataObject[],
		createdAt: iso(task.createdAt),
		updatedAt: iso(task.updatedAt),
		raw: raw as IDataObject,
	};
	for (const key of Object.keys(json)) if (json[key] === undefined) delete json[key];
	return json;
}
