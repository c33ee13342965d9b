import type { IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { itemContextOfExecution } from '../context/itemContext';
import { maxWaitMsOf, pollUntilFinal, taskOutput, waitOptionsOf } from '../execute/completeTask';
import { itemsOf, type Outcome } from '../execute/itemOutcomes';
import type { PreparedItem } from '../execute/prepareBody';
import { submitTask } from '../execute/submitTask';
import { runIndexOf } from '../execute/waitMethod';
import type { CreateOperation } from '../operations/types';
import type { FinishedTask } from '../transport/waitForTask';
import { isFinished, taskToJson } from '../transport/taskShape';
import { callbackUrlFor } from './callbackUrl';
import { unreachableReason } from './webhookReachability';

type InSlot = <T>(work: () => Promise<T>) => Promise<T>;

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

/**
 * Callback mode: submits every item with a callback URL that resumes this
 * execution, then parks the execution until the callback handler has seen
 * every task final (or Max Wait passes). While parked, the node shows the
 * submitted tasks. When parking cannot help (every task already final, or a
 * submit failed on an item that continues on fail), it polls here instead,
 * so the output stays one item per input item.
 */
export async function parkForCallback(
	exec: IExecuteFunctions,
	op: CreateOperation,
	prepared: Array<PreparedItem | Error>,
	inSlot: InSlot,
): Promise<INodeExecutionData[][]> {
	const runIndex = runIndexOf(exec);
	const callbackUrl = callbackUrlFor(resumeUrlOf(exec), prepared.length, runIndex);
	const ctxOf = (i: number) => itemContextOfExecution(exec, i);

	for (const [i, item] of prepared.entries()) {
		if (item instanceof Error) continue;
		if (!item.derivedId) {
			prepared[i] = new NodeOperationError(exec.getNode(), 'External Task ID: leave it empty when waiting by callback', {
				itemIndex: i,
				description: `The node names each task itself (${String(item.body.external_task_id)} would be n8n-<execution>-<node>-r<run>-i<item>), which is how the callback finds its execution's tasks. Nothing was sent to Kling for this item.`,
			});
		} else if (item.body.callback_url !== undefined) {
			prepared[i] = new NodeOperationError(exec.getNode(), 'Callback URL: leave it empty when waiting by callback', {
				itemIndex: i,
				description: 'The node sets the callback URL to this execution. Nothing was sent to Kling for this item.',
			});
		} else {
			item.body.callback_url = callbackUrl;
		}
		if (prepared[i] instanceof Error && !exec.continueOnFail()) throw prepared[i];
	}

	const submitted: Array<FinishedTask | Error> = await Promise.all(
		prepared.map(async (item, i) => {
			if (item instanceof Error) return item;
			try {
				return await inSlot(async () => await submitTask(ctxOf(i), op, item.body));
			} catch (error) {
				return error as Error;
			}
		}),
	);

	const failedSubmit = submitted.findIndex((entry, i) => entry instanceof Error && !(prepared[i] instanceof Error));
	if (failedSubmit >= 0 && !exec.continueOnFail()) {
		const created = submitted.filter((entry): entry is FinishedTask => !(entry instanceof Error));
		const error = submitted[failedSubmit] as NodeOperationError;
		if (created.length) {
			error.description = `${error.description ? `${error.description} ` : ''}These tasks of the same run were created and go on at Kling: ${created.map((t) => t.task.externalTaskId ?? t.task.taskId).join(', ')} (read them with Task → Get).`;
		}
		throw error;
	}

	const allFinal = submitted.every((entry) => entry instanceof Error || isFinished(entry.task));
	if (failedSubmit >= 0 || allFinal) {
		const outcomes: Outcome[] = await Promise.all(
			submitted.map(async (entry, i): Promise<Outcome> => {
				if (entry instanceof Error) return entry;
				try {
					const final = await pollUntilFinal(ctxOf(i), op.endpoint, entry);
					return await taskOutput(ctxOf(i), final, ctxOf(i).param('downloadVideo', true), op.result);
				} catch (error) {
					return error as Error;
				}
			}),
		);
		return [itemsOf(exec, outcomes)];
	}

	await exec.putExecutionToWait(new Date(Date.now() + maxWaitMsOf(waitOptionsOf(ctxOf(0)))));
	// Shown on the node while the execution waits; replaced by the callback handler's output.
	return [
		submitted.map((entry, i) => ({
			json: { ...taskToJson((entry as FinishedTask).task, undefined, op.result), waitingFor: 'callback' },
			pairedItem: { item: i },
		})),
	];
}
