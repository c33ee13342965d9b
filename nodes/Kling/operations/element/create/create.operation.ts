import type { IDataObject } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import type { ItemContext } from '../../../context/itemContext';
import { createElementFields } from './create.fields';
import { createElementSchema } from './create.schema';
import { elementEntryOf, elementJson } from '../../../library/readElements';
import { libraryRequest } from '../../../library/libraryRequest';
import { asNodeError } from '../../../transport/hostErrors';
import { ELEMENT_IMAGE_SIZE } from '../element.shared';
import type { ActionOperation } from '../../types';

const ENDPOINT = '/v1/general/custom-elements';

/**
 * The create's answer was lost: the element may exist. This endpoint takes
 * no External Task ID to look it up by, so the node does not send again
 * (that could make a second element) and says how to check.
 */
function elementMayExist(ctx: ItemContext, name: string, lost: unknown): NodeOperationError {
	return new NodeOperationError(
		ctx.node,
		`The answer to the element create was lost (${asNodeError(ctx.node, lost).message}): the element "${name}" may have been created`,
		{
			itemIndex: ctx.itemIndex,
			description: `The node did not send it again, so as not to make the element twice (this endpoint takes no External Task ID to look it up by). Look for an element named "${name}" with Element → Get Many (Source: Custom); run this item again only if it is not there.`,
		},
	);
}

/** Element → Create: POST /v1/general/custom-elements, answered with the element at once. */
export const createElement: ActionOperation<IDataObject> = {
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
			ifAnswerLost: (lost) => elementMayExist(ctx, name, lost),
		});
		const data = typeof raw.data === 'object' && raw.data !== null ? (raw.data as IDataObject) : raw;
		const element = elementEntryOf(data, 'custom');
		if (!element) {
			throw new NodeOperationError(ctx.node, 'The Kling host accepted the element but its answer holds no element ID', {
				itemIndex: ctx.itemIndex,
				description: JSON.stringify(raw).slice(0, 300),
			});
		}
		return [{ json: elementJson(element, ctx.param('simplify', true) ? undefined : raw) }];
	},
};
