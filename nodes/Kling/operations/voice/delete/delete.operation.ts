import { deleteVoiceFields } from '../voice.fields';
import { libraryDeleteOperation } from '../../shared/libraryDelete';

/** Voice → Delete: POST /v1/general/delete-voices (custom-voices.md: custom voices only). */
export const deleteVoice = libraryDeleteOperation({ what: 'voice', fields: deleteVoiceFields, path: '/v1/general/delete-voices' });
