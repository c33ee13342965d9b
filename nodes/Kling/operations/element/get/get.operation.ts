
import { getElementFields } from './get.fields';
import { getElementSchema } from './get.schema';
import { elementJson, findElement } from '../../../library/readElements';
import type { ActionOperation } from '../../types';
import { operationFailure } from '../../../transport/failures';

/** Element → Get: one element by ID (looked for in the account's list, then in the presets). */
export const getElement: ActionOperation = {
	kind: 'action',
	resource: 'element',
	value: 'get',
	name: 'Get',
	action: 'Get an element',
	description: "Read one element (the account's or a preset) by its ID",
	fields: getElementFields,
	schema: getElementSchema,
	run: async (ctx, body) => {
		const id = String(body.element_id);
		const found = await findElement(ctx, id);
		if (!found) {
			throw operationFailure(ctx, 'notFound', {
				message: `Element ID: no element ${id} in this account's elements or Kling's presets`,
				description: 'Check the ID (Element → Get Many lists them). A deleted element is gone.',
			});
		}
		return [{ json: elementJson(found, ctx.param('simplify', true) ? undefined : found.raw) }];
	},
};
