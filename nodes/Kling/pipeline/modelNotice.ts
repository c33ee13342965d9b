import type { IDataObject } from 'n8n-workflow';

import { isKnownModel } from '../models';
import type { Where } from '../transport/failures';
import { KlingApiError, redescribed } from '../transport/failures';

/** The model a request body names (`model_name`, or Effects' `input.model_name`). */
function modelOf(body: IDataObject): string | undefined {
	const input = typeof body.input === 'object' && body.input !== null ? (body.input as IDataObject) : {};
	const model = body.model_name ?? input.model_name;
	return typeof model === 'string' && model !== '' ? model : undefined;
}

/**
 * What an item's output says when its model is one this release does not
 * know (validation let it through: common.ts modelNameSchema): it was sent
 * with the checks every model gets, not with its own model's rules.
 */
export function modelNoticeOf(body: IDataObject): string | undefined {
	const model = modelOf(body);
	if (model === undefined || isKnownModel(model)) return undefined;
	return `Model "${model}" is not in this node's model table (a model newer than this release?): it was sent with the checks every model gets, not with the rules of its own (durations, modes, sound, resolutions). Kling refuses a model it does not serve, at no cost.`;
}

/** The item's output items, with the notice on each when there is one. */
export const withModelNotice = <T extends { json: IDataObject }>(items: T[], notice: string | undefined): T[] =>
	notice ? items.map((item) => ({ ...item, json: { ...item.json, modelNotice: notice } })) : items;

/**
 * Kling's refusal of a model this release does not know, in plain words: the
 * name went as the user gave it, and the host said it is no model it serves
 * (bad parameter, 1201, or not found, 1203). Undefined for any other failure.
 */
export function unknownModelRefused(where: Where, body: IDataObject, error: unknown): Error | undefined {
	const model = modelOf(body);
	if (model === undefined || isKnownModel(model) || !(error instanceof KlingApiError)) return undefined;
	if (error.hostCode !== 1201 && error.hostCode !== 1203) return undefined;
	return redescribed(
		where,
		error,
		`This node does not know model "${model}" and sent it as given; the host refused the request (nothing was charged). Check the model's name in Kling's API reference (names are exact, e.g. kling-v3), or pick a model from the list.`,
	);
}
