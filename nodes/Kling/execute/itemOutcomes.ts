import type { IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';

import { asNodeError } from '../transport/hostErrors';

/** One item's result: its output items (one, or one per image of an image task), or the error it failed with. */
export type Outcome = INodeExecutionData[] | Error;

/** The item n8n shows for a failed item when the node continues on fail. */
export const errorItem = (error: Error, itemIndex: number): INodeExecutionData => ({
	json: { error: error.message, ...(descriptionOf(error) ? { errorDescription: descriptionOf(error) } : {}) },
	pairedItem: { item: itemIndex },
});

const descriptionOf = (error: Error) => (error as { description?: string | null }).description ?? undefined;

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
	const outcomes: Outcome[] = settled.map((result) =>
		result.status === 'fulfilled' ? result.value : asNodeError(exec.getNode(), result.reason),
	);
	return [itemsOf(exec, outcomes)];
}

export function itemsOf(exec: Pick<IExecuteFunctions, 'continueOnFail'>, outcomes: Outcome[]): INodeExecutionData[] {
	return outcomes.flatMap((outcome, i) => {
		if (!(outcome instanceof Error)) return outcome;
		if (!exec.continueOnFail()) throw outcome;
		return [errorItem(outcome, i)];
	});
}
