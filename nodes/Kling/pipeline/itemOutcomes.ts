import type { IDataObject, IExecuteFunctions, INode, INodeExecutionData } from 'n8n-workflow';

import { asNodeError } from '../transport/failures';

/** One item's result: its output items (one, or one per image of an image task), or the error it failed with. */
export type Outcome = INodeExecutionData[] | Error;

/** The error as n8n shows it for item `itemIndex`: a node error that names the item (n8n's error view reads `context.itemIndex`). */
export function itemError(node: INode, error: unknown, itemIndex: number) {
	const nodeError = asNodeError(node, error);
	nodeError.context ??= {};
	if (nodeError.context.itemIndex === undefined) nodeError.context.itemIndex = itemIndex;
	return nodeError;
}

/**
 * The item n8n gets for a failed item when the node continues on fail, built
 * as n8n's own programmatic nodes build it (the OpenAI and Gemini routers):
 * the error's message under `error`, nothing else, and the input item it
 * belongs to. That is the one shape both n8n lines route to the error output
 * and merge the input item's fields into (n8n 1.x takes `{error}` or
 * `{error, message}` only; n8n 2.x also rewrites an item that carries the
 * error object itself to the bare message, after merging). `json` adds what
 * is known of the item (a failed task's id and status) where the node routes
 * the items itself (the callback handler).
 */
export function errorItem(node: INode, error: unknown, itemIndex: number, json: IDataObject = {}): INodeExecutionData {
	return {
		json: { ...json, error: itemError(node, error, itemIndex).message },
		pairedItem: { item: itemIndex },
	};
}

/**
 * Runs `work` for every item at once and returns the node's output: one item
 * per input item, in order. A failed item becomes an error item when the node
 * continues on fail; otherwise the first failure (in item order) fails the node.
 */
export async function outputOfItems(
	exec: IExecuteFunctions,
	count: number,
	work: (itemIndex: number) => Promise<INodeExecutionData[]>,
): Promise<INodeExecutionData[][]> {
	const settled = await Promise.allSettled(Array.from({ length: count }, async (_, i) => await work(i)));
	const outcomes: Outcome[] = settled.map((result) => (result.status === 'fulfilled' ? result.value : (result.reason as Error)));
	return [itemsOf(exec, outcomes)];
}

/** The node's main output from each item's outcome; a failure stops the node unless it continues on fail. */
export function itemsOf(exec: Pick<IExecuteFunctions, 'continueOnFail' | 'getNode'>, outcomes: Outcome[]): INodeExecutionData[] {
	return outcomes.flatMap((outcome, i) => {
		if (!(outcome instanceof Error)) return outcome;
		if (!exec.continueOnFail()) throw itemError(exec.getNode(), outcome, i);
		return [errorItem(exec.getNode(), outcome, i)];
	});
}
