/** Query parameters the node adds to the execution's resume URL, read back by the callback handler. */
export const ITEMS_PARAM = 'kling_items';
export const RUN_PARAM = 'kling_run';
/** Until when (ms since 1970) the execution waits: items queued for the account's capacity wait no longer. */
export const UNTIL_PARAM = 'kling_until';

/** The resume URL with the batch's size, the node's run index and the end of the wait: all the handler needs to name every task. */
export function callbackUrlFor(resumeUrl: string, items: number, runIndex: number, until?: number): string {
	const url = new URL(resumeUrl);
	url.searchParams.set(ITEMS_PARAM, String(items));
	url.searchParams.set(RUN_PARAM, String(runIndex));
	if (until !== undefined) url.searchParams.set(UNTIL_PARAM, String(Math.round(until)));
	return url.toString();
}
