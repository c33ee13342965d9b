import type { IDataObject, IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';

import { itemContextOfExecution } from '../context/itemContext';
import type { ActionOperation } from '../operations/types';
import { asNodeError } from '../transport/failures';
import { itemError, itemsOf, type Outcome } from '../pipeline/itemOutcomes';
import { prepareBody } from '../pipeline/prepareBody';
import { runIndexOf } from '../pipeline/waitMethod';

/**
 * An operation answered at once (no task to wait for), for all input items:
 * every item is checked first, so a bad item fails before anything is sent;
 * then the items run one after another (Kling rate-limits these endpoints,
 * the account's costs at one request a second).
 */
export async function runAction(exec: IExecuteFunctions, op: ActionOperation): Promise<INodeExecutionData[][]> {
	const count = exec.getInputData().length;
	const prepared: Array<{ value: IDataObject } | Error> = [];
	for (let i = 0; i < count; i++) {
		const ctx = itemContextOfExecution(exec, i);
		try {
			prepared[i] = { value: (await prepareBody(ctx, op, runIndexOf(exec))).body };
		} catch (error) {
			if (!exec.continueOnFail()) throw itemError(exec.getNode(), error, i);
			prepared[i] = asNodeError(exec.getNode(), error);
		}
	}
	const outcomes: Outcome[] = [];
	for (let i = 0; i < count; i++) {
		const item = prepared[i];
		if (item instanceof Error) {
			outcomes[i] = item;
			continue;
		}
		try {
			const items = await op.run(itemContextOfExecution(exec, i), item.value);
			outcomes[i] = items.map((out) => ({ ...out, pairedItem: out.pairedItem ?? { item: i } }));
		} catch (error) {
			outcomes[i] = asNodeError(exec.getNode(), error);
		}
	}
	return [itemsOf(exec, outcomes)];
}
