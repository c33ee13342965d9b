import type { IDataObject } from 'n8n-workflow';

import type { ItemContext } from '../context/itemContext';
import { klingRequest } from '../transport/klingRequest';
import { readTask } from '../transport/taskShape';

/*
 * Reading the account's elements and voices, one page at a time, for the
 * pickers (methods/listSearch.ts). All the list reading of the pickers is
 * here, in one place, so that it can later share the Element and Voice
 * resources' own reading.
 *
 * Endpoints and shapes as Kling's reference documents them (WHQ25/rawgenai
 * docs/research/kling at b3f9cef, custom-elements.md and custom-voices.md):
 * - GET /v1/general/custom-elements, /v1/general/presets-elements: `data` is
 *   an array of elements {element_id, element_name, element_description, owned_by, ...};
 * - GET /v1/general/custom-voices, /v1/general/presets-voices: `data` is an
 *   array of voice tasks, each {task_status, task_result: {voices: [{voice_id,
 *   voice_name, trial_url, owned_by}]}};
 * - both take pageNum ([1, 1000], default 1) and pageSize ([1, 500], default 30).
 */

export type LibrarySource = 'custom' | 'preset';

export interface LibraryItem {
	id: string;
	name: string;
	description?: string;
	ownedBy?: string;
}

export interface LibraryPage {
	items: LibraryItem[];
	/** Whether a next page may hold more (this one was full). */
	more: boolean;
}

/** Entries per page: within the documented [1, 500], few requests for a large library. */
export const LIBRARY_PAGE_SIZE = 100;

/** A person waits on a list in the editor: fewer retries than an execution's reads. */
const LIST_RETRIES = 2;

const PATHS = {
	elements: { custom: '/v1/general/custom-elements', preset: '/v1/general/presets-elements' },
	voices: { custom: '/v1/general/custom-voices', preset: '/v1/general/presets-voices' },
} as const;

const text = (value: unknown): string | undefined =>
	typeof value === 'string' ? value : typeof value === 'number' ? String(value) : undefined;

/** One page of a list: `data` as an array (an empty page when the host gives none). */
async function readPage(ctx: ItemContext, path: string, what: string, pageNum: number): Promise<IDataObject[]> {
	const body = await klingRequest(ctx, {
		method: 'GET',
		path,
		qs: { pageNum, pageSize: LIBRARY_PAGE_SIZE },
		action: `the ${what} list`,
		retries: LIST_RETRIES,
	});
	const data = body.data;
	return Array.isArray(data) ? (data.filter((entry) => typeof entry === 'object' && entry !== null) as IDataObject[]) : [];
}

export async function listElements(ctx: ItemContext, source: LibrarySource, pageNum: number): Promise<LibraryPage> {
	const page = await readPage(ctx, PATHS.elements[source], source === 'custom' ? 'custom element' : 'preset element', pageNum);
	const items = page.flatMap((element): LibraryItem[] => {
		const id = text(element.element_id);
		if (!id) return [];
		return [{ id, name: text(element.element_name) || id, description: text(element.element_description), ownedBy: text(element.owned_by) }];
	});
	return { items, more: page.length >= LIBRARY_PAGE_SIZE };
}

/** Voices come as tasks (a custom voice is made by a cloning task): only a succeeded task's voices can be used. */
export async function listVoices(ctx: ItemContext, source: LibrarySource, pageNum: number): Promise<LibraryPage> {
	const page = await readPage(ctx, PATHS.voices[source], source === 'custom' ? 'custom voice' : 'preset voice', pageNum);
	const items = page.flatMap((entry): LibraryItem[] => {
		const task = readTask(entry);
		if (task?.status !== 'succeed') return [];
		return (task.listed.voices ?? []).flatMap((voice): LibraryItem[] => {
			const id = text(voice.voice_id);
			if (!id) return [];
			return [{ id, name: text(voice.voice_name) || id, ownedBy: text(voice.owned_by) }];
		});
	});
	return { items, more: page.length >= LIBRARY_PAGE_SIZE };
}
