import { NodeOperationError } from 'n8n-workflow';

import { getElementFields } from '../element.fields';
import { elementJson, findElement } from '../../../library/readElements';
import { invalidInput } from '../../../validation/invalidInput';
import { locatorValue } from '../../shared/locatorValue';
import type { ActionOperation } from '../../types';

/** Element → Get: one element by ID (looked for in the account's list, then in the presets). */
export const getElement: ActionOperation<string> = {
	resource: 'element',
	value: 'get',
	name: 'Get',
	action: 'Get an element',
	description: "Read one element (the account's or a preset) by its ID",
	fields: getElementFields,
	prepare: async (ctx) => {
		const id = String(locatorValue(ctx.param<unknown>('elementId', '')) ?? '').trim();
		if (!id) throw invalidInput(ctx, 'Element ID: is required', 'Give the ID of an element, e.g. {{ $json.elementId }} from Element → Create.');
		return id;
	},
	run: async (ctx, id) => {
		const found = await findElement(ctx, id);
		if (!found) {
			throw new NodeOperationError(ctx.node, `Element ID: no element ${id} in this account's elements or Kling's presets`, {
				itemIndex: ctx.itemIndex,
				description: 'Check the ID (Element → Get Many lists them). A deleted element is gone.',
			});
		}
		return [{ json: elementJson(found, ctx.param('simplify', true) ? undefined : found.raw) }];
	},
};
