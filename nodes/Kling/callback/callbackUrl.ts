/** Query parameters the node adds to the execution's resume URL, read back by the callback handler. */
export const ITEMS_PARAM = 'kling_items';
export const RUN_PARAM = 'kling_run';
/** Until when (ms since 1970) the execution waits: items queued for the account's capacity wait no longer. */
export const UNTIL_PARAM = 'kling_until';
/** Which of Kling's APIs the batch's tasks went to, when not (only) the legacy one: `new` or `mixed` (pipeline/newApiRequest.ts). */
export const API_PARAM = 'kling_api';

/** The API a batch's tasks went to, as the callback URL carries it. */
export type CallbackApi = 'legacy' | 'new' | 'mixed';

/** The resume URL with the batch's size, the node's run index, the end of the wait and the API: all the handler needs to name and read every task. */
export function callbackUrlFor(resumeUrl: string, items: number, runIndex: number, until?: number, api: CallbackApi = 'legacy'): string {
	const url = new URL(resumeUrl);
	url.searchParams.set(ITEMS_PARAM, String(items));
	url.searchParams.set(RUN_PARAM, String(runIndex));
	if (until !== undefined) url.searchParams.set(UNTIL_PARAM, String(Math.round(until)));
	if (api !== 'legacy') url.searchParams.set(API_PARAM, api);
	return url.toString();
}

/** The API named in a callback URL's query (legacy when absent or unknown). */
export const callbackApiOf = (value: unknown): CallbackApi => (value === 'new' || value === 'mixed' ? value : 'legacy');
