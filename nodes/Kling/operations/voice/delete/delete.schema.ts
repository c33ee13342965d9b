import { z } from 'zod';

import { requiredPickedId } from '../../shared/libraryPickers';

/** POST /v1/general/delete-voices (custom-voices.md): `voice_id`, one of the account's voices. */
export const deleteVoiceSchema = z
	.object({ voice_id: z.string().optional() })
	.strict()
	.superRefine(requiredPickedId('voice_id', 'Give the ID of one of your voices, e.g. {{ $json.voiceId }}.'));
