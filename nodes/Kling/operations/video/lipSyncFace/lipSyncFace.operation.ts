import type { IDataObject } from 'n8n-workflow';

import type { ItemContext } from '../../../context/itemContext';
import { audioDurationMs } from '../../../validation/audioDuration';
import { invalidInput } from '../../../validation/invalidInput';
import type { TaskOperation } from '../../types';
import { lipSyncFaceFields } from './lipSyncFace.fields';
import { LIP_SYNC_FACE, lipSyncFaceSchema } from './lipSyncFace.schema';
import { isObject } from '../../../transport/jsonValues';

const isWholeMs = (value: unknown): value is number => typeof value === 'number' && Number.isInteger(value) && value >= 0;

/** The bytes of audio given as a binary property of the input item or as Base64; undefined for a URL (or no audio). */
async function audioBytes(ctx: ItemContext, value: unknown): Promise<Buffer | undefined> {
	if (typeof value !== 'string' || /^https?:\/\//i.test(value.trim())) return undefined;
	const text = value.trim();
	if (ctx.inputItem().binary?.[text]) return await ctx.binaryBuffer(text);
	return Buffer.from(text.replace(/^data:[^;,]*;base64,/, '').replace(/\s+/g, ''), 'base64');
}

/** A Face Start / Face End as typed or given by an expression: a number of ms, undefined when empty. */
function faceTime(ctx: ItemContext, name: string, label: string): number | undefined {
	const value = ctx.param<unknown>(name, undefined);
	if (value === undefined || value === null || (typeof value === 'string' && value.trim() === '')) return undefined;
	const number = typeof value === 'string' ? Number(value) : value;
	if (!isWholeMs(number)) throw invalidInput(ctx, `${label}: must be a whole number of milliseconds, 0 or more (got ${JSON.stringify(value)})`);
	return number;
}

/**
 * Kling: "The time range for inserting sound should overlap with the face's
 * lip-sync time interval for at least 2 seconds" (Lip Sync,
 * face_choose[].sound_insert_time; shared/spec/kling-api-2026.md §1.2). The
 * face's window comes from Identify Faces (Face Start / Face End); without it
 * Kling checks. Times that are not whole ms are left for the schema to name.
 */
function checkOverlap(ctx: ItemContext, choice: IDataObject): void {
	const faceStart = faceTime(ctx, 'faceStartMs', 'Face Start (Ms)');
	const faceEnd = faceTime(ctx, 'faceEndMs', 'Face End (Ms)');
	const { sound_start_time: start, sound_end_time: end, sound_insert_time: insert } = choice;
	if (faceStart === undefined || faceEnd === undefined || !isWholeMs(start) || !isWholeMs(end) || !isWholeMs(insert)) return;
	if (end - start < LIP_SYNC_FACE.clipMinMs) return;
	if (faceEnd <= faceStart) throw invalidInput(ctx, `Face End (Ms): must be after Face Start (Ms) (${faceStart} ms), got ${faceEnd} ms`);
	const insertEnd = insert + (end - start);
	const overlap = Math.min(insertEnd, faceEnd) - Math.max(insert, faceStart);
	if (overlap >= LIP_SYNC_FACE.overlapMinMs) return;
	throw invalidInput(
		ctx,
		`Insert At (Ms): the audio would play from ${insert} to ${insertEnd} ms into the video, which overlaps the face's time on screen (${faceStart}–${faceEnd} ms) by ${Math.max(0, overlap)} ms; Kling needs at least ${LIP_SYNC_FACE.overlapMinMs / 1000} s`,
		'Insert the audio while the face is on screen (e.g. at Face Start), or use a longer part of the audio.',
	);
}

/**
 * The fields fill one face's object (`face_choose.face_id`, …): Audio End 0
 * becomes the audio's end when the audio is a file whose length can be read,
 * the overlap with the face's window is checked, and the object goes into
 * Kling's list. A list given whole in Additional Body Fields (JSON) is left
 * as it is.
 */
async function shapeFaceChoice(body: IDataObject, ctx: ItemContext): Promise<void> {
	const choice = body.face_choose;
	if (!isObject(choice)) return;
	if (choice.sound_end_time === undefined && choice.audio_id === undefined) {
		const bytes = await audioBytes(ctx, choice.sound_file).catch(() => undefined);
		const length = bytes && audioDurationMs(bytes);
		if (length !== undefined) choice.sound_end_time = length;
	}
	checkOverlap(ctx, choice);
	body.face_choose = [choice];
}

/*
 * The task is read back at GET /v1/videos/advanced-lip-sync/{id}. Kling's query
 * section lists `task_id` as its path parameter, and the create section says of
 * `external_task_id` that it "supports querying tasks by this ID": the node's
 * lookup of a submit whose answer was lost (by External Task ID) relies on that.
 */
export const lipSyncFace: TaskOperation = {
	kind: 'task',
	resource: 'video',
	value: 'lipSyncFace',
	name: 'Lip-Sync a Face',
	action: 'Lip-sync a face chosen in a video',
	description: 'Make one face of a video (found by Identify Faces) say an audio clip, at a chosen moment and volume',
	endpoint: '/v1/videos/advanced-lip-sync',
	taskKind: 'advanced-lip-sync',
	result: 'videos',
	fields: lipSyncFaceFields,
	schema: lipSyncFaceSchema,
	media: { audio: [['face_choose', '*', 'sound_file']] },
	shapeBody: shapeFaceChoice,
};
