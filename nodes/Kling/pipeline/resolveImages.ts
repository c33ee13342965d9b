import type { IDataObject } from 'n8n-workflow';

import type { ItemContext } from '../context/itemContext';
import type { BodyPath } from '../operations/types';
import type { FieldLabels } from '../validation/fieldLabels';
import { labelForPath } from '../validation/fieldLabels';
import { invalidInput } from '../validation/invalidInput';
import { LIMITS } from '../vocabulary';
import type { ImageSizeRule } from '../validation/imageSize';
import { imageSizeProblem } from '../validation/imageSize';

const BASE64 = /^[A-Za-z0-9+/]+={0,2}$/;

export const isHttpUrl = (text: string) => /^https?:\/\//i.test(text);

const looksLikeImage = (bytes: Buffer) =>
	(bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) || bytes.subarray(0, 4).toString('hex') === '89504e47';

/** A media value's bytes, or the reason it has none. */
export type MediaBytes = { bytes: Buffer } | { problem: string };

/**
 * The bytes of a media value that is not a URL: the binary property of the
 * incoming item it names (a form upload, a file read from disk), or Base64
 * (a `data:` prefix is removed).
 */
export async function mediaBytes(ctx: ItemContext, text: string): Promise<MediaBytes> {
	if (ctx.inputItem().binary?.[text]) return { bytes: await ctx.binaryBuffer(text) };
	const base64 = text.replace(/^data:[^;,]*;base64,/, '').replace(/\s+/g, '');
	if (!BASE64.test(base64)) {
		return { problem: `"${text.slice(0, 40)}${text.length > 40 ? '…' : ''}" is neither a URL, nor a binary property of the input item, nor Base64` };
	}
	return { bytes: Buffer.from(base64, 'base64') };
}

/**
 * Replaces every non-empty string at the given body paths by what `resolve`
 * makes of it (`'*'` walks each entry of an array).
 */
export async function replaceAtPaths(
	body: IDataObject,
	paths: BodyPath[],
	resolve: (value: string, path: Array<string | number>) => Promise<string>,
): Promise<void> {
	const visit = async (holder: unknown, pattern: BodyPath, path: Array<string | number>): Promise<void> => {
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
				(holder as Record<string | number, unknown>)[name] = await resolve(value, [...path, name]);
			}
		}
	};
	for (const pattern of paths) await visit(body, pattern, []);
}

/** What a media field takes besides a URL: its noun in errors, its size limit and its file types. */
export interface MediaKind {
	noun: string;
	maxMegabytes: number;
	looksRight: (bytes: Buffer) => boolean;
	types: string;
	/** Anything else wrong with a file of the right type (e.g. too few pixels), in words. */
	problemOf?: (bytes: Buffer) => string | undefined;
}

const IMAGE: MediaKind = { noun: 'image', maxMegabytes: LIMITS.imageMegabytes, looksRight: looksLikeImage, types: 'a JPG or PNG' };

/**
 * Replaces every value of the body at `paths` by what Kling takes: an http(s)
 * URL as it is; a binary property of the incoming item, or Base64, as plain
 * Base64 of a file of the kind's types and size. Errors name the field as the
 * operation shows it (`labels`).
 */
export async function resolveMedia(ctx: ItemContext, body: IDataObject, paths: BodyPath[], labels: FieldLabels, kind: MediaKind): Promise<void> {
	await replaceAtPaths(body, paths, async (value, path) => {
		const fail = (rule: string) =>
			invalidInput(
				ctx,
				`${labelForPath(path, labels)}: ${rule}`,
				`An ${kind.noun} field takes a URL (https://...), the name of a binary property of the input item (e.g. data), or Base64.`,
			);
		const text = value.trim();
		if (isHttpUrl(text)) return text;
		const found = await mediaBytes(ctx, text);
		if ('problem' in found) throw fail(found.problem);
		const { bytes } = found;
		if (bytes.length > kind.maxMegabytes * 1024 * 1024) {
			throw fail(`the ${kind.noun} is ${(bytes.length / 1048576).toFixed(1)} MB; Kling takes at most ${kind.maxMegabytes} MB`);
		}
		if (!kind.looksRight(bytes)) throw fail(`the ${kind.noun} must be ${kind.types}`);
		const problem = kind.problemOf?.(bytes);
		if (problem) throw fail(problem);
		return bytes.toString('base64');
	});
}

/**
 * The images of the body (at the operation's image paths): JPG or PNG, at
 * most 10 MB, and where the operation documents one, of the size `rule` says
 * (read from the file's header; a URL is Kling's to check).
 */
export async function resolveImages(
	ctx: ItemContext,
	body: IDataObject,
	paths: BodyPath[],
	labels: FieldLabels,
	rule?: ImageSizeRule,
): Promise<void> {
	await resolveMedia(ctx, body, paths, labels, rule ? { ...IMAGE, problemOf: (bytes) => imageSizeProblem(bytes, rule) } : IMAGE);
}
