import type { IDataObject, IWebhookFunctions } from 'n8n-workflow';

import { derivedExternalTaskId } from '../pipeline/taskIds';
import { operationOf, operationOfTaskKind } from '../operations/registry';
import type { TaskOperation, ResultKind } from '../operations/types';
import type { CallbackApi } from './callbackUrl';
import { API_PARAM, callbackApiOf, ITEMS_PARAM, RUN_PARAM, UNTIL_PARAM } from './callbackUrl';
import type { BatchPlaces } from './readBatch';

const MAX_ITEMS = 10_000;

/** The tasks a parked node waits for, one per input item, and where they are read. */
export interface ParkedBatch extends BatchPlaces {
	endpoint: string;
	/** What the tasks' results are (what gets downloaded). */
	result: ResultKind;
	/** Item i's task: its task id or External Task ID. */
	ids: string[];
	/** A create operation's: the operation, its run index, and until when it waits (items queued for the account's capacity are submitted from the handler). */
	create?: { op: TaskOperation; runIndex: number; until?: number; api: CallbackApi };
}

/**
 * Which tasks the parked execution waits for, from what n8n hands the
 * callback handler: a create operation named its tasks itself (the batch's
 * size and the run index travel in the callback URL); Task → Get waits for
 * the Task IDs of its input items, evaluated for each item.
 */
export function parkedBatchOf(ctx: IWebhookFunctions): ParkedBatch | undefined {
	const resource = String(ctx.getNodeParameter('resource', ''));
	const operation = String(ctx.getNodeParameter('operation', ''));
	const found = operationOf(resource, operation);
	const create = found?.kind === 'task' ? found : undefined;
	if (create) {
		const query = ctx.getQueryData() as IDataObject;
		const count = Number(query[ITEMS_PARAM]);
		const runIndex = Number(query[RUN_PARAM]);
		if (!Number.isInteger(count) || count < 1 || count > MAX_ITEMS || !Number.isInteger(runIndex) || runIndex < 0) return undefined;
		const name = ctx.getNode().name;
		const until = Number(query[UNTIL_PARAM]);
		const api = callbackApiOf(query[API_PARAM]);
		return {
			endpoint: create.endpoint,
			newApi: api === 'new' ? 'only' : api === 'mixed' ? 'also' : 'no',
			idsAre: 'external',
			result: create.result,
			ids: Array.from({ length: count }, (_, i) => derivedExternalTaskId(ctx.getExecutionId(), name, runIndex, i)),
			create: { op: create, runIndex, until: Number.isFinite(until) && until > 0 ? until : undefined, api },
		};
	}
	if (resource === 'task' && operation === 'get') {
		const kind = operationOfTaskKind(String(ctx.getNodeParameter('taskKind', 'text2video')));
		const count = Number(ctx.evaluateExpression('{{ $input.all().length }}', 0));
		if (!kind || !Number.isInteger(count) || count < 1 || count > MAX_ITEMS) return undefined;
		const raw = String(ctx.getNode().parameters.taskId ?? '');
		const idOf = (i: number) => String(raw.startsWith('=') ? ctx.evaluateExpression(raw.slice(1), i) : raw).trim();
		// A kind the new API serves too: a task the legacy endpoint lacks may be one made there (runTaskRead.ts).
		return {
			endpoint: kind.endpoint,
			newApi: kind.newApi ? 'also' : 'no',
			idsAre: 'either',
			result: kind.result,
			ids: Array.from({ length: count }, (_, i) => idOf(i)),
		};
	}
	return undefined;
}
