import type { INodeProperties } from 'n8n-workflow';

import { VIDEO_TO_AUDIO_PROMPT_MAX } from './videoToAudio.schema';
import { audioAdditionalFields, forAudio } from '../../shared/audio.fields';

export const videoToAudioFields: INodeProperties[] = [
	{
		displayName: 'Video',
		name: 'video',
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
		displayOptions: forAudio('videoToAudio'),
	},
	{
		displayName: 'Sound Effect Prompt',
		name: 'soundEffectPrompt',
		type: 'string',
		typeOptions: { rows: 2 },
		default: '',
		placeholder: 'e.g. Footsteps on gravel, distant thunder',
		description: `The sound effects to add. At most ${VIDEO_TO_AUDIO_PROMPT_MAX} characters. Empty: Kling works them out from the picture.`,
		displayOptions: forAudio('videoToAudio'),
	},
	{
		displayName: 'Background Music Prompt',
		name: 'bgmPrompt',
		type: 'string',
		typeOptions: { rows: 2 },
		default: '',
		placeholder: 'e.g. Calm lo-fi piano',
		description: `The music to put under the video. At most ${VIDEO_TO_AUDIO_PROMPT_MAX} characters.`,
		displayOptions: forAudio('videoToAudio'),
	},
	{
		displayName: 'ASMR Mode',
		name: 'asmrMode',
		type: 'boolean',
		default: false,
		description: 'Whether to bring out fine detail sounds, for immersive (ASMR) content',
		displayOptions: forAudio('videoToAudio'),
	},
	audioAdditionalFields('videoToAudio'),
];
