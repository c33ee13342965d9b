import { createVoiceFields } from './create.fields';
import { createVoiceSchema } from './create.schema';
import type { TaskOperation } from '../../types';

/** Voice → Create: clone a voice from a recording or a Kling video, as a task (custom-voices.md). */
export const createVoice: TaskOperation = {
	kind: 'task',
	resource: 'voice',
	value: 'create',
	name: 'Create',
	action: 'Create a voice',
	description: 'Clone a voice from 5–30 s of speech (a file URL, or a Kling video with sound) for lip-sync, speech and videos with sound',
	endpoint: '/v1/general/custom-voices',
	taskKind: 'custom-voices',
	result: 'voices',
	fields: createVoiceFields,
	schema: createVoiceSchema,
};
