import type { IDataObject } from 'n8n-workflow';

import { createElementFields } from './create.fields';
import { createElementSchema } from './create.schema';
import { elementEntryOf, elementJson } from '../../../library/readElements';
import { libraryRequest } from '../../../library/libraryRequest';
import { noTaskInAnswer } from '../../../transport/failures';
import { ELEMENT_IMAGE_SIZE } from '../element.shared';
import type { ActionOperation } from '../../types';

const ENDPOINT = '/v1/general/custom-elements';

/** Element → Create: POST /v1/general/custom-elements, answered with the element at once. */
export const createElement: ActionOperation = {
	kind: 'action',
	resource: 'element',
	value: 'create',
	name: 'Create',
	action: 'Create an element',
	description: 'Register a subject (a person, product or prop) from a frontal image and 1–3 more, to use in Omni-Video and Omni-Image',
	fields: createElementFields,
	schema: createElementSchema,
	media: { images: [['element_frontal_image'], ['element_refer_list', '*', 'image_url']], imageSize: ELEMENT_IMAGE_SIZE },
	run: async (ctx, body) => {
		const name = String(body.element_name);
		const raw = await libraryRequest(ctx, {
			method: 'POST',
			path: ENDPOINT,
			body,
			action: 'the element create',
			// This endpoint takes no External Task ID to look the element up by: the node does not send again (a second element).
			ifAnswerLost: {
				mayHave: `the element "${name}" may have been created`,
				description: `The node did not send it again, so as not to make the element twice (this endpoint takes no External Task ID to look it up by). Look for an element named "${name}" with Element → Get Many (Source: Custom); run this item again only if it is not there.`,
			},
		});
		const data = typeof raw.data === 'object' && raw.data !== null ? (raw.data as IDataObject) : raw;
		const element = elementEntryOf(data, 'custom');
		if (!element) {
			throw noTaskInAnswer(ctx, 'The Kling host accepted the element but its answer holds no element ID', raw);
		}
		return [{ json: elementJson(element, ctx.param('simplify', true) ? undefined : raw) }];
	},
};
