import { z } from 'zod';

import { requiredPickedId } from '../../shared/libraryPickers';

/** Element → Get: the ID to look for (Kling documents no read of one element: the lists are searched). */
export const getElementSchema = z
	.object({ element_id: z.string().optional() })
	.strict()
	.superRefine(requiredPickedId('element_id', 'Give the ID of an element, e.g. {{ $json.elementId }} from Element → Create.'));
