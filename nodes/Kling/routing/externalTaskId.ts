import { randomBytes } from 'node:crypto';
import type { IExecuteSingleFunctions } from 'n8n-workflow';

/**
 * The idempotency key of one submit when the user gave no External Task ID:
 * the execution id (to trace a task back to its run) and a random part, so
 * no two submits share it. It is set once in the request body, and every
 * retry of that submit reuses the body: if an answer is lost, the task is
 * looked up by this id before anything is sent again, so a network blip
 * never creates (and bills) a second video.
 */
export function derivedExternalTaskId(ctx: IExecuteSingleFunctions): string {
	const execution = String(ctx.getExecutionId() ?? 'manual').replace(/[^A-Za-z0-9_-]/g, '').slice(0, 24);
	return `n8n-${execution}-${randomBytes(8).toString('hex')}`;
}
