import type { IExecuteFunctions } from 'n8n-workflow';

/** How the node waits for its tasks: not at all, by polling in the execution, or parked until Kling calls back. */
export type WaitMethod = 'none' | 'poll' | 'callback';

export function waitMethodOf(exec: IExecuteFunctions): WaitMethod {
	if (!exec.getNodeParameter('waitForCompletion', 0, true)) return 'none';
	if (exec.getNodeParameter('waitMethod', 0, 'poll') !== 'callback') return 'poll';
	// An AI Agent waits for its tool's answer: a tool cannot park the execution.
	const asTool = typeof exec.isToolExecution === 'function' && exec.isToolExecution();
	return asTool ? 'poll' : 'callback';
}

/** Which run of this node in the execution (loops run a node more than once). */
export const runIndexOf = (exec: IExecuteFunctions): number => Number(exec.getWorkflowDataProxy(0).$runIndex ?? 0);
