import { VIDEO_TO_AUDIO_PROMPT_MAX } from './videoToAudio.schema';
import type { OperationField } from '../../field';
import { audioAdditionalFields } from '../../shared/audio.fields';
import { to, toVideoIdOrUrl } from '../../shared/toBody';

export const videoToAudioFields: OperationField[] = [
	{
		displayName: 'Video',
		name: 'video',
		// By URL or by Kling video ID: `video_url` or `video_id` (the schema names the choice `video`).
		send: toVideoIdOrUrl,
		sendsKeys: ['video', 'video_id', 'video_url'],
		type: 'resourceLocator',
		default: { mode: 'url', value: '' },
		required: true,
		description: 'The video to make sound for: 3 to 20 seconds long',
		modes: [
			{
				displayName: 'By URL',
				name: 'url',
				type: 'string',
				placeholder: 'e.g. https://example.com/clip.mp4',
				hint: 'An MP4 or MOV of at most 100 MB',
				validation: [
					{ type: 'regex', properties: { regex: '^https?://.+', errorMessage: 'Must be an http(s) URL' } },
				],
			},
			{
				displayName: 'By Kling Video ID',
				name: 'id',
				type: 'string',
				placeholder: 'e.g. {{ $json.videoId }}',
				hint: 'The ID of a video Kling made in the last 30 days (a Video operation outputs it as videoId)',
			},
		],
	},
	{
		displayName: 'Sound Effect Prompt',
		name: 'soundEffectPrompt',
		send: to('sound_effect_prompt'),
		type: 'string',
		typeOptions: { rows: 2 },
		default: '',
		placeholder: 'e.g. Footsteps on gravel, distant thunder',
		description: `The sound effects to add. At most ${VIDEO_TO_AUDIO_PROMPT_MAX} characters. Empty: Kling works them out from the picture.`,
	},
	{
		displayName: 'Background Music Prompt',
		name: 'bgmPrompt',
		send: to('bgm_prompt'),
		type: 'string',
		typeOptions: { rows: 2 },
		default: '',
		placeholder: 'e.g. Calm lo-fi piano',
		description: `The music to put under the video. At most ${VIDEO_TO_AUDIO_PROMPT_MAX} characters.`,
	},
	{
		displayName: 'ASMR Mode',
		name: 'asmrMode',
		send: to('asmr_mode'),
		type: 'boolean',
		default: false,
		description: 'Whether to bring out fine detail sounds, for immersive (ASMR) content',
	},
	audioAdditionalFields(),
];
