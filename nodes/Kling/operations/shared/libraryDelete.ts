import type { IDataObject } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';
import type { ZodTypeAny } from 'zod';

import type { ItemContext } from '../../context/itemContext';
import type { OperationField } from '../field';
import type { ActionOperation } from '../types';
import { asNodeError } from '../../transport/hostErrors';
import { libraryRequest } from '../../library/libraryRequest';

/** A delete whose answer was lost may have been done; it is not sent again (a second one would say "not found"). */
export function mayBeDeleted(ctx: ItemContext, what: 'element' | 'voice', id: string, lost: unknown): NodeOperationError {
	const resource = what === 'element' ? 'Element' : 'Voice';
	return new NodeOperationError(ctx.node, `The answer to the delete of ${what} ${id} was lost (${asNodeError(ctx.node, lost).message}): it may have been deleted`, {
		itemIndex: ctx.itemIndex,
		description: `The node did not send it again. Check with ${resource} → Get: if it finds no ${what} ${id}, it was deleted.`,
	});
}

/** The delete's answer (`data: {task_id, task_status}`, custom-elements.md and custom-voices.md): a failed status is an error. */
export function deletedOrFailed(ctx: ItemContext, what: 'element' | 'voice', id: string, raw: IDataObject): void {
	const data = (typeof raw.data === 'object' && raw.data !== null ? raw.data : {}) as IDataObject;
	if (String(data.task_status ?? '').toLowerCase() !== 'failed') return;
	throw new NodeOperationError(ctx.node, `Kling could not delete ${what} ${id}: ${String(data.task_status_msg ?? 'the host gave no reason')}`, {
		itemIndex: ctx.itemIndex,
	});
}

/**
 * Element → Delete and Voice → Delete: one ID (a picker, sent as
 * `<what>_id` and checked by `schema` before sending), one POST to Kling's
 * delete route, `{ deleted: true, <what>Id }`.
 */
export function libraryDeleteOperation(spec: {
	what: 'element' | 'voice';
	fields: OperationField[];
	schema: ZodTypeAny;
	/** custom-elements.md / custom-voices.md: POST /v1/general/delete-elements {element_id}, delete-voices {voice_id}. */
	path: string;
}): ActionOperation<IDataObject> {
	const { what, path } = spec;
	return {
		kind: 'action',
		resource: what,
		value: 'delete',
		name: 'Delete',
		action: `Delete ${what === 'element' ? 'an element' : 'a voice'}`,
		description: `Delete one of the account's ${what}s`,
		fields: spec.fields,
		schema: spec.schema,
		run: async (ctx, body) => {
			const id = String(body[`${what}_id`]);
			const raw = await libraryRequest(ctx, {
				method: 'POST',
				path,
				body,
				action: `the delete of ${what} ${id}`,
				ifAnswerLost: (lost) => mayBeDeleted(ctx, what, id, lost),
			});
			deletedOrFailed(ctx, what, id, raw);
			return [{ json: { deleted: true, [`${what}Id`]: id } }];
		},
	};
}
