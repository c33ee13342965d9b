import { deleteVoiceFields } from '../../descriptions/voice.fields';
import { deletedOrFailed, mayBeDeleted } from '../../library/deleteAnswer';
import { libraryRequest } from '../../library/libraryRequest';
import { invalidInput } from '../../validation/invalidInput';
import { locatorValue } from '../locatorValue';
import type { ActionOperation } from '../types';

/** Voice → Delete: POST /v1/general/delete-voices (custom-voices.md: custom voices only). */
export const deleteVoice: ActionOperation<string> = {
	resource: 'voice',
	value: 'delete',
	name: 'Delete',
	action: 'Delete a voice',
	description: "Delete one of the account's voices",
	fields: deleteVoiceFields,
	prepare: async (ctx) => {
		const id = String(locatorValue(ctx.param<unknown>('voiceId', '')) ?? '').trim();
		if (!id) throw invalidInput(ctx, 'Voice ID: is required', 'Give the ID of one of your voices, e.g. {{ $json.voiceId }}.');
		return id;
	},
	run: async (ctx, id) => {
		const raw = await libraryRequest(ctx, {
			method: 'POST',
			path: '/v1/general/delete-voices',
			body: { voice_id: id },
			action: `the delete of voice ${id}`,
			ifAnswerLost: (lost) => mayBeDeleted(ctx, 'voice', id, lost),
		});
		deletedOrFailed(ctx, 'voice', id, raw);
		return [{ json: { deleted: true, voiceId: id } }];
	},
};
