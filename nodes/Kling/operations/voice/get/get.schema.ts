import { z } from 'zod';

import { requiredPickedId } from '../../shared/libraryPickers';

/** Voice → Get: the ID to read (as a task) or look for (in the lists). */
export const getVoiceSchema = z
	.object({ voice_id: z.string().optional() })
	.strict()
	.superRefine(requiredPickedId('voice_id', "Give a voice ID, e.g. {{ $json.voiceId }} from Voice → Create, or that task's ID."));
