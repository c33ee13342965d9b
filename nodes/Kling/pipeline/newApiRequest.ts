import type { IDataObject } from 'n8n-workflow';

import type { ItemContext } from '../context/itemContext';
import { isNewApiModel } from '../models';
import type { TaskOperation } from '../operations/types';
import type { OptionalEndpoint } from '../transport/failures';
import { NEW_API_TASKS } from '../transport/newApiTasks';
import { invalidInput } from '../validation/invalidInput';

/*
 * Which of Kling's two APIs an item's task goes to. The model decides: the
 * models the model table marks `api: 'new'` (3.0 Turbo, served nowhere else)
 * go to the new API (the model in the path), every other one to the legacy
 * API (`model_name` in the body). The node builds, checks and names every
 * body in the legacy shape; only the request on the wire differs.
 */

/** Whether the item's task goes to Kling's new API: its operation runs there and its model is one of the new API's. */
export const usesNewApi = (op: TaskOperation, body: IDataObject): boolean => op.newApi !== undefined && isNewApiModel(body.model_name);

/** The create request of the item's task: the legacy one as built, or the new API's path and body. */
export function submitRequestOf(op: TaskOperation, body: IDataObject): { path: string; body: IDataObject } {
	if (!op.newApi || !usesNewApi(op, body)) return { path: op.endpoint, body };
	return { path: `${op.newApi.path}/${encodeURIComponent(String(body.model_name))}`, body: op.newApi.toBody(body) };
}

/** Where the item's task is read back: its kind's legacy endpoint, or the new API's `/tasks`. */
export const readPlaceOf = (op: TaskOperation, body: IDataObject): string => (usesNewApi(op, body) ? NEW_API_TASKS : op.endpoint);

/**
 * The new API takes API keys only (kling-api-2026.md §0: "API key only"; the
 * 3.0 Turbo pages: `Authorization: Bearer <API_KEY>`): with the access key
 * pair, whatever would go there is refused before anything is sent. `subject`
 * names the field and what it asks of the new API; `otherwise` what the
 * access key pair can do instead.
 */
export function refuseAccessKeyOnNewApi(ctx: ItemContext, subject: string, otherwise: string): void {
	if (ctx.param<string>('authentication', 'apiKey') !== 'accessKey') return;
	throw invalidInput(
		ctx,
		`${subject}, which takes API keys only, and Authentication is Access Key + Secret Key`,
		`Create an API key in Kling's developer console, put it in a Kling API credential (Base URL https://api-singapore.klingai.com) and set Authentication to API Key; or ${otherwise}.`,
	);
}

/** An item whose model is served by the new API cannot go with the access key pair. */
export function refuseAccessKeyForNewApi(ctx: ItemContext, op: TaskOperation, body: IDataObject): void {
	if (!usesNewApi(op, body)) return;
	refuseAccessKeyOnNewApi(ctx, `Model: ${String(body.model_name)} is served by Kling's new API`, 'pick a model the access key pair reaches (such as kling-v3)');
}

/** The new API's create routes, for a host that has none (an aggregator or a gateway that relays the legacy API only). */
export const newApiEndpoint = (path: string): OptionalEndpoint => ({
	route: `POST ${path}`,
	what: "Kling's new API (models in the path, such as kling-3.0-turbo)",
	advice: "Use Kling's official API (https://api-singapore.klingai.com) with an API key for these models, or pick a legacy model.",
	orElse: 'it does not serve this model',
});

/** Which API a batch's tasks went to: all to the legacy one, all to the new one, or some to each. */
export type BatchApi = 'legacy' | 'new' | 'mixed';

export function batchApiOf(op: TaskOperation, bodies: IDataObject[]): BatchApi {
	const onNew = bodies.filter((body) => usesNewApi(op, body)).length;
	return onNew === 0 ? 'legacy' : onNew === bodies.length ? 'new' : 'mixed';
}
