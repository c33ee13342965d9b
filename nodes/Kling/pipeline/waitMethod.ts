import type { IExecuteFunctions } from 'n8n-workflow';

/** How the node waits for its tasks: not at all, by polling in the execution, or parked until Kling calls back. */
export type WaitMethod = 'none' | 'poll' | 'callback';

export function waitMethodOf(exec: IExecuteFunctions): WaitMethod {
	if (!exec.getNodeParameter('waitForCompletion', 0, true)) return 'none';
	if (exec.getNodeParameter('waitMethod', 0, 'poll') !== 'callback') return 'poll';
	// An AI Agent waits for its tool's answer: a tool cannot park the execution.
	return isTool(exec) ? 'poll' : 'callback';
}

/** Which run of this node in the execution (loops run a node more than once). */
export const runIndexOf = (exec: IExecuteFunctions): number => Number(exec.getWorkflowDataProxy(0).$runIndex ?? 0);

/**
 * Whether the node runs as an AI Agent's tool. n8n gives a node used as a tool
 * its own type, `<package>.<name>Tool`; n8n 2.41 runs agent tools through a
 * context whose isToolExecution() says false, so the type is what tells.
 */
function isTool(exec: IExecuteFunctions): boolean {
	if (exec.getNode().type.endsWith('Tool')) return true;
	return typeof exec.isToolExecution === 'function' && exec.isToolExecution();
}
