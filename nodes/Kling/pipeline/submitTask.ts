import type { IDataObject } from 'n8n-workflow';

import type { ItemContext } from '../context/itemContext';
import { missingLibraryRoute } from '../library/libraryRequest';
import type { TaskOperation } from '../operations/types';
import { asNodeError, isFailure, missingEndpointError, noTaskInAnswer, operationFailure } from '../transport/failures';
import { baseUrlOf, sendOnce } from '../transport/klingRequest';
import { withRetries } from '../transport/retryPolicy';
import type { FinishedTask } from '../transport/waitForTask';
import { findTask } from '../transport/waitForTask';
import { readTask } from '../transport/taskShape';
import { unknownModelRefused } from './modelNotice';
import { newApiEndpoint, readPlaceOf, submitRequestOf, usesNewApi } from './newApiRequest';

const SUBMIT_ATTEMPTS = 5;

/**
 * The submit's answer was lost (or it was refused as a duplicate), and the
 * host cannot say whether a task with this External Task ID exists: a new-api
 * gateway knows only its own task ids. Sending again might pay twice, so the
 * item stops here and says how to find the task.
 */
function cannotTellIfCreated(
	ctx: ItemContext,
	op: TaskOperation,
	externalTaskId: string,
	failure: 'maybeCreated' | 'duplicate',
	submitError: unknown,
): Error {
	const cause = asNodeError(ctx.node, submitError).message;
	const what =
		failure === 'duplicate'
			? `The host refused the submit as a duplicate of External Task ID ${externalTaskId} (${cause})`
			: `The answer to the submit was lost (${cause})`;
	return operationFailure(ctx, 'answerLost', {
		message: `${what}, and this host cannot look tasks up by External Task ID: a task may exist and be charged`,
		description: [
				`The node did not send the request again, so as not to pay twice. The host answered the lookup of ${externalTaskId} with "task_not_exist": gateways built on new-api know a task only by the task ID they return on the submit.`,
				`To find the task: look in your provider's task log (dashboard) for a ${op.name} task created at the time of this execution, then read it with Task → Get (Task Type ${op.name}) and the task ID shown there.`,
			'Run this item again only if there is no such task.',
		].join(' '),
	});
}

/**
 * Sends one create request under the retry policy (transport/retryPolicy.ts),
 * and returns the task the host made:
 * - throttled (code 1302): nothing was created: wait and send again;
 * - busy (1303, or a bare 429): the account's concurrency is full; with `waitsForCapacity` the
 *   caller waits for a free slot (submitWhenFree.ts), else it is waited out like throttling;
 * - the answer was lost (network error, 5xx, garbled 2xx): a task may exist:
 *   look it up by its External Task ID first, and only send again if there is none
 *   (a host that cannot look tasks up by that id stops the item: see cannotTellIfCreated);
 * - refused as a duplicate (code 1201) with an External Task ID: a task with
 *   that id may already exist (an earlier run, a lost answer): use it rather
 *   than pay twice.
 * The body is the node's (legacy-shaped) one; an item whose model is served by
 * Kling's new API is sent there, in that API's shape (newApiRequest.ts), and
 * looked up at its `/tasks`.
 */
export async function submitTask(
	ctx: ItemContext,
	op: TaskOperation,
	body: IDataObject,
	options: { waitsForCapacity?: boolean } = {},
): Promise<FinishedTask> {
	const externalTaskId = typeof body.external_task_id === 'string' ? body.external_task_id : '';
	const request = submitRequestOf(op, body);
	const send = async (): Promise<FinishedTask> => {
		const raw = await sendOnce(ctx, { method: 'POST', path: request.path, body: request.body, action: 'the submit' });
		const task = readTask(raw);
		if (!task) {
			throw noTaskInAnswer(ctx, 'The Kling host accepted the request but its answer holds no task ID', raw);
		}
		return { task, raw };
	};
	const lookUp = async (failed: unknown): Promise<FinishedTask | undefined> => {
		if (!externalTaskId) return undefined;
		try {
			return await findTask(ctx, readPlaceOf(op, body), externalTaskId, undefined, 'external');
		} catch (lookupError) {
			if (!isFailure(lookupError, 'unknownToGateway')) throw asNodeError(ctx.node, lookupError);
			const failure = isFailure(failed, 'duplicate') ? 'duplicate' : 'maybeCreated';
			throw cannotTellIfCreated(ctx, op, externalTaskId, failure, failed);
		}
	};
	try {
		return await withRetries({
			node: ctx.node,
			write: true,
			attempts: SUBMIT_ATTEMPTS,
			signal: ctx.signal,
			send,
			lookUp,
			waitsForCapacity: options.waitsForCapacity,
		});
	} catch (error) {
		// A host without Kling's new API (an aggregator of the legacy one) says so in plain words.
		if (usesNewApi(op, body)) throw missingEndpointError(ctx, error, newApiEndpoint(request.path), await baseUrlOf(ctx));
		// A host without Kling's element and voice routes (a gateway) says so in plain words.
		throw (await missingLibraryRoute(ctx, { method: 'POST', path: op.endpoint }, error)) ?? unknownModelRefused(ctx, body, error) ?? asNodeError(ctx.node, error);
	}
}
