import type { IDataObject, IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { itemContextOfExecution } from '../context/itemContext';
import type { KlingTask, ResultKind } from '../transport/taskShape';
import { taskToJson } from '../transport/taskShape';
import { waitOptionsOf } from '../transport/pollTask';
import { unreachableReason } from './webhookReachability';

/** The resume URL of this execution, checked before anything is paid for. */
export function resumeUrlOf(exec: IExecuteFunctions): string {
	const resumeUrl = String(exec.evaluateExpression('{{ $execution.resumeUrl }}', 0) ?? '');
	const reachable = waitOptionsOf(itemContextOfExecution(exec, 0)).callbackUrlReachable === true;
	const problem = unreachableReason(resumeUrl);
	if (problem && !reachable) {
		throw new NodeOperationError(exec.getNode(), `Kling cannot call back this n8n: its webhook URL ${problem}`, {
			description:
				`Kling would call ${resumeUrl.replace(/\?.*$/, '')}, which its servers cannot reach. Set n8n's WEBHOOK_URL ` +
				'environment variable to a public https URL that reaches this n8n (for example a tunnel), or, if Kling can ' +
				"reach this address, turn on Options → Webhook URL Is Reachable. Or set Wait By to Polling. Nothing was sent to Kling.",
		});
	}
	return resumeUrl;
}

/** An item's task as shown on the node while the execution waits for its callback. */
export const waitingForCallback = (task: KlingTask, result: ResultKind): IDataObject => ({ ...taskToJson(task, undefined, result), waitingFor: 'callback' });

/**
 * Parks the execution until Kling's callbacks resume it (callback/handleCallback.ts)
 * or `deadline` passes. `shown` is each input item's output while it waits
 * (replaced by the handler's output when it resumes).
 */
export async function parkUntil(exec: IExecuteFunctions, deadline: number, shown: IDataObject[]): Promise<INodeExecutionData[][]> {
	await exec.putExecutionToWait(new Date(deadline));
	return [shown.map((json, i) => ({ json, pairedItem: { item: i } }))];
}
