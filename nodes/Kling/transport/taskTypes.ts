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
