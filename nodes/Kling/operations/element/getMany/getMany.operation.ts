
import { getManyElementsFields } from './getMany.fields';
import { getManyElementsSchema } from './getMany.schema';
import { libraryListOf } from '../../../library/listing';
import { collectEntries } from '../../../library/paging';
import type { ElementEntry } from '../../../library/readElements';
import { elementJson, listElements } from '../../../library/readElements';
import type { ActionOperation } from '../../types';

/** Element → Get Many: the account's elements, Kling's presets, or both; one item per element. */
export const getManyElements: ActionOperation = {
	kind: 'action',
	resource: 'element',
	value: 'getMany',
	name: 'Get Many',
	action: 'Get many elements',
	description: "List the account's elements, Kling's preset ones, or both",
	fields: getManyElementsFields,
	schema: getManyElementsSchema,
	// Source, Return All and Limit send nothing: they are checked here, with every item's input, before any item runs.
	shapeBody: (_body, ctx) => {
		libraryListOf(ctx);
	},
	run: async (ctx) => {
		const { sources, limit } = libraryListOf(ctx);
		const simplify = ctx.param('simplify', true);
		const found: ElementEntry[] = [];
		for (const source of sources) {
			const left = limit === undefined ? undefined : limit - found.length;
			if (left !== undefined && left <= 0) break;
			found.push(...(await collectEntries(async (page, size) => await listElements(ctx, source, page, size), left)));
		}
		return found.map((entry) => ({ json: elementJson(entry, simplify ? undefined : entry.raw) }));
	},
};
