import type { OperationField } from '../../field';
import {
	additionalBodyFieldsOption,
	additionalFields,
	callbackUrlOption,
	externalTaskIdOption,
	watermarkOption,
} from '../../shared/video.fields';
import { AUDIO_HINT } from '../../shared/mediaInput.fields';
import { at, to, toNumber } from '../../shared/toBody';
import { LIP_SYNC_FACE } from './lipSyncFace.schema';

/*
 * Video → Lip-Sync a Face. Its defaults read the item Identify Faces made
 * (sessionId, faceId, faceStartMs, faceEndMs), so Identify Faces → a node
 * that keeps one face → this node needs nothing typed but the audio. Every
 * key of the chosen face is sent in `face_choose[0]` (the fields fill one
 * object, which the operation puts in the list: lipSyncFace.operation.ts).
 */

const whenAudioFrom = (source: 'file' | 'audioId') => ({ show: { faceAudioFrom: [source] } });
const MS = { minValue: 0, numberPrecision: 0 };

/** An ID without the spaces around it (one of only spaces stays, to be named as such). */
const trimmed = (value: unknown) => (typeof value === 'string' ? value.trim() || value : value);

/** A time in ms into `face_choose`; `0` for Audio End means "the audio's end" (the node reads it from a file). */
const toFaceChoice = (key: string) => toNumber(`face_choose.${key}`);

export const lipSyncFaceFields: OperationField[] = [
	{
		displayName: 'Session ID',
		name: 'faceSessionId',
		send: (value) => at('session_id', trimmed(value)),
		type: 'string',
		default: '={{ $json.sessionId }}',
		required: true,
		description: 'The session Identify Faces opened for the video (its sessionId). By default the input item\'s.',
	},
	{
		displayName: 'Face ID',
		name: 'faceId',
		// An ID an expression gives as a number is sent as the text Kling lists it as; spaces around it are dropped.
		send: (value) => at('face_choose.face_id', typeof value === 'number' ? String(value) : trimmed(value)),
		type: 'string',
		default: '={{ $json.faceId }}',
		required: true,
		description: 'The face that speaks, one of the session\'s (faceId of an Identify Faces item). By default the input item\'s.',
	},
	{
		displayName: 'Face Start (Ms)',
		name: 'faceStartMs',
		send: 'nothing',
		// Text, so that its default can read the input item (a number field's default must be a number).
		type: 'string',
		default: '={{ $json.faceStartMs }}',
		description:
			"When the face appears in the video (faceStartMs of its Identify Faces item; by default the input item's). Only checked against, not sent: the audio must overlap the face's time on screen by at least 2 s. Empty: Kling checks it.",
	},
	{
		displayName: 'Face End (Ms)',
		name: 'faceEndMs',
		send: 'nothing',
		// Text, so that its default can read the input item (a number field's default must be a number).
		type: 'string',
		default: '={{ $json.faceEndMs }}',
		description: "When the face leaves the video (faceEndMs of its Identify Faces item; by default the input item's). Only checked against, not sent.",
	},
	{
		displayName: 'Audio From',
		name: 'faceAudioFrom',
		send: 'nothing',
		type: 'options',
		options: [
			{ name: 'Audio File', value: 'file', description: 'A URL, a binary property of the input item, or Base64' },
			{ name: 'Kling Audio ID', value: 'audioId', description: "Speech made by Kling's text to speech in the last 30 days (its audioId)" },
		],
		default: 'file',
		description: 'What the face says',
	},
	{
		displayName: 'Audio',
		name: 'faceAudio',
		send: to('face_choose.sound_file'),
		type: 'string',
		default: '',
		required: true,
		placeholder: 'e.g. https://example.com/speech.mp3 or data',
		description: `What the face says: ${LIP_SYNC_FACE.audioMinMs / 1000} to ${LIP_SYNC_FACE.audioMaxMs / 1000} seconds of audio`,
		hint: AUDIO_HINT,
		displayOptions: whenAudioFrom('file'),
	},
	{
		displayName: 'Audio ID',
		name: 'faceAudioId',
		send: to('face_choose.audio_id'),
		type: 'string',
		default: '',
		required: true,
		placeholder: 'e.g. {{ $json.audioId }}',
		description: `The audioId of Audio → Text to Speech (made in the last 30 days, ${LIP_SYNC_FACE.audioMinMs / 1000} to ${LIP_SYNC_FACE.audioMaxMs / 1000} seconds)`,
		displayOptions: whenAudioFrom('audioId'),
	},
	{
		displayName: 'Audio Start (Ms)',
		name: 'soundStartMs',
		send: toFaceChoice('sound_start_time'),
		type: 'number',
		typeOptions: MS,
		default: 0,
		description: 'Where in the audio the part to use starts, in milliseconds from its beginning',
	},
	{
		displayName: 'Audio End (Ms)',
		name: 'soundEndMs',
		// 0: to the audio's end, which the node reads from an audio file (lipSyncFace.operation.ts).
		send: (value) => toFaceChoice('sound_end_time')(value === 0 || value === '0' ? undefined : value),
		type: 'number',
		typeOptions: MS,
		default: 0,
		description: `Where the part to use ends, in milliseconds from the audio's beginning: at least ${LIP_SYNC_FACE.clipMinMs / 1000} s after Audio Start, and not after the audio's end. 0: the audio's end (read from an audio file; give it for audio by URL or Audio ID).`,
	},
	{
		displayName: 'Insert At (Ms)',
		name: 'soundInsertMs',
		send: toFaceChoice('sound_insert_time'),
		placeholder: 'e.g. 1500',
		// Text, so that its default can read the input item (a number field's default must be a number).
		type: 'string',
		default: '={{ $json.faceStartMs }}',
		description:
			"When the face starts saying it, in milliseconds from the video's beginning. By default when the face appears (the input item's faceStartMs). The audio must overlap the face's time on screen by at least 2 s and end within the video.",
	},
	{
		displayName: 'Audio Volume',
		name: 'soundVolume',
		send: toFaceChoice('sound_volume'),
		type: 'number',
		typeOptions: { minValue: LIP_SYNC_FACE.volumeMin, maxValue: LIP_SYNC_FACE.volumeMax, numberPrecision: 2 },
		default: 1,
		description: `How loud the new audio is, from ${LIP_SYNC_FACE.volumeMin} to ${LIP_SYNC_FACE.volumeMax} (1: as it is)`,
	},
	{
		displayName: 'Original Audio Volume',
		name: 'originalAudioVolume',
		send: toFaceChoice('original_audio_volume'),
		type: 'number',
		typeOptions: { minValue: LIP_SYNC_FACE.volumeMin, maxValue: LIP_SYNC_FACE.volumeMax, numberPrecision: 2 },
		default: 1,
		description: `How loud the video's own sound is, from ${LIP_SYNC_FACE.volumeMin} to ${LIP_SYNC_FACE.volumeMax} (1: as it is; no effect on a silent video)`,
	},
	additionalFields([additionalBodyFieldsOption, callbackUrlOption, externalTaskIdOption, watermarkOption]),
];
