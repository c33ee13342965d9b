import type { OperationField } from '../../field';

import { additionalBodyFieldsOption, additionalFields, callbackUrlOption, externalTaskIdOption } from '../../shared/video.fields';
import { AUDIO_HINT } from '../../shared/mediaInput.fields';
import { voiceIdField } from '../../shared/libraryPickers';
import { at, isUrl, to, toLocatorValue } from '../../shared/toBody';

const whenSpeechFrom = (mode: 'text2video' | 'audio2video') => ({ show: { lipSyncSpeech: [mode] } });

export const lipSyncFields: OperationField[] = [
	{
		displayName: 'Video',
		name: 'lipSyncVideo',
		// A URL goes to `input.video_url`, a Kling video ID to `input.video_id`, without the spaces around it.
		send: (value) => {
			const video = typeof value === 'string' ? value.trim() : value;
			return video === '' ? {} : at(isUrl(video) ? 'input.video_url' : 'input.video_id', video);
		},
		sendsKeys: ['input.video_id', 'input.video_url'],
		type: 'string',
		default: '',
		required: true,
		placeholder: 'e.g. {{ $json.videoId }} or https://example.com/talk.mp4',
		description:
			'The video whose speaker gets new lips: the ID of a video Kling made in the last 30 days (the <code>videoId</code> of a previous Kling node), or the URL of a video (.mp4 or .mov, 2–10 seconds, 720p or 1080p, at most 100 MB) with one clear face',
	},
	{
		displayName: 'Speech From',
		name: 'lipSyncSpeech',
		send: to('input.mode'),
		type: 'options',
		options: [
			{ name: 'Audio', value: 'audio2video', description: 'The speaker says what an audio file says' },
			{ name: 'Text', value: 'text2video', description: 'Kling speaks a text with one of its voices' },
		],
		default: 'text2video',
	},
	{
		displayName: 'Text',
		name: 'lipSyncText',
		send: to('input.text'),
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
		send: toLocatorValue('input.voice_id'),
	}),
	{
		displayName: 'Voice Language',
		name: 'lipSyncVoiceLanguage',
		send: to('input.voice_language'),
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
		send: to('input.voice_speed'),
		type: 'number',
		typeOptions: { minValue: 0.8, maxValue: 2, numberPrecision: 1 },
		default: 1,
		description: 'How fast the voice speaks, from 0.8 to 2',
		displayOptions: whenSpeechFrom('text2video'),
	},
	{
		displayName: 'Audio',
		name: 'lipSyncAudio',
		send: (value) =>
			value === ''
				? {}
				: isUrl(value)
					? { input: { audio_type: 'url', audio_url: value as string } }
					: { input: { audio_type: 'file', audio_file: value as string } },
		sendsKeys: ['input.audio_type', 'input.audio_url', 'input.audio_file'],
		type: 'string',
		default: '',
		required: true,
		placeholder: 'e.g. https://example.com/speech.mp3 or data',
		description: 'What the speaker says: speech of 2–60 seconds',
		hint: AUDIO_HINT,
		displayOptions: whenSpeechFrom('audio2video'),
	},
	additionalFields([additionalBodyFieldsOption, callbackUrlOption, externalTaskIdOption]),
];
