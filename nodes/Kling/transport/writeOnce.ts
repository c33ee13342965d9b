import type { IDataObject } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import type { ItemContext } from '../context/itemContext';
import { asNodeError } from './hostErrors';
import { failureOf } from './hostFailure';
import type { KlingCall } from './klingRequest';
import { sendOnce } from './klingRequest';
import { withRetries } from './retryPolicy';

const ATTEMPTS = 5;

/**
 * A write that may cost something and that nothing can look up afterwards
 * (no External Task ID: text to speech), under the one retry policy:
 * throttling (nothing was made) is waited out and sent again; an answer
 * that was lost (no answer, a 5xx, a garbled body) is never sent again,
 * since the host may have made, and charged, what was asked. `lostHint` says
 * what the user can do then.
 */
export async function writeOnce(ctx: ItemContext, call: KlingCall, lostHint: string): Promise<IDataObject> {
	const lookUp = async (failed: unknown): Promise<IDataObject | undefined> => {
		if (failureOf(failed) !== 'unanswered') throw asNodeError(ctx.node, failed);
		throw new NodeOperationError(ctx.node, `The answer to ${call.action} was lost (${asNodeError(ctx.node, failed).message})`, {
			itemIndex: ctx.itemIndex,
			description: `The node did not send it again: the host may have made (and charged) it, and it cannot be looked up. ${lostHint}`,
		});
	};
	return await withRetries({ node: ctx.node, write: true, attempts: ATTEMPTS, signal: ctx.signal, send: async () => await sendOnce(ctx, call), lookUp });
}
