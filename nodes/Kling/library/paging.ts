import type { IDataObject } from 'n8n-workflow';

import type { ItemContext } from '../context/itemContext';
import { entriesOf } from './entries';
import { libraryRequest } from './libraryRequest';
import type { LibraryEntry, LibraryPage } from './types';

/** Kling's list routes take pageNum 1–1000 and pageSize 1–500 (custom-elements.md, custom-voices.md: 查询参数). */
export const LAST_PAGE = 1000;
export const MAX_PAGE_SIZE = 500;

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

/**
 * One page of a list route (`page` from 1, `pageSize` 1–500, Kling's default
 * 30): its entries as the host wrote them, and whether another may follow.
 */
export async function readListPage(
	ctx: ItemContext,
	list: { path: string; action: string },
	page: number,
	pageSize: number,
	retries?: number,
): Promise<{ entries: IDataObject[]; more: boolean }> {
	const query = pageQuery(page, pageSize);
	const raw = await libraryRequest(ctx, { method: 'GET', path: list.path, qs: query, action: list.action, retries });
	const entries = entriesOf(raw);
	return { entries, more: mayHaveMore(entries.length, query) };
}
