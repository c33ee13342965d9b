import type { IDataObject } from 'n8n-workflow';

import type { ItemContext } from '../context/itemContext';
import { camelKeys, textOf } from './entries';
import { LAST_PAGE, MAX_PAGE_SIZE, readListPage } from './paging';
import type { LibraryEntry, LibraryPage, LibrarySource } from './types';

/** An element as listed: the picker's fields, where it came from, and the host's entry. */
export interface ElementEntry extends LibraryEntry {
	source: LibrarySource;
	raw: IDataObject;
}

/** The lists (custom-elements.md): the account's elements, and Kling's preset ones. */
export const ELEMENT_LISTS: Record<LibrarySource, string> = {
	custom: '/v1/general/custom-elements',
	preset: '/v1/general/presets-elements',
};

/** An element of the host's answer (a list entry, a create's `data`, a task's result), or undefined without an ID. */
export function elementEntryOf(entry: IDataObject, source: LibrarySource): ElementEntry | undefined {
	const id = textOf(entry.element_id);
	if (!id) return undefined;
	return {
		id,
		name: textOf(entry.element_name) ?? id,
		description: textOf(entry.element_description),
		ownedBy: textOf(entry.owned_by),
		source,
		raw: entry,
	};
}

/**
 * One page of the account's elements (`custom`) or of Kling's presets
 * (`preset`), newest first as Kling lists them. `page` from 1; `pageSize`
 * 1–500 (Kling's default 30). For pickers and for Get Many.
 */
export async function listElements(ctx: ItemContext, source: LibrarySource, page = 1, pageSize = 30, retries?: number): Promise<LibraryPage<ElementEntry>> {
	const { entries, more } = await readListPage(ctx, { path: ELEMENT_LISTS[source], action: `the ${source} element list` }, page, pageSize, retries);
	return {
		items: entries.map((entry) => elementEntryOf(entry, source)).filter((entry): entry is ElementEntry => entry !== undefined),
		more,
	};
}

/**
 * The element with this ID: Kling documents no read of one element, so the
 * account's list is searched, then the presets (500 a page, until found).
 */
export async function findElement(ctx: ItemContext, id: string): Promise<ElementEntry | undefined> {
	for (const source of ['custom', 'preset'] as const) {
		for (let page = 1; page <= LAST_PAGE; page++) {
			const { items, more } = await listElements(ctx, source, page, MAX_PAGE_SIZE);
			const found = items.find((entry) => entry.id === id);
			if (found) return found;
			if (!more) break;
		}
	}
	return undefined;
}

/** The output item's JSON: the element's fields in camelCase (elementId, elementName, …, ownedBy) and its source. */
export function elementJson(entry: ElementEntry, raw?: unknown): IDataObject {
	return { ...camelKeys(entry.raw), elementId: entry.id, source: entry.source, ...(raw === undefined ? {} : { raw: raw as IDataObject }) };
}
