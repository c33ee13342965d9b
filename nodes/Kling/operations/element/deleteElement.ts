import { deleteElementFields } from '../../descriptions/element.fields';
import { libraryRequest } from '../../library/libraryRequest';
import { invalidInput } from '../../validation/invalidInput';
import { locatorValue } from '../locatorValue';
import type { ActionOperation } from '../types';
import { deletedOrFailed, mayBeDeleted } from '../../library/deleteAnswer';

/** Element → Delete: POST /v1/general/delete-elements (custom-elements.md: custom elements only). */
export const deleteElement: ActionOperation<string> = {
	resource: 'element',
	value: 'delete',
	name: 'Delete',
	action: 'Delete an element',
	description: "Delete one of the account's elements",
	fields: deleteElementFields,
	prepare: async (ctx) => {
		const id = String(locatorValue(ctx.param<unknown>('elementId', '')) ?? '').trim();
		if (!id) throw invalidInput(ctx, 'Element ID: is required', 'Give the ID of one of your elements, e.g. {{ $json.elementId }}.');
		return id;
	},
	run: async (ctx, id) => {
		const raw = await libraryRequest(ctx, {
			method: 'POST',
			path: '/v1/general/delete-elements',
			body: { element_id: id },
			action: `the delete of element ${id}`,
			ifAnswerLost: (lost) => mayBeDeleted(ctx, 'element', id, lost),
		});
		deletedOrFailed(ctx, 'element', id, raw);
		return [{ json: { deleted: true, elementId: id } }];
	},
};
