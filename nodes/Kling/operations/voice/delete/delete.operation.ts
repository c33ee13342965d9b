import { deleteVoiceFields } from './delete.fields';
import { deleteVoiceSchema } from './delete.schema';
import { libraryDeleteOperation } from '../../shared/libraryDelete';

/** Voice → Delete: POST /v1/general/delete-voices (custom-voices.md: custom voices only). */
export const deleteVoice = libraryDeleteOperation({
	what: 'voice',
	fields: deleteVoiceFields,
	schema: deleteVoiceSchema,
	path: '/v1/general/delete-voices',
});
