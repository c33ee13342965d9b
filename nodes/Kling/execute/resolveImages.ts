import type { IDataObject } from 'n8n-workflow';

import type { ItemContext } from '../context/itemContext';

import type { FieldLabels } from '../validation/fieldLabels';
import { labelForPath } from '../validation/fieldLabels';
import { LIMITS } from '../vocabulary';
import { invalidInput } from '../validation/invalidInput';

const MAX_IMAGE_BYTES = LIMITS.imageMegabytes * 1024 * 1024;
const BASE64 = /^[A-Za-z0-9+/]+={0,2}$/;

/** Where image strings sit in the bodies of the create operations. */
const IMAGE_PATHS: Array<Array<string | '*'>> = [
	['image'],
	['image_tail'],
	['static_mask'],
	['dynamic_masks', '*', 'mask'],
	['image_list', '*', 'image'],
	['image_list', '*', 'image_url'],
];

const looksLikeImage = (bytes: Buffer) =>
	(bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) || bytes.subarray(0, 4).toString('hex') === '89504e47';

/**
 * One image field's value as Kling takes it. Accepted: an http(s) URL (sent as
 * is); the name of a binary property of the incoming item (a form upload, a
 * file read from disk), encoded here; or Base64 (a `data:` prefix is removed).
 */
async function resolveImage(ctx: ItemContext, value: string, field: string): Promise<string> {
	const fail = (rule: string) =>
		invalidInput(
			ctx,
			`${field}: ${rule}`,
			'An image field takes a URL (https://...), the name of a binary property of the input item (e.g. data), or Base64.',
		);
	const text = value.trim();
	if (/^https?:\/\//i.test(text)) return text;

	const binary = ctx.inputItem().binary?.[text];
	let bytes: Buffer;
	if (binary) {
		bytes = await ctx.binaryBuffer(text);
	} else {
		const base64 = text.replace(/^data:[^;,]*;base64,/, '').replace(/\s+/g, '');
		if (!BASE64.test(base64)) {
			throw fail(`"${text.slice(0, 40)}${text.length > 40 ? '…' : ''}" is neither a URL, nor a binary property of the input item, nor Base64`);
		}
		bytes = Buffer.from(base64, 'base64');
	}
	if (bytes.length > MAX_IMAGE_BYTES) throw fail(`the image is ${(bytes.length / 1048576).toFixed(1)} MB; Kling takes at most ${LIMITS.imageMegabytes} MB`);
	if (!looksLikeImage(bytes)) throw fail('the image must be a JPG or PNG');
	return bytes.toString('base64');
}

/** Replaces every image value in the body by what Kling takes (see resolveImage). */
export async function resolveImages(ctx: ItemContext, body: IDataObject, labels: FieldLabels): Promise<void> {
	const visit = async (holder: unknown, pattern: Array<string | '*'>, path: Array<string | number>): Promise<void> => {
		if (holder === null || typeof holder !== 'object') return;
		const [key, ...rest] = pattern;
		const entries: Array<[string | number, unknown]> =
			key === '*'
				? Array.isArray(holder)
					? holder.map((entry, index) => [index, entry])
					: []
				: [[key, (holder as IDataObject)[key]]];
		for (const [name, value] of entries) {
			if (rest.length) await visit(value, rest, [...path, name]);
			else if (typeof value === 'string' && value) {
				(holder as Record<string | number, unknown>)[name] = await resolveImage(ctx, value, labelForPath([...path, name], labels));
			}
		}
	};
	for (const pattern of IMAGE_PATHS) await visit(body, pattern, []);
}
