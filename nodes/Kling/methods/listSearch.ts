import type { ILoadOptionsFunctions, INodeListSearchItems, INodeListSearchResult } from 'n8n-workflow';

import type { ItemContext } from '../context/itemContext';
import { itemContextOfLoadOptions } from '../context/itemContext';
import { authenticationOf } from '../transport/failures';
import { listElements } from '../library/readElements';
import { listVoices } from '../library/readVoices';
import type { LibraryPage, LibrarySource } from '../library/types';
import type { ListedThing } from './listLoadError';
import { listLoadError } from './listLoadError';

/*
 * The "From List" modes of the element and voice pickers
 * (descriptions/libraryPickers.ts): the account's custom entries first, then
 * Kling's presets, named "<name> (custom)" and "<name> (Kling preset)", and
 * filtered by the search text (in name or ID) here, as Kling's lists take no
 * search. One call reads pages until it has enough to fill the list or the
 * lists end; the pagination token says where the next call goes on
 * (`custom:3`, `preset:1`), when the editor scrolls to the end.
 */

type ListPage = (ctx: ItemContext, source: LibrarySource, pageNum: number, pageSize: number, retries: number) => Promise<LibraryPage>;

/** Entries per page: within Kling's [1, 500], few requests for a large library. */
export const LIBRARY_PAGE_SIZE = 100;

/** A person waits on a list in the editor: fewer retries than an execution's reads. */
const LIST_RETRIES = 2;

interface Cursor {
	source: LibrarySource;
	page: number;
}

/** Enough entries for one look at the list. */
const ENOUGH = 50;
/** At most this many requests per call (the rest comes when the list is scrolled). */
const MAX_REQUESTS = 5;

const SOURCE_LABEL: Record<LibrarySource, string> = { custom: 'custom', preset: 'Kling preset' };

function cursorOf(token: string | undefined): Cursor {
	const match = /^(custom|preset):(\d+)$/.exec(token ?? '');
	return match ? { source: match[1] as LibrarySource, page: Math.max(1, Number(match[2])) } : { source: 'custom', page: 1 };
}

const next = (cursor: Cursor, more: boolean): Cursor | undefined =>
	more ? { ...cursor, page: cursor.page + 1 } : cursor.source === 'custom' ? { source: 'preset', page: 1 } : undefined;

async function searchLibrary(
	fns: ILoadOptionsFunctions,
	what: ListedThing,
	list: ListPage,
	filter: string | undefined,
	paginationToken: string | undefined,
): Promise<INodeListSearchResult> {
	const ctx = itemContextOfLoadOptions(fns);
	const wanted = (filter ?? '').trim().toLowerCase();
	const results: INodeListSearchItems[] = [];
	let cursor: Cursor | undefined = cursorOf(paginationToken);
	try {
		for (let requests = 0; cursor && results.length < ENOUGH && requests < MAX_REQUESTS; requests++) {
			const { source } = cursor;
			const { items, more } = await list(ctx, source, cursor.page, LIBRARY_PAGE_SIZE, LIST_RETRIES);
			for (const item of items) {
				if (wanted && !item.name.toLowerCase().includes(wanted) && !item.id.toLowerCase().includes(wanted)) continue;
				results.push({ name: `${item.name} (${SOURCE_LABEL[source]})`, value: item.id, description: item.description });
			}
			cursor = next(cursor, more);
		}
	} catch (error) {
		throw listLoadError(ctx.node, error, what, authenticationOf(ctx.param('authentication', 'apiKey')));
	}
	return { results, paginationToken: cursor ? `${cursor.source}:${cursor.page}` : undefined };
}

export async function searchElements(this: ILoadOptionsFunctions, filter?: string, paginationToken?: string): Promise<INodeListSearchResult> {
	return await searchLibrary(this, 'elements', listElements, filter, paginationToken);
}

export async function searchVoices(this: ILoadOptionsFunctions, filter?: string, paginationToken?: string): Promise<INodeListSearchResult> {
	return await searchLibrary(this, 'voices', listVoices, filter, paginationToken);
}
