import type { OperationField } from '../../field';
import { toPickedId, voiceIdField } from '../../shared/libraryPickers';

/** Voice → Get: a voice by its ID, or by the ID of the task that made it. */
export const getVoiceFields: OperationField[] = [
	voiceIdField({
		name: 'voiceId',
		send: toPickedId('voice_id'),
		required: true,
		description: "The voice's ID (a preset or one of this account's), or the task ID of the Voice → Create that made it",
	}),
];
