import type { INodeProperties, INodePropertyCollection } from 'n8n-workflow';

import { BODY_OF_FIELD, COLLECTIONS, EXTRA_BODY_KEY, KEYS_OF_FIELD } from '../operations/bodyOfFields';

/** A body key's label and the labels of its parts (the values of a fixed collection). */
interface KeyLabel {
	label: string;
	parts: Record<string, string>;
}

/**
 * How one operation shows the request body: each body key with the label of
 * the field it comes from, so an error names what the user sees there.
 */
export type FieldLabels = Record<string, KeyLabel>;

/** Keys the node sets itself, labelled as the field that makes them. */
const SET_BY: Record<string, string> = { shot_type: 'multi_prompt' };

/** `image_url` → `imageUrl`: how a part's body key is named as a parameter. */
const camelCase = (key: string) => key.replace(/_([a-z])/g, (_, letter: string) => letter.toUpperCase());

/** The fields of an operation that reach the body: its top-level fields and its collections' options. */
function bodyFields(fields: INodeProperties[]): INodeProperties[] {
	return fields.flatMap((field) => (COLLECTIONS.has(field.name) ? ((field.options ?? []) as INodeProperties[]) : [field]));
}

function partsOf(field: INodeProperties): Record<string, string> {
	const parts: Record<string, string> = {};
	for (const option of (field.options ?? []) as INodePropertyCollection[]) {
		for (const value of option.values ?? []) parts[value.name] = value.displayName;
	}
	return parts;
}

/** The labels of an operation's body keys, derived from its fields (see BODY_OF_FIELD for the keys). */
export function labelsOfFields(fields: INodeProperties[]): FieldLabels {
	const labels: FieldLabels = {};
	for (const field of bodyFields(fields)) {
		const toBody = BODY_OF_FIELD[field.name];
		if (!toBody) continue;
		for (const key of KEYS_OF_FIELD[field.name] ?? Object.keys(toBody({}))) {
			if (key === EXTRA_BODY_KEY) continue;
			labels[key] = { label: field.displayName, parts: field.type === 'fixedCollection' ? partsOf(field) : {} };
		}
	}
	for (const [key, maker] of Object.entries(SET_BY)) if (labels[maker] && !labels[key]) labels[key] = labels[maker];
	const extra = bodyFields(fields).find((field) => field.name === 'additionalBodyFields');
	if (extra) labels[EXTRA_BODY_KEY] = { label: extra.displayName, parts: {} };
	return labels;
}

const cache = new WeakMap<INodeProperties[], FieldLabels>();

/** labelsOfFields, computed once per operation. */
export function labelsOf(fields: INodeProperties[]): FieldLabels {
	let labels = cache.get(fields);
	if (!labels) {
		labels = labelsOfFields(fields);
		cache.set(fields, labels);
	}
	return labels;
}

/**
 * A path in the body as the operation shows it: `['multi_prompt', 2, 'prompt']`
 * → `Shots #3 › Prompt`. A key no field of the operation sends came from
 * Additional Body Fields (JSON), and is named as part of it.
 */
export function labelForPath(path: Array<string | number>, labels: FieldLabels): string {
	const extra = labels[EXTRA_BODY_KEY]?.label ?? 'Request';
	if (!path.length) return extra;
	const [head, ...rest] = path;
	const known = labels[String(head)];
	const parts = known ? [known.label] : [extra, String(head)];
	for (const part of rest) {
		if (typeof part === 'number') parts[parts.length - 1] += ` #${part + 1}`;
		else parts.push(known?.parts[camelCase(part)] ?? part);
	}
	return parts.join(' › ');
}
