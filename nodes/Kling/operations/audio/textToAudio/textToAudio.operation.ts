import { textToAudioFields } from './textToAudio.fields';
import { textToAudioSchema } from './textToAudio.schema';
import type { TaskOperation } from '../../types';

export const textToAudio: TaskOperation = {
	kind: 'task',
	resource: 'audio',
	value: 'textToAudio',
	name: 'Text to Audio',
	action: 'Generate sound from text',
	description: 'Create sound effects or ambience (3–10 s) from a text prompt, as MP3 and WAV',
	endpoint: '/v1/audio/text-to-audio',
	taskKind: 'text-to-audio',
	result: 'audios',
	fields: textToAudioFields,
	schema: textToAudioSchema,
};
