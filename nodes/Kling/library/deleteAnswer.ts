import type { IDataObject } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import type { ItemContext } from '../context/itemContext';
import { asNodeError } from '../transport/hostErrors';

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
