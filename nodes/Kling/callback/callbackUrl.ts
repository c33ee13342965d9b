/** Query parameters the node adds to the execution's resume URL, read back by the callback handler. */
export const ITEMS_PARAM = 'kling_items';
export const RUN_PARAM = 'kling_run';

/** The resume URL with the batch's size and the node's run index: all the handler needs to name every task. */
export function callbackUrlFor(resumeUrl: string, items: number, runIndex: number): string {
	const url = new URL(resumeUrl);
	url.searchParams.set(ITEMS_PARAM, String(items));
	url.searchParams.set(RUN_PARAM, String(runIndex));
	return url.toString();
}
