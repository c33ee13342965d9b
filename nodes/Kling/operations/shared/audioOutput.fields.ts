import type { INodeProperties } from 'n8n-workflow';

import { TASK_OPERATIONS } from '../registry';

/** The task kinds whose results are audio files (Task → Get shows the audio options for these). */
export const audioTaskKinds = () => TASK_OPERATIONS.filter((op) => op.result === 'audios').map((op) => op.taskKind);

const downloading = { waitForCompletion: [true], downloadVideo: [true] };

/** The same option on an audio operation and on Task → Get of the given task kinds (n8n shows whichever applies). */
function onAudioResults(field: INodeProperties, operations: string[], taskKinds: string[]): INodeProperties[] {
	return [
		{ ...field, displayOptions: { show: { resource: ['audio'], operation: operations, ...downloading } } },
		{ ...field, displayOptions: { show: { resource: ['task'], operation: ['get'], taskKind: taskKinds, ...downloading } } },
	];
}

/**
 * Which files of a finished audio task become binary data. One item per task,
 * the files side by side as binary properties named from Put Output File in
 * Field (`data`): the chosen audio format in `data` (with both, the WAV in
 * `data_wav`), Video to Audio's video with its new sound in `data_video`.
 */
export const audioOutputFields: INodeProperties[] = [
	...onAudioResults(
		{
			displayName: 'Audio Format',
			name: 'audioFormat',
			type: 'options',
			options: [
				{ name: 'MP3', value: 'mp3', description: 'The MP3 in the output field' },
				{ name: 'MP3 and WAV', value: 'both', description: 'The MP3 in the output field, the WAV in &lt;field&gt;_wav (e.g. data_wav)' },
				{ name: 'WAV', value: 'wav', description: 'The WAV in the output field' },
			],
			default: 'mp3',
			description: 'Kling renders each audio as MP3 and as WAV: which to attach',
		},
		['textToAudio', 'videoToAudio'],
		audioTaskKinds(),
	),
	...onAudioResults(
		{
			displayName: 'Include Video with Sound',
			name: 'includeVideo',
			type: 'boolean',
			default: true,
			description: 'Whether to also attach the video with its new sound (MP4), in &lt;field&gt;_video (e.g. data_video)',
		},
		['videoToAudio'],
		['video-to-audio'],
	),
];
