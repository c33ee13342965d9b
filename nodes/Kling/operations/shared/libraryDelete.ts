import type { IDataObject } from 'n8n-workflow';
import type { ZodTypeAny } from 'zod';

import type { ItemContext } from '../../context/itemContext';
import type { OperationField } from '../field';
import type { ActionOperation } from '../types';
import { libraryRequest } from '../../library/libraryRequest';
import { operationFailure } from '../../transport/failures';

/** The delete's answer (`data: {task_id, task_status}`, custom-elements.md and custom-voices.md): a failed status is an error. */
export function deletedOrFailed(ctx: ItemContext, what: 'element' | 'voice', id: string, raw: IDataObject): void {
	const data = (typeof raw.data === 'object' && raw.data !== null ? raw.data : {}) as IDataObject;
	if (String(data.task_status ?? '').toLowerCase() !== 'failed') return;
	throw operationFailure(ctx, 'refused', { message: `Kling could not delete ${what} ${id}: ${String(data.task_status_msg ?? 'the host gave no reason')}` });
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
}): ActionOperation {
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
				// A delete whose answer was lost may have been done; it is not sent again (a second one would say "not found").
				ifAnswerLost: {
					mayHave: 'it may have been deleted',
					description: `The node did not send it again. Check with ${what === 'element' ? 'Element' : 'Voice'} → Get: if it finds no ${what} ${id}, it was deleted.`,
				},
			});
			deletedOrFailed(ctx, what, id, raw);
			return [{ json: { deleted: true, [`${what}Id`]: id } }];
		},
	};
}
