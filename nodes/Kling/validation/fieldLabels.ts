import type { IDataObject, INodeProperties, INodePropertyCollection } from 'n8n-workflow';

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

const isPlainObject = (value: unknown): value is IDataObject =>
	typeof value === 'object' && value !== null && !Array.isArray(value);

/** The body keys a field's part of the body sets, dotted where nested: `{ input: { text } }` → `input.text`. */
function keysOf(part: IDataObject, prefix = ''): string[] {
	return Object.entries(part).flatMap(([key, value]) => {
		const path = prefix ? `${prefix}.${key}` : key;
		return isPlainObject(value) && Object.keys(value).length ? keysOf(value, path) : [path];
	});
}

/**
 * The labels of an operation's body keys, derived from its fields (see
 * BODY_OF_FIELD for the keys). A nested key is labelled by its dotted path
 * (Lip-Sync's `input.text` → Text), and so is an object only one field fills
 * (`watermark_info`, for `watermark_info.enabled`). An object several fields
 * fill (Lip-Sync's `input`) is no field's: a key in it that no field sends
 * came from Additional Body Fields (JSON).
 */
export function labelsOfFields(fields: INodeProperties[]): FieldLabels {
	const labels: FieldLabels = {};
	/** The field that fills each enclosing object, or null when several do. */
	const owners = new Map<string, INodeProperties | null>();
	for (const field of bodyFields(fields)) {
		const toBody = BODY_OF_FIELD[field.name];
		if (!toBody) continue;
		for (const key of KEYS_OF_FIELD[field.name] ?? keysOf(toBody({}))) {
			if (key === EXTRA_BODY_KEY) continue;
			labels[key] = { label: field.displayName, parts: field.type === 'fixedCollection' ? partsOf(field) : {} };
			const parts = key.split('.');
			for (let n = 1; n < parts.length; n++) {
				const outer = parts.slice(0, n).join('.');
				const owner = owners.get(outer);
				owners.set(outer, owner === undefined || owner === field ? field : null);
			}
		}
	}
	for (const [outer, owner] of owners) if (owner && !labels[outer]) labels[outer] = { label: owner.displayName, parts: {} };
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
 * → `Shots #3 › Prompt`, Lip-Sync's `['input', 'text']` → `Text` (the longest
 * labelled dotted path wins: Effects' `['input', 'images', 1]` → `Images #2`).
 * A key no field of the operation sends came from Additional Body Fields
 * (JSON), and is named as part of it.
 */
export function labelForPath(path: Array<string | number>, labels: FieldLabels): string {
	const extra = labels[EXTRA_BODY_KEY]?.label ?? 'Request';
	if (!path.length) return extra;
	const firstIndex = path.findIndex((part) => typeof part === 'number');
	let named = firstIndex === -1 ? path.length : firstIndex;
	while (named > 0 && !labels[path.slice(0, named).join('.')]) named--;
	const known = named ? labels[path.slice(0, named).join('.')] : undefined;
	const parts = known ? [known.label] : [extra, String(path[0])];
	for (const part of path.slice(known ? named : 1)) {
		if (typeof part === 'number') parts[parts.length - 1] += ` #${part + 1}`;
		else parts.push(known?.parts[camelCase(part)] ?? part);
	}
	return parts.join(' › ');
}
