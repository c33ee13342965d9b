import type { OperationField } from '../../field';
import { toPickedId, voiceIdField } from '../../shared/libraryPickers';

/** Voice → Delete: one of the account's voices, by ID. */
export const deleteVoiceFields: OperationField[] = [
	voiceIdField({
		name: 'voiceId',
		send: toPickedId('voice_id'),
		required: true,
		description: "The ID of one of this account's voices (presets cannot be deleted)",
	}),
];
