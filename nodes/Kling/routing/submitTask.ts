import type {
	DeclarativeRestApiSettings,
	IDataObject,
	IExecutePaginationFunctions,
	INodeExecutionData,
} from 'n8n-workflow';
import { abortableSleep as sleep } from '../transport/abortableSleep';

import { ENDPOINTS } from '../endpoints';
import type { KlingOperation } from '../models';
import { backoffMs } from '../transport/backoff';
import { withSlot } from '../transport/concurrency';
import { asNodeError, isRetryableRefusal } from '../transport/hostErrors';
import { findTask } from '../transport/waitForTask';
import { completeTask, submittedTaskOf } from './handleTaskResponse';
import { cancelSignalOf } from '../transport/cancelSignal';

const SUBMIT_ATTEMPTS = 5;
export const DEFAULT_MAX_CONCURRENT_TASKS = 10;

type Outcome = 'notCreated' | 'maybeCreated' | 'final';

/** What a failed submit means for the task: surely not created, maybe created, or a real refusal. */
function outcomeOf(error: unknown): Outcome {
	const context = ((error as { context?: IDataObject }).context ?? {}) as IDataObject;
	const status = Number(context.httpStatus ?? (error as { httpCode?: string }).httpCode);
	const hostCode = Number(context.hostCode);
	if (status === 429 || isRetryableRefusal(hostCode)) return 'notCreated';
	// A garbled 2xx may stand for a created task; a garbled 4xx (a firewall's page) created nothing.
	if (context.notJson && status >= 400 && status < 500) return 'final';
	if (context.notJson) return 'maybeCreated';
	if (!Number.isFinite(status) || status >= 500 || (hostCode >= 5000 && hostCode < 6000)) return 'maybeCreated';
	return 'final';
}

/**
 * Sends a create request the safe way. This is declarative routing's hook for
 * running the request itself (`routing.operations.pagination`), used here for
 * idempotency rather than paging:
 * - a throttled submit (429, codes 1302/1303) created nothing: wait and send again;
 * - a lost answer (network error, 5xx) may hide a created task: look it up by
 *   its external_task_id first, and only send again if the host has none;
 * - each item holds one of the run's concurrency slots until its task is done.
 */
export async function submitTask(
	this: IExecutePaginationFunctions,
	requestData: DeclarativeRestApiSettings.ResultOptions,
): Promise<INodeExecutionData[]> {
	const operation = this.getNodeParameter('operation') as KlingOperation;
	const endpoint = ENDPOINTS[operation];
	const externalTaskId = String((requestData.options.body as IDataObject).external_task_id ?? '');
	const options = this.getNodeParameter('waitOptions', {}) as { maxConcurrentTasks?: number };
	const runKey = `${this.getExecutionId()}|${this.getNode().id}|${this.getWorkflowDataProxy(0).$runIndex}`;
	const signal = cancelSignalOf(this);

	return await withSlot(runKey, options.maxConcurrentTasks ?? DEFAULT_MAX_CONCURRENT_TASKS, async () => {
		for (let attempt = 0; ; attempt++) {
			try {
				return await this.makeRoutingRequest(requestData);
			} catch (error) {
				// Once the host has answered with a task, failures belong to waiting or downloading.
				if (submittedTaskOf(this)) throw asNodeError(this.getNode(), error);
				const outcome = outcomeOf(error);
				if (outcome === 'final' || attempt + 1 >= SUBMIT_ATTEMPTS || signal?.aborted) {
					throw asNodeError(this.getNode(), error);
				}
				if (outcome === 'maybeCreated' && externalTaskId) {
					const found = await findTask(this, endpoint, externalTaskId);
					if (found) return [await completeTask(this, endpoint, found.task, found.raw)];
				}
				const retryAfter = Number((error as { context?: IDataObject }).context?.retryAfterMs);
				await sleep(Number.isFinite(retryAfter) ? retryAfter : backoffMs(attempt), signal);
			}
		}
	});
}
