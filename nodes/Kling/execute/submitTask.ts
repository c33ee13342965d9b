import type { IDataObject } from 'n8n-workflow';
import { NodeOperationError, sleep } from 'n8n-workflow';

import type { ItemContext } from '../context/itemContext';
import type { CreateOperation } from '../operations/types';
import { backoffMs } from '../transport/backoff';
import { asNodeError, classifyFailure, failureContextOf } from '../transport/hostErrors';
import { klingRequest } from '../transport/klingRequest';
import type { FinishedTask } from '../transport/waitForTask';
import { findTask } from '../transport/waitForTask';
import { readTask } from '../transport/taskShape';

const SUBMIT_ATTEMPTS = 5;

/**
 * Sends one create request the safe way, and returns the task the host made:
 * - throttled (429, codes 1302/1303): nothing was created: wait and send again;
 * - the answer was lost (network error, 5xx, garbled 2xx): a task may exist:
 *   look it up by its External Task ID first, and only send again if there is none;
 * - refused as a duplicate (code 1201) with an External Task ID: a task with
 *   that id may already exist (an earlier run, a lost answer): use it rather
 *   than pay twice.
 */
export async function submitTask(ctx: ItemContext, op: CreateOperation, body: IDataObject): Promise<FinishedTask> {
	const externalTaskId = typeof body.external_task_id === 'string' ? body.external_task_id : '';
	for (let attempt = 0; ; attempt++) {
		try {
			const raw = await klingRequest(ctx, { method: 'POST', path: op.endpoint, body, action: 'the submit', retries: 0 });
			const task = readTask(raw);
			if (!task) {
				throw new NodeOperationError(ctx.node, 'The Kling host accepted the request but its answer holds no task ID', {
					itemIndex: ctx.itemIndex,
					description: JSON.stringify(raw).slice(0, 300),
				});
			}
			return { task, raw };
		} catch (error) {
			const failure = classifyFailure(error);
			if ((failure === 'maybeCreated' || failure === 'duplicate') && externalTaskId) {
				const found = await findTask(ctx, op.endpoint, externalTaskId);
				if (found) return found;
			}
			const retry = failure === 'throttled' || failure === 'maybeCreated';
			if (!retry || attempt + 1 >= SUBMIT_ATTEMPTS || ctx.signal?.aborted) throw asNodeError(ctx.node, error);
			const retryAfter = failureContextOf(error).retryAfterMs;
			await sleep(retryAfter !== undefined && Number.isFinite(retryAfter) ? retryAfter : backoffMs(attempt), ctx.signal);
		}
	}
}
