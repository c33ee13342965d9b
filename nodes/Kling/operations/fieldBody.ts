import type { IDataObject, INodeProperties, INodePropertyCollection } from 'n8n-workflow';

import type { FieldLabels } from '../validation/fieldLabels';
import type { OperationField } from './field';
import { isCollection, sendingFields } from './field';
import { EXTRA_BODY_KEY, merge } from './shared/toBody';

const isPlainObject = (value: unknown): value is IDataObject => typeof value === 'object' && value !== null && !Array.isArray(value);

/** The request body of one item, from its operation's fields (before cleaning and validation). */
export function bodyOfFields(fields: OperationField[], read: (name: string) => unknown): IDataObject {
	const body: IDataObject = {};
	const add = (field: OperationField, value: unknown) => {
		if (typeof field.send !== 'function') throw new Error(`Field "${field.name}" sends no request body key`);
		merge(body, field.send(value));
	};
	for (const field of fields) {
		if (field.send === 'nothing') continue;
		const value = read(field.name);
		if (value === undefined || value === null) continue;
		if (!isCollection(field)) {
			add(field, value);
			continue;
		}
		for (const [name, optionValue] of Object.entries((value as IDataObject) ?? {})) {
			const option = (field.options as OperationField[]).find((candidate) => candidate.name === name);
			if (option) add(option, optionValue);
		}
	}
	return body;
}

/** Keys the node sets itself, labelled as the field that makes them. */
const SET_BY: Record<string, string> = { shot_type: 'multi_prompt' };

function partsOf(field: INodeProperties): Record<string, string> {
	const parts: Record<string, string> = {};
	for (const option of (field.options ?? []) as INodePropertyCollection[]) {
		for (const value of option.values ?? []) parts[value.name] = value.displayName;
	}
	return parts;
}

/** The body keys a field's part of the body sets, dotted where nested: `{ input: { text } }` → `input.text`. */
function keysOf(part: IDataObject, prefix = ''): string[] {
	return Object.entries(part).flatMap(([key, value]) => {
		const path = prefix ? `${prefix}.${key}` : key;
		return isPlainObject(value) && Object.keys(value).length ? keysOf(value, path) : [path];
	});
}

/**
 * The labels of an operation's body keys, from what its fields send. A
 * nested key is labelled by its dotted path (Lip-Sync's `input.text` →
 * Text), and so is an object only one field fills (`watermark_info`, for
 * `watermark_info.enabled`). An object several fields fill (Lip-Sync's
 * `input`) is no field's: a key in it that no field sends came from
 * Additional Body Fields (JSON).
 */
export function labelsOfFields(fields: OperationField[]): FieldLabels {
	const labels: FieldLabels = {};
	/** The field that fills each enclosing object, or null when several do. */
	const owners = new Map<string, OperationField | null>();
	for (const field of sendingFields(fields)) {
		const { send } = field;
		if (typeof send !== 'function') continue;
		for (const key of field.sendsKeys ?? keysOf(send({}))) {
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
	const extra = sendingFields(fields).find((field) => field.name === 'additionalBodyFields');
	if (extra) labels[EXTRA_BODY_KEY] = { label: extra.displayName, parts: {} };
	return labels;
}

const cache = new WeakMap<OperationField[], FieldLabels>();

/** labelsOfFields, computed once per operation. */
export function labelsOf(fields: OperationField[]): FieldLabels {
	let labels = cache.get(fields);
	if (!labels) {
		labels = labelsOfFields(fields);
		cache.set(fields, labels);
	}
	return labels;
}
