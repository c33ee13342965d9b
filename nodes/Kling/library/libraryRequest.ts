import type { IDataObject } from 'n8n-workflow';
import { NodeApiError, NodeOperationError } from 'n8n-workflow';

import type { ItemContext } from '../context/itemContext';
import { asNodeError } from '../transport/hostErrors';
import type { KlingCall } from '../transport/klingRequest';
import { klingRequest } from '../transport/klingRequest';

/** What the account's library holds: its elements, or its voices. */
export type LibraryKind = 'elements' | 'voices';

/** The custom ones (the account's) or the presets (Kling's own library). */
export type LibrarySource = 'custom' | 'preset';

/** One entry of a list, for a picker or an output item. */
export interface LibraryEntry {
	id: string;
	name: string;
	description?: string;
	/** `kling` for Kling's presets, else the creator's ID. */
	ownedBy?: string;
}

/** One page of a list, and whether there may be more after it. */
export interface LibraryPage<T extends LibraryEntry = LibraryEntry> {
	items: T[];
	more: boolean;
}

/** Kling's list routes take pageNum 1–1000 and pageSize 1–500 (custom-elements.md, custom-voices.md: 查询参数). */
export const LAST_PAGE = 1000;
export const MAX_PAGE_SIZE = 500;

const NOUN: Record<LibraryKind, string> = { elements: 'elements', voices: 'custom voices' };

/**
 * An error of a host that has no such route: gateways built on new-api (and
 * most aggregators) relay the video and audio tasks only, and answer the
 * /v1/general/ routes with HTTP 404 (often plain text).
 */
function notOffered(ctx: ItemContext, kind: LibraryKind, route: string, error: NodeApiError): NodeOperationError {
	return new NodeOperationError(ctx.node, `This host does not offer Kling's ${NOUN[kind]}: ${route} answered HTTP 404`, {
		itemIndex: ctx.itemIndex,
		description: [
			`Kling's elements and voices are served by its official API (Base URL https://api-singapore.klingai.com or https://api-beijing.klingai.com); aggregators and new-api gateways usually relay the video and audio tasks only.`,
			`Use a credential for the official API here (or check the Base URL's path prefix), or make the ${kind === 'elements' ? 'element' : 'voice'} in Kling's console and give its ID where it is used.`,
			`The host said: ${error.message}`,
		].join(' '),
	});
}

/**
 * The "host does not offer" error for a failed request to a library route
 * (under /v1/general/) answered with HTTP 404, or undefined for any other
 * failure. Task submits (Element → Create Advanced, Voice → Create) use it too.
 */
export function missingLibraryRoute(ctx: ItemContext, call: Pick<KlingCall, 'method' | 'path'>, error: unknown): NodeOperationError | undefined {
	if (!(error instanceof NodeApiError) || error.httpCode !== '404' || !call.path.startsWith('/v1/general/')) return undefined;
	const kind: LibraryKind = /voice/.test(call.path) ? 'voices' : 'elements';
	return notOffered(ctx, kind, `${call.method} ${call.path.replace(/\/[^/]*\d[^/]*$/, '/{id}')}`, error);
}

/**
 * A request to one of the library's routes (klingRequest: retries, the
 * host's errors in plain words). A 404 from the host means it has no such
 * route, and says so, unless `notFoundIsMissingRoute` is false (a voice
 * task's read, whose 404 means no such task).
 */
export async function libraryRequest(
	ctx: ItemContext,
	call: KlingCall & { notFoundIsMissingRoute?: boolean },
): Promise<IDataObject> {
	try {
		return await klingRequest(ctx, call);
	} catch (error) {
		const missing = call.notFoundIsMissingRoute === false ? undefined : missingLibraryRoute(ctx, call, error);
		throw missing ?? asNodeError(ctx.node, error);
	}
}

/** The entries of a list answer: `data` as the official API writes it (a bare list, or one under `list`). */
export function entriesOf(raw: IDataObject): IDataObject[] {
	const data = raw.data as unknown;
	const list = Array.isArray(data) ? data : Array.isArray((data as IDataObject | undefined)?.list) ? ((data as IDataObject).list as unknown[]) : [];
	return list.filter((entry): entry is IDataObject => typeof entry === 'object' && entry !== null && !Array.isArray(entry));
}

/** A value as text: ids arrive as strings (or, from some hosts, as numbers). */
export const textOf = (value: unknown): string | undefined =>
	typeof value === 'string' && value !== '' ? value : typeof value === 'number' ? String(value) : undefined;

/** A list page's query, the page number and size kept in Kling's ranges. */
export function pageQuery(page: number, pageSize: number): { pageNum: number; pageSize: number } {
	return {
		pageNum: Math.min(LAST_PAGE, Math.max(1, Math.floor(page))),
		pageSize: Math.min(MAX_PAGE_SIZE, Math.max(1, Math.floor(pageSize))),
	};
}

/** Whether a page this full may have another after it. */
export const mayHaveMore = (count: number, query: { pageNum: number; pageSize: number }): boolean =>
	count >= query.pageSize && query.pageNum < LAST_PAGE;

/** snake_case keys to camelCase, at the top level (nested values as the host wrote them). */
export function camelKeys(entry: IDataObject): IDataObject {
	const out: IDataObject = {};
	for (const [key, value] of Object.entries(entry)) out[key.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase())] = value;
	return out;
}

/**
 * Every entry of the pages `read` gives, from page 1, until `limit` entries
 * (all of them without one), or the pages end. One page size throughout
 * (Kling pages by pageNum × pageSize): the limit, at most 500.
 */
export async function collectEntries<T extends LibraryEntry>(
	read: (page: number, pageSize: number) => Promise<LibraryPage<T>>,
	limit?: number,
): Promise<T[]> {
	const pageSize = Math.min(MAX_PAGE_SIZE, Math.max(1, limit ?? MAX_PAGE_SIZE));
	const out: T[] = [];
	for (let page = 1; page <= LAST_PAGE && (limit === undefined || out.length < limit); page++) {
		const { items, more } = await read(page, pageSize);
		out.push(...(limit === undefined ? items : items.slice(0, limit - out.length)));
		if (!more) break;
	}
	return out;
}
