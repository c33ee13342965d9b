import { z } from 'zod';

import { audioDurationMs } from '../../../validation/audioDuration';
import { httpUrlSchema, optionalText, watermarkSchema } from '../../../validation/common';

/*
 * POST /v1/videos/advanced-lip-sync, as Kling's Lip Sync page documents it
 * (kling.ai/document-api/api/video/lip-sync, kept verbatim in aself101/kling-api
 * docs/api/kling-lip-sync.md; shared/spec/kling-api-2026.md §1.2):
 * - `session_id` (required): from Identify Faces;
 * - `face_choose` (required): "Currently only supports one person lip-sync";
 *   `face_id` (required); exactly one of `audio_id` (text to speech of the
 *   last 30 days, 2–60 s) and `sound_file` (Base64 or URL; .mp3/.wav/.m4a/.aac
 *   ≤ 5 MB, checked in pipeline/resolveAudio; 2–60 s);
 *   `sound_start_time`, `sound_end_time`, `sound_insert_time` (required, ms:
 *   "long"); the cropped sound "must not be shorter than 2 seconds"; the end
 *   "shouldn't be later than the total duration of the original sound";
 *   `sound_volume`, `original_audio_volume` in [0, 2] (default 1);
 * - `watermark_info{enabled}`, `callback_url`, `external_task_id`.
 * The overlap with the face's time on screen (at least 2 s) needs the face's
 * window, which the body does not hold: lipSyncFace.operation.ts checks it.
 * The length of an audio file is read from its bytes (validation/audioDuration);
 * that of audio by URL or Audio ID, and the end within the video, only Kling knows.
 */
export const LIP_SYNC_FACE = {
	clipMinMs: 2000,
	overlapMinMs: 2000,
	audioMinMs: 2000,
	audioMaxMs: 60000,
	volumeMin: 0,
	volumeMax: 2,
} as const;

const milliseconds = (requiredError: string) =>
	z
		.number({ required_error: requiredError, invalid_type_error: 'must be a number of milliseconds' })
		.int('must be a whole number of milliseconds')
		.min(0, 'must be 0 or more (milliseconds)');

const volume = z
	.number({ invalid_type_error: 'must be a number' })
	.min(LIP_SYNC_FACE.volumeMin, `must be between ${LIP_SYNC_FACE.volumeMin} and ${LIP_SYNC_FACE.volumeMax}`)
	.max(LIP_SYNC_FACE.volumeMax, `must be between ${LIP_SYNC_FACE.volumeMin} and ${LIP_SYNC_FACE.volumeMax}`)
	.optional();

const seconds = (ms: number) => `${(ms / 1000).toFixed(ms % 1000 ? 2 : 0)} s`;

/** The length of audio sent as Base64 (by now a file has been encoded); undefined for a URL or an unreadable file. */
const lengthOfFile = (soundFile: unknown) =>
	typeof soundFile === 'string' && !/^https?:\/\//i.test(soundFile) ? audioDurationMs(Buffer.from(soundFile, 'base64')) : undefined;

type FaceChoice = { audio_id?: string; sound_file?: string; sound_start_time: number; sound_end_time: number };

function checkAudio(choice: FaceChoice, ctx: z.RefinementCtx): void {
	const byId = choice.audio_id !== undefined;
	const byFile = choice.sound_file !== undefined;
	if (!byId && !byFile) {
		ctx.addIssue({ code: 'custom', path: ['sound_file'], message: 'is required: an audio file, or a Kling Audio ID (Audio From)' });
	} else if (byId && byFile) {
		ctx.addIssue({ code: 'custom', path: ['sound_file'], message: 'give an audio file or an Audio ID, not both (Kling takes one)' });
	}
	const length = lengthOfFile(choice.sound_file);
	if (length !== undefined && (length < LIP_SYNC_FACE.audioMinMs || length > LIP_SYNC_FACE.audioMaxMs)) {
		ctx.addIssue({
			code: 'custom',
			path: ['sound_file'],
			message: `the audio lasts ${seconds(length)}; Kling takes ${seconds(LIP_SYNC_FACE.audioMinMs)} to ${seconds(LIP_SYNC_FACE.audioMaxMs)}`,
		});
		return;
	}
	const clip = choice.sound_end_time - choice.sound_start_time;
	if (clip < LIP_SYNC_FACE.clipMinMs) {
		ctx.addIssue({
			code: 'custom',
			path: ['sound_end_time'],
			message: `must be at least ${seconds(LIP_SYNC_FACE.clipMinMs)} after Audio Start: the part of the audio to use lasts ${clip} ms`,
		});
	} else if (length !== undefined && choice.sound_end_time > length) {
		ctx.addIssue({ code: 'custom', path: ['sound_end_time'], message: `is after the audio's end (it lasts ${length} ms)` });
	}
}

const faceChoice = z
	.object({
		face_id: z.string({ required_error: 'is required', invalid_type_error: 'must be text' }).min(1, 'is required'),
		audio_id: z.string().optional(),
		sound_file: z.string().optional(),
		sound_start_time: milliseconds('is required'),
		sound_end_time: milliseconds(
			"is required: 0 means the audio's end, which the node reads from an audio file but not from a URL or an Audio ID",
		),
		sound_insert_time: milliseconds('is required: when the face starts saying it, in ms from the video\'s beginning'),
		sound_volume: volume,
		original_audio_volume: volume,
	})
	.passthrough()
	.superRefine(checkAudio);

/** The body as the node sends it (face_choose holds the one face). Unknown keys (Additional Body Fields) pass through. */
export const lipSyncFaceSchema = z
	.object({
		session_id: z.string({ required_error: 'is required: the sessionId of Identify Faces', invalid_type_error: 'must be text' }).min(1, 'is required'),
		face_choose: z
			.array(faceChoice)
			.length(1, 'holds one face: Kling lip-syncs one person per task'),
		watermark_info: watermarkSchema,
		callback_url: httpUrlSchema,
		external_task_id: optionalText(),
	})
	.passthrough();
