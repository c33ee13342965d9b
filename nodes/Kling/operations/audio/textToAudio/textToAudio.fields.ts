import { TEXT_TO_AUDIO_MAX_SECONDS, TEXT_TO_AUDIO_MIN_SECONDS, TEXT_TO_AUDIO_PROMPT_MAX } from './textToAudio.schema';
import type { OperationField } from '../../field';
import { audioAdditionalFields } from '../../shared/audio.fields';
import { to, toNumber } from '../../shared/toBody';

export const textToAudioFields: OperationField[] = [
	{
		displayName: 'Prompt',
		name: 'prompt',
		send: to('prompt'),
		type: 'string',
		typeOptions: { rows: 3 },
		default: '',
		required: true,
		placeholder: 'e.g. Fireworks crackling over a cheering crowd at night',
		description: `The sound to make: sound effects, ambience. At most ${TEXT_TO_AUDIO_PROMPT_MAX} characters.`,
	},
	{
		displayName: 'Duration (Seconds)',
		name: 'audioDuration',
		send: toNumber('duration'),
		type: 'number',
		typeOptions: { minValue: TEXT_TO_AUDIO_MIN_SECONDS, maxValue: TEXT_TO_AUDIO_MAX_SECONDS, numberPrecision: 1 },
		default: 5,
		description: `Length of the audio, from ${TEXT_TO_AUDIO_MIN_SECONDS} to ${TEXT_TO_AUDIO_MAX_SECONDS} seconds in steps of 0.1`,
	},
	audioAdditionalFields(),
];
