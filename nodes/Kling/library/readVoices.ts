import type { IDataObject } from 'n8n-workflow';

import type { ItemContext } from '../context/itemContext';
import { asNodeError, httpStatusOf, isFailure } from '../transport/failures';
import type { KlingTask } from '../transport/taskShape';
import { readTask } from '../transport/taskShape';
import { textOf } from './entries';
import { libraryRequest } from './libraryRequest';
import { LAST_PAGE, MAX_PAGE_SIZE, readListPage } from './paging';
import type { LibraryEntry, LibraryPage, LibrarySource } from './types';
import { isObject } from '../transport/jsonValues';

/** A voice as listed: the picker's fields, its sample, the task that made it, where it came from, and the host's entry. */
export interface VoiceEntry extends LibraryEntry {
	trialUrl?: string;
	/** The task that made it (Kling lists voices as the tasks that made them; presets too). */
	taskId?: string;
	/** That task's status as the host wrote it. */
	status?: string;
	source: LibrarySource;
	raw: IDataObject;
}

/** The lists (custom-voices.md): the account's voice tasks, and Kling's preset voices. */
export const VOICE_LISTS: Record<LibrarySource, string> = {
	custom: '/v1/general/custom-voices',
	preset: '/v1/general/presets-voices',
};

/** The voices of a list entry: a task's task_result.voices[] (or a bare voice, as some hosts may list it). */
function voicesOfEntry(entry: IDataObject, source: LibrarySource): VoiceEntry[] {
	const result = isObject(entry.task_result) ? entry.task_result : {};
	const voices = Array.isArray(result.voices) ? result.voices.filter(isObject) : entry.voice_id !== undefined ? [entry] : [];
	return voices.flatMap((voice) => {
		const id = textOf(voice.voice_id);
		if (!id) return [];
		return [
			{
				id,
				name: textOf(voice.voice_name) ?? id,
				ownedBy: textOf(voice.owned_by),
				trialUrl: textOf(voice.trial_url),
				taskId: textOf(entry.task_id),
				status: textOf(entry.task_status),
				source,
				raw: voice,
			},
		];
	});
}

/**
 * One page of the account's voices (`custom`) or of Kling's presets
 * (`preset`). Kling lists the tasks that made them: a task still running
 * lists no voice yet, so a page may hold fewer voices than `pageSize`.
 * `page` from 1; `pageSize` 1–500 (Kling's default 30). For pickers and for Get Many.
 */
export async function listVoices(ctx: ItemContext, source: LibrarySource, page = 1, pageSize = 30, retries?: number): Promise<LibraryPage<VoiceEntry>> {
	const { entries, more } = await readListPage(ctx, { path: VOICE_LISTS[source], action: `the ${source} voice list` }, page, pageSize, retries);
	return { items: entries.flatMap((entry) => voicesOfEntry(entry, source)), more };
}

/** What Voice → Get found: the task that made a voice (by its task ID), or a voice in a list (by its voice ID). */
export type FoundVoice = { task: KlingTask; raw: IDataObject } | { voice: VoiceEntry };

/**
 * Answers meaning "no task with this ID": a 404 or code 1203, a refused
 * parameter (code 1201, or any HTTP 400: an ID of another shape, such as a
 * voice ID). Authentication and throttling errors are not among them.
 */
const isNotATask = (error: unknown): boolean =>
	isFailure(error, 'notFound', 'duplicate', 'unknownToGateway') || (isFailure(error, 'refused') && httpStatusOf(error) === 400);

/**
 * A voice by its ID or by the ID of the task that made it: first read as a
 * task (GET /v1/general/custom-voices/{id}), then looked for in the
 * account's voices and Kling's presets (500 a page, until found).
 */
export async function findVoice(ctx: ItemContext, id: string): Promise<FoundVoice | undefined> {
	try {
		const raw = await libraryRequest(ctx, {
			method: 'GET',
			path: `${VOICE_LISTS.custom}/${encodeURIComponent(id)}`,
			action: `the read of voice task ${id}`,
			notFoundIsMissingRoute: false,
		});
		const task = readTask(raw);
		if (task) return { task, raw };
	} catch (error) {
		if (!isNotATask(error)) throw asNodeError(ctx.node, error);
	}
	for (const source of ['custom', 'preset'] as const) {
		for (let page = 1; page <= LAST_PAGE; page++) {
			const { items, more } = await listVoices(ctx, source, page, MAX_PAGE_SIZE);
			const found = items.find((entry) => entry.id === id);
			if (found) return { voice: found };
			if (!more) break;
		}
	}
	return undefined;
}

/** The output item's JSON: voiceId, voiceName, trialUrl, ownedBy, source, and the task that made it. */
export function voiceJson(entry: VoiceEntry, raw?: unknown): IDataObject {
	const json: IDataObject = {
		voiceId: entry.id,
		voiceName: entry.name,
		trialUrl: entry.trialUrl,
		ownedBy: entry.ownedBy,
		source: entry.source,
		taskId: entry.taskId,
		status: entry.status,
		...(raw === undefined ? {} : { raw: raw as IDataObject }),
	};
	for (const key of Object.keys(json)) if (json[key] === undefined) delete json[key];
	return json;
}
