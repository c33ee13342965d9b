import type { IWebhookFunctions } from 'n8n-workflow';

import { itemContextOfParkedItem } from '../context/itemContext';
import { maxWaitMsOf, waitOptionsOf } from '../transport/pollTask';
import { prepareBody } from '../pipeline/prepareBody';
import { callbackUrlFor } from './callbackUrl';
import type { ParkedBatch } from './parkedBatch';
import { submitQueued, type QueuedItem } from './submitQueued';

/**
 * In the callback handler, when one of a parked batch's tasks has ended: sends
 * the batch's items that were queued for the account's capacity, each prepared
 * again exactly as the execution prepared it (same body, same External Task
 * ID, same callback URL), while the account takes them. When none of the
 * batch's tasks runs any longer, the first queued item waits here for room
 * (until the execution's wait ends), since no other callback would come.
 * Returns a note for the caller.
 */
export async function sendQueued(
	ctx: IWebhookFunctions,
	create: NonNullable<ParkedBatch['create']>,
	count: number,
	queued: number[],
	running: number,
): Promise<string> {
	const { op, runIndex } = create;
	const until = create.until ?? Date.now() + maxWaitMsOf(waitOptionsOf(itemContextOfParkedItem(ctx, 0)));
	const callbackUrl = callbackUrlFor(String(ctx.evaluateExpression('{{ $execution.resumeUrl }}', 0)), count, runIndex, create.until, create.api);
	const items: QueuedItem[] = [];
	for (const index of queued) {
		const itemCtx = itemContextOfParkedItem(ctx, index);
		try {
			const { body } = await prepareBody(itemCtx, op, runIndex);
			body.callback_url = callbackUrl;
			items.push({ index, ctx: itemCtx, body });
		} catch (error) {
			return `queued item ${index} could not be prepared again (${(error as Error).message}); it waits until the execution's Max Wait`;
		}
	}
	const outcome = await submitQueued(op, items, { waitUntil: running === 0 ? until : undefined });
	const failed = [...outcome.failed].map(([index, error]) => `item ${index}: ${error.message}`);
	return [
		`sent ${outcome.submitted.size} queued item(s)`,
		`${outcome.stillQueued.length} still wait for room on the account`,
		...(failed.length ? [`not sent: ${failed.join('; ')}`] : []),
	].join('; ');
}
