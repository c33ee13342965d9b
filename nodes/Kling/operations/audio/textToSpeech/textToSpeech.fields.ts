import { TTS_SPEED_MAX, TTS_SPEED_MIN, TTS_TEXT_MAX } from './textToSpeech.schema';
import type { OperationField } from '../../field';
import { toPickedId, voiceIdField } from '../../shared/libraryPickers';
import { to, toNumber } from '../../shared/toBody';

/**
 * Audio → Text to Speech. Kling answers with the speech itself, so there is
 * no Wait for Completion; the download and its field are this operation's own
 * (the same parameters as the audio tasks' Download Audio and Put Output File
 * in Field), and Options only matter on a host that answers before the
 * speech is ready (then the node polls it).
 */
export const textToSpeechFields: OperationField[] = [
	{
		displayName: 'Text',
		name: 'speechText',
		// A number an expression gives is spoken as written.
		send: (value) => ({ text: String(value) }),
		type: 'string',
		typeOptions: { rows: 4 },
		default: '',
		required: true,
		placeholder: 'e.g. Welcome to our store! Everything is 20% off today.',
		description: `What the voice says, at most ${TTS_TEXT_MAX} characters`,
	},
	voiceIdField({
		name: 'speechVoiceId',
		send: toPickedId('voice_id'),
		required: true,
		placeholder: 'e.g. oversea_male1',
		description: "One of Kling's voices (e.g. oversea_male1, uk_boy1, genshin_vindi2, ai_shatang) or a custom voice's ID",
	}),
	{
		displayName: 'Voice Language',
		name: 'speechVoiceLanguage',
		send: to('voice_language'),
		type: 'options',
		options: [
			{ name: 'Chinese', value: 'zh' },
			{ name: 'English', value: 'en' },
		],
		default: 'en',
		description: 'The language of the voice (it must match the voice)',
	},
	{
		displayName: 'Voice Speed',
		name: 'speechVoiceSpeed',
		send: toNumber('voice_speed'),
		type: 'number',
		typeOptions: { minValue: TTS_SPEED_MIN, maxValue: TTS_SPEED_MAX, numberPrecision: 1 },
		default: 1,
		description: `How fast the voice speaks, from ${TTS_SPEED_MIN} to ${TTS_SPEED_MAX} in steps of 0.1`,
	},
	{
		displayName: 'Download Audio',
		name: 'downloadVideo',
		send: 'nothing',
		type: 'boolean',
		default: true,
		description: 'Whether to attach the speech (MP3) as binary data, ready for a storage node (result URLs expire after 30 days)',
	},
	{
		displayName: 'Put Output File in Field',
		name: 'binaryPropertyName',
		send: 'nothing',
		type: 'string',
		default: 'data',
		required: true,
		hint: 'The name of the output binary field to put the speech in',
		displayOptions: { show: { downloadVideo: [true] } },
	},
	{
		displayName: 'Options',
		name: 'waitOptions',
		send: 'nothing',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		// The registry's display options go here, before the options, where n8n has always listed them.
		displayOptions: undefined,
		options: [
			{
				displayName: 'Poll Interval (Seconds)',
				name: 'pollIntervalSeconds',
				type: 'number',
				typeOptions: { minValue: 1 },
				default: 10,
				description:
					"Only for a host that answers before the speech is ready (Kling's API answers with it): how often to ask whether it is done",
			},
			{
				displayName: 'Max Wait (Minutes)',
				name: 'maxWaitMinutes',
				type: 'number',
				typeOptions: { minValue: 0.1 },
				default: 30,
				description: 'Only for such a host: give up waiting after this long',
			},
		],
	},
];
