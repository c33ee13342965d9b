import type { INodeProperties } from 'n8n-workflow';

import { TEXT_TO_AUDIO_MAX_SECONDS, TEXT_TO_AUDIO_MIN_SECONDS, TEXT_TO_AUDIO_PROMPT_MAX } from './textToAudio.schema';
import { audioAdditionalFields, forAudio } from '../../shared/audio.fields';

export const textToAudioFields: INodeProperties[] = [
	{
		displayName: 'Prompt',
		name: 'prompt',
		type: 'string',
		typeOptions: { rows: 3 },
		default: '',
		required: true,
		placeholder: 'e.g. Fireworks crackling over a cheering crowd at night',
		description: `The sound to make: sound effects, ambience. At most ${TEXT_TO_AUDIO_PROMPT_MAX} characters.`,
		displayOptions: forAudio('textToAudio'),
	},
	{
		displayName: 'Duration (Seconds)',
		name: 'audioDuration',
		type: 'number',
		typeOptions: { minValue: TEXT_TO_AUDIO_MIN_SECONDS, maxValue: TEXT_TO_AUDIO_MAX_SECONDS, numberPrecision: 1 },
		default: 5,
		description: `Length of the audio, from ${TEXT_TO_AUDIO_MIN_SECONDS} to ${TEXT_TO_AUDIO_MAX_SECONDS} seconds in steps of 0.1`,
		displayOptions: forAudio('textToAudio'),
	},
	audioAdditionalFields('textToAudio'),
];
