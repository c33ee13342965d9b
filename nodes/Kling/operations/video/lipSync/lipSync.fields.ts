import type { INodeProperties } from 'n8n-workflow';

import {
	additionalFields,
	additionalBodyFieldsOption,
	AUDIO_HINT,
	callbackUrlOption,
	externalTaskIdOption,
	forVideo,
} from '../../shared/video.fields';
import { voiceIdField } from '../../shared/libraryPickers';

const whenSpeechFrom = (mode: 'text2video' | 'audio2video') => ({
	show: { ...forVideo('lipSync').show, lipSyncSpeech: [mode] },
});

export const lipSyncFields: INodeProperties[] = [
	{
		displayName: 'Video',
		name: 'lipSyncVideo',
		type: 'string',
		default: '',
		required: true,
		placeholder: 'e.g. {{ $json.videoId }} or https://example.com/talk.mp4',
		description:
			'The video whose speaker gets new lips: the ID of a video Kling made in the last 30 days (the <code>videoId</code> of a previous Kling node), or the URL of a video (.mp4 or .mov, 2–10 seconds, 720p or 1080p, at most 100 MB) with one clear face',
		displayOptions: forVideo('lipSync'),
	},
	{
		displayName: 'Speech From',
		name: 'lipSyncSpeech',
		type: 'options',
		options: [
			{ name: 'Audio', value: 'audio2video', description: 'The speaker says what an audio file says' },
			{ name: 'Text', value: 'text2video', description: 'Kling speaks a text with one of its voices' },
		],
		default: 'text2video',
		displayOptions: forVideo('lipSync'),
	},
	{
		displayName: 'Text',
		name: 'lipSyncText',
		type: 'string',
		typeOptions: { rows: 2 },
		default: '',
		required: true,
		placeholder: 'e.g. Welcome to our store! Everything is 20% off today.',
		description: 'What the speaker says, at most 120 characters',
		displayOptions: whenSpeechFrom('text2video'),
	},
	voiceIdField({
		name: 'lipSyncVoiceId',
		required: true,
		placeholder: 'e.g. oversea_male1',
		description: "One of Kling's voices (e.g. oversea_male1, uk_boy1, uk_man2, genshin_vindi2, ai_shatang) or a custom voice's ID",
		displayOptions: whenSpeechFrom('text2video'),
	}),
	{
		displayName: 'Voice Language',
		name: 'lipSyncVoiceLanguage',
		type: 'options',
		options: [
			{ name: 'Chinese', value: 'zh' },
			{ name: 'English', value: 'en' },
		],
		default: 'en',
		description: 'The language of the voice',
		displayOptions: whenSpeechFrom('text2video'),
	},
	{
		displayName: 'Voice Speed',
		name: 'lipSyncVoiceSpeed',
		type: 'number',
		typeOptions: { minValue: 0.8, maxValue: 2, numberPrecision: 1 },
		default: 1,
		description: 'How fast the voice speaks, from 0.8 to 2',
		displayOptions: whenSpeechFrom('text2video'),
	},
	{
		displayName: 'Audio',
		name: 'lipSyncAudio',
		type: 'string',
		default: '',
		required: true,
		placeholder: 'e.g. https://example.com/speech.mp3 or data',
		description: 'What the speaker says: speech of 2–60 seconds',
		hint: AUDIO_HINT,
		displayOptions: whenSpeechFrom('audio2video'),
	},
	additionalFields('lipSync', [additionalBodyFieldsOption, callbackUrlOption, externalTaskIdOption]),
];
