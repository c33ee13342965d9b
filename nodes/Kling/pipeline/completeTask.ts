import type { IBinaryData, IDataObject, INodeExecutionData } from 'n8n-workflow';

import type { ItemContext } from '../context/itemContext';
import type { ResultKind } from '../operations/types';
import { downloadResultFile, downloadVideo, IMAGE_FILE, MP3_FILE, WAV_FILE } from '../transport/downloadVideo';
import type { FinishedTask } from '../transport/waitForTask';
import { operationFailure } from '../transport/failures';
import { taskFailedError } from '../transport/pollTask';
import { taskToJson } from '../transport/taskShape';

/**
 * The output items of a task as it stands: its JSON, and, when it has
 * succeeded and the user wants it, its files as binary data (what the
 * operation's result kind says: the video, or the audio files). One item,
 * except for a succeeded image task: one item per image (see imageItems). A
 * failed task throws (the caller decides whether that fails the node or the item).
 */
export async function taskOutput(
	ctx: ItemContext,
	current: FinishedTask,
	download: boolean,
	result: ResultKind = 'videos',
): Promise<INodeExecutionData[]> {
	if (current.task.status === 'failed') throw taskFailedError(ctx, current);
	const simplify = ctx.param('simplify', true);
	const json: IDataObject = taskToJson(current.task, simplify ? undefined : current.raw, result);
	const succeeded = current.task.status === 'succeed';
	if (result === 'images' && succeeded) return await imageItems(ctx, current, json, download);
	const item: INodeExecutionData = { json, pairedItem: { item: ctx.itemIndex } };
	if (download && succeeded && (result === 'videos' || result === 'audios' || result === 'voices')) {
		const property = ctx.param('binaryPropertyName', 'data') || 'data';
		item.binary =
			result === 'audios'
				? await audioBinaries(ctx, current, property)
				: { [property]: result === 'voices' ? await voiceSample(ctx, current) : await videoBinary(ctx, current) };
	}
	return [item];
}

/** A voice task's sample: the MP3 Kling spoke with the new voice (task_result.voices[].trial_url, custom-voices.md). */
async function voiceSample(ctx: ItemContext, current: FinishedTask): Promise<IBinaryData> {
	const [voice] = current.task.listed.voices ?? [];
	const url = typeof voice?.trial_url === 'string' ? voice.trial_url : '';
	if (!url) throw listsNo(ctx, current, 'voice sample', 'Turn off Download Sample.');
	return await downloadResultFile(ctx, url, `kling-${current.task.taskId}-sample.mp3`, MP3_FILE);
}

/**
 * A succeeded image task: one output item per image, in Kling's order, each
 * with the task's fields, `imageIndex` and `imageUrl` (and for sets of views
 * `setIndex` and `viewIndex`: taskShape.ts readImages), and (when downloading)
 * the image in the output field (`data`). A storage node after the node then
 * uploads every image, one per item, with no Code node between.
 */
async function imageItems(ctx: ItemContext, current: FinishedTask, json: IDataObject, download: boolean): Promise<INodeExecutionData[]> {
	const { images, taskId } = current.task;
	if (!images.length) throw listsNo(ctx, current, 'image');
	const property = ctx.param('binaryPropertyName', 'data') || 'data';
	const common: IDataObject = { ...json };
	delete common.images;
	return await Promise.all(
		images.map(async (image): Promise<INodeExecutionData> => {
			const item: INodeExecutionData = {
				json: {
					...common,
					imageIndex: image.index,
					imageUrl: image.url,
					// A task that makes sets of views (AI Multi-Shot): which set, which view.
					...(image.setIndex === undefined ? {} : { setIndex: image.setIndex, viewIndex: image.viewIndex }),
				},
				pairedItem: { item: ctx.itemIndex },
			};
			if (download) {
				const extension = /\.(jpe?g|png|webp)(\?|$)/i.exec(image.url)?.[1].toLowerCase().replace('jpeg', 'jpg') ?? 'png';
				item.binary = { [property]: await downloadResultFile(ctx, image.url, `kling-${taskId}-${image.index}.${extension}`, IMAGE_FILE) };
			}
			return item;
		}),
	);
}

const listsNo = (ctx: ItemContext, current: FinishedTask, what: string, hint?: string) =>
	operationFailure(ctx, 'unreadable', {
		message: `Kling task ${current.task.taskId} succeeded but lists no ${what}`,
		description: `${hint ? `${hint} ` : ''}Nothing was downloaded; with the download off, the node outputs the URLs the task lists.`,
	});

async function videoBinary(ctx: ItemContext, current: FinishedTask, hint?: string): Promise<IBinaryData> {
	const [video] = current.task.videos;
	if (!video) {
		if (hint) throw listsNo(ctx, current, 'video', hint);
		throw operationFailure(ctx, 'unreadable', { message: `Kling task ${current.task.taskId} succeeded but lists no video` });
	}
	return await downloadVideo(ctx, video.url, `kling-${current.task.taskId}.mp4`);
}

/** Which audio files the user wants (Audio Format): MP3, WAV or both. */
export type AudioFormat = 'mp3' | 'wav' | 'both';

/**
 * An audio task's files, one item per task: the first audio in the format
 * asked for, in the output field (`data`); with both formats the WAV goes to
 * `<field>_wav`; Video to Audio's video with its new sound, when asked for,
 * to `<field>_video`. Kling lists one audio per task; should it list more,
 * the JSON has them all.
 */
async function audioBinaries(ctx: ItemContext, current: FinishedTask, property: string): Promise<Record<string, IBinaryData>> {
	const { taskId } = current.task;
	const [audio] = current.task.audios;
	if (!audio) throw listsNo(ctx, current, 'audio');
	const format = ctx.param<AudioFormat>('audioFormat', 'mp3');
	const wanted: Array<[string, string | undefined, 'MP3' | 'WAV']> =
		format === 'wav'
			? [[property, audio.wavUrl, 'WAV']]
			: format === 'both'
				? [
						[property, audio.mp3Url, 'MP3'],
						[`${property}_wav`, audio.wavUrl, 'WAV'],
					]
				: [[property, audio.mp3Url, 'MP3']];
	const downloads = wanted.map(async ([name, url, label]): Promise<[string, IBinaryData]> => {
		if (!url) throw listsNo(ctx, current, `${label} file`, `Set Audio Format to ${label === 'MP3' ? 'WAV' : 'MP3'}.`);
		const kind = label === 'MP3' ? MP3_FILE : WAV_FILE;
		return [name, await downloadResultFile(ctx, url, `kling-${taskId}.${label.toLowerCase()}`, kind)];
	});
	// Video to Audio: the video with its new sound (the option is shown for that task kind only).
	if (ctx.param('includeVideo', false)) {
		downloads.push(
			(async (): Promise<[string, IBinaryData]> => [
				`${property}_video`,
				await videoBinary(ctx, current, 'Turn off Include Video with Sound.'),
			])(),
		);
	}
	return Object.fromEntries(await Promise.all(downloads));
}

/** Whether the user wants the video downloaded (only meaningful once waited for). */
export const wantsDownload = (ctx: ItemContext) =>
	ctx.param('waitForCompletion', true) && ctx.param('downloadVideo', true);
