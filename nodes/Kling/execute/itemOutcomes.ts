import type { IDataObject, IExecuteFunctions, INode, INodeExecutionData } from 'n8n-workflow';

import { asNodeError } from '../transport/hostErrors';

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
 * the error's message under `error` (its description, when it has one, under
 * `details`) and the input item it belongs to. n8n-core's error output takes
 * an item whose JSON holds only `error`, `message` and `details` as failed, and
 * merges the input item's fields into it; an item that also carried the error
 * object itself would lose those fields (n8n rewrites such items' JSON to the
 * bare message after routing). `json` adds what is known of the item (a failed
 * task's id and status) where the node routes the items itself (the callback handler).
 */
export function errorItem(node: INode, error: unknown, itemIndex: number, json: IDataObject = {}): INodeExecutionData {
	const nodeError = itemError(node, error, itemIndex);
	const description = nodeError.description ?? undefined;
	return {
		json: { ...json, error: nodeError.message, ...(description ? { details: description } : {}) },
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
