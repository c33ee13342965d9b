
import { getManyVoicesFields } from './getMany.fields';
import { getManyVoicesSchema } from './getMany.schema';
import { libraryListOf } from '../../../library/listing';
import { collectEntries } from '../../../library/paging';
import type { VoiceEntry } from '../../../library/readVoices';
import { listVoices, voiceJson } from '../../../library/readVoices';
import type { ActionOperation } from '../../types';

/** Voice → Get Many: the account's voices, Kling's presets, or both; one item per voice. */
export const getManyVoices: ActionOperation = {
	kind: 'action',
	resource: 'voice',
	value: 'getMany',
	name: 'Get Many',
	action: 'Get many voices',
	description: "List the account's voices, Kling's preset ones, or both",
	fields: getManyVoicesFields,
	schema: getManyVoicesSchema,
	// Source, Return All and Limit send nothing: they are checked here, with every item's input, before any item runs.
	shapeBody: (_body, ctx) => {
		libraryListOf(ctx);
	},
	run: async (ctx) => {
		const { sources, limit } = libraryListOf(ctx);
		const simplify = ctx.param('simplify', true);
		const found: VoiceEntry[] = [];
		for (const source of sources) {
			const left = limit === undefined ? undefined : limit - found.length;
			if (left !== undefined && left <= 0) break;
			found.push(...(await collectEntries(async (page, size) => await listVoices(ctx, source, page, size), left)));
		}
		return found.map((entry) => ({ json: voiceJson(entry, simplify ? undefined : entry.raw) }));
	},
};
