import type { INodePropertyOptions } from 'n8n-workflow';
import type { ZodTypeAny } from 'zod';

import { ENDPOINTS } from '../endpoints';
import type { KlingOperation } from '../models';
import { handleSubmitResponse } from '../routing/handleTaskResponse';
import { prepareSubmit } from '../routing/prepareSubmit';
import { submitTask } from '../routing/submitTask';

interface CreateOperation {
	name: string;
	value: KlingOperation;
	action: string;
	description: string;
	/** Checks the assembled request body before it is sent. */
	schema: ZodTypeAny;
}

/**
 * One "create a video task" operation: POST to its endpoint with the body its
 * fields route, validated and cleaned by prepareSubmit, sent by submitTask
 * (retries, idempotency, concurrency cap), then waited for and downloaded by
 * handleSubmitResponse. All create operations share this wiring.
 */
export function createOperation(spec: CreateOperation): INodePropertyOptions {
	return {
		name: spec.name,
		value: spec.value,
		action: spec.action,
		description: spec.description,
		routing: {
			request: { method: 'POST', url: ENDPOINTS[spec.value] },
			send: { preSend: [prepareSubmit(spec.schema)], paginate: true },
			// Not paging: the hook that lets submitTask own retries and idempotency.
			operations: { pagination: submitTask },
			output: { postReceive: [handleSubmitResponse] },
		},
	};
}
