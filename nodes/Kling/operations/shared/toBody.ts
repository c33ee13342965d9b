import type { IDataObject } from 'n8n-workflow';

import { EXTRA_BODY_KEY } from '../../validation/fieldLabels';
import type { ToBody } from '../field';
import { locatorValue } from './locatorValue';

export { EXTRA_BODY_KEY };

/* The ways a field's value becomes its part of the request body, for fields to name where they are declared. */

const isPlainObject = (value: unknown): value is IDataObject => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Fields that share a nested object (`input.text`, `input.mode`) fill it together; objects are copied, never shared. */
export function merge(into: IDataObject, part: IDataObject): IDataObject {
	for (const [key, value] of Object.entries(part)) {
		const existing = into[key];
		if (isPlainObject(value)) into[key] = merge(isPlainObject(existing) ? existing : {}, value);
		else into[key] = value as IDataObject[string];
	}
	return into;
}

/** The value at a body key; a dotted key nests (`at('input.text', v)` gives `{ input: { text: v } }`). */
export const at = (key: string, value: unknown): IDataObject =>
	key.split('.').reduceRight<unknown>((inner, part) => ({ [part]: inner }), value) as IDataObject;

/** Sends the value as it is, at `key` (dotted where nested). */
export const to =
	(key: string): ToBody =>
	(value) =>
		at(key, value);

/** The entries of a fixed collection's list (`value[key]`), or none. */
export const entries = (value: unknown, key: string): IDataObject[] => {
	const list = (value as IDataObject | undefined)?.[key];
	return Array.isArray(list) ? (list as IDataObject[]) : [];
};

/** The entries of an image list field (`image[].imageUrl`) as Kling lists images: `{ image_url }`. */
export const imageUrlEntries = (value: unknown): IDataObject[] => entries(value, 'image').map((image) => ({ image_url: image.imageUrl }));

/** Whether a value names a resource by URL (any scheme, so that validation can refuse a non-http one). */
export const isUrl = (value: unknown) => typeof value === 'string' && /^[a-z][a-z0-9+.-]*:\/\//i.test(value.trim());

/** A number typed as text (an expression) is sent as a number; anything else as it is, for validation to name. */
export const toNumber =
	(key: string): ToBody =>
	(value) =>
		at(key, typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value)) ? Number(value) : value);

/** A resource locator's value (By ID / From List / By URL), or a plain value as it is. */
export const toLocatorValue =
	(key: string): ToBody =>
	(value) =>
		at(key, locatorValue(value));

/**
 * A video given by Kling video ID or by URL (a resource locator: By URL / By
 * Kling Video ID) goes to `video_id` or `video_url`; plain text is a URL when
 * it starts with http(s)://.
 */
export const toVideoIdOrUrl: ToBody = (value) => {
	const locator: IDataObject = typeof value === 'object' && value !== null ? (value as IDataObject) : { value: value as string };
	const text = typeof locator.value === 'string' ? locator.value.trim() : locator.value;
	const byId = locator.mode ? locator.mode === 'id' : !/^https?:\/\//i.test(String(text ?? ''));
	return byId ? { video_id: text as IDataObject[string] } : { video_url: text as IDataObject[string] };
};
