import { z } from 'zod';

import { requiredPickedId } from '../../shared/libraryPickers';

/** POST /v1/general/delete-elements (custom-elements.md): `element_id`, one of the account's elements. */
export const deleteElementSchema = z
	.object({ element_id: z.string().optional() })
	.strict()
	.superRefine(requiredPickedId('element_id', 'Give the ID of one of your elements, e.g. {{ $json.elementId }}.'));
