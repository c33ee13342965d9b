import { VOICE_NAME_MAX } from './create.schema';
import type { OperationField } from '../../field';
import { to, toVideoIdOrUrl } from '../../shared/toBody';
import { additionalBodyFieldsOption, additionalFieldsShown, callbackUrlOption, externalTaskIdOption } from '../../shared/video.fields';

/** Voice → Create (POST /v1/general/custom-voices, a task). */
export const createVoiceFields: OperationField[] = [
	{
		displayName: 'Name',
		name: 'voiceName',
		send: to('voice_name'),
		type: 'string',
		default: '',
		required: true,
		placeholder: 'e.g. Narrator Anna',
		description: `The voice's name, at most ${VOICE_NAME_MAX} characters`,
	},
	{
		displayName: 'Voice Sample',
		name: 'voiceSource',
		// A file URL (`voice_url`) or a Kling video ID (`video_id`); the schema names the choice `voice_url`.
		send: (value) => {
			const { video_id, video_url } = toVideoIdOrUrl(value);
			return video_id !== undefined ? { video_id } : { voice_url: video_url };
		},
		sendsKeys: ['voice_url', 'video_id'],
		type: 'resourceLocator',
		default: { mode: 'url', value: '' },
		required: true,
		description: '5 to 30 seconds of clean speech by one voice, with no noise or music',
		modes: [
			{
				displayName: 'By Audio or Video File URL',
				name: 'url',
				type: 'string',
				placeholder: 'e.g. https://example.com/voice.mp3',
				hint: 'An MP3, WAV, MP4 or MOV file',
				validation: [{ type: 'regex', properties: { regex: '^https?://.+', errorMessage: 'Must be an http(s) URL' } }],
			},
			{
				displayName: 'By Kling Video ID',
				name: 'id',
				type: 'string',
				placeholder: 'e.g. {{ $json.videoId }}',
				hint: 'A video made by kling-v2-6 with Sound on, or by Avatar or Lip-Sync (a Video operation outputs it as videoId)',
			},
		],
	},
	{ ...additionalFieldsShown(undefined, [additionalBodyFieldsOption, callbackUrlOption, externalTaskIdOption]), send: 'eachOption' },
];
