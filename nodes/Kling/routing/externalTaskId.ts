import { createHash } from 'node:crypto';
import type { IExecuteSingleFunctions } from 'n8n-workflow';

/**
 * The idempotency key of a submit: the user's External Task ID, or one derived
 * from this execution, node, run and item. If a submit's answer is lost, the
 * task is looked up by this id before anything is sent again, so a network
 * blip never creates (and bills) a second video.
 */
export function derivedExternalTaskId(ctx: IExecuteSingleFunctions): string {
	const node = ctx.getNode();
	const runIndex = ctx.getWorkflowDataProxy(ctx.getItemIndex()).$runIndex;
	const seed = [ctx.getExecutionId(), ctx.getWorkflow().id, node.id, runIndex, ctx.getItemIndex()].join('|');
	return `n8n-${createHash('sha256').update(seed).digest('hex').slice(0, 32)}`;
}
