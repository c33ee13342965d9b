import type { ItemContext } from '../context/itemContext';
import type { LibrarySource } from './types';
import { invalidInput } from '../validation/invalidInput';

/** What Get Many of elements or voices reads: which lists, in order, and how many entries (all when undefined). */
export interface LibraryListing {
	sources: LibrarySource[];
	limit?: number;
}

/** Source (Custom, Preset, Both), Return All and Limit, checked before anything is sent. */
export function libraryListOf(ctx: ItemContext): LibraryListing {
	const source = ctx.param<string>('librarySource', 'custom');
	const sources: LibrarySource[] = source === 'both' ? ['custom', 'preset'] : source === 'preset' ? ['preset'] : ['custom'];
	if (ctx.param('returnAll', false)) return { sources };
	const limit = Number(ctx.param<unknown>('limit', 50));
	if (!Number.isInteger(limit) || limit < 1) throw invalidInput(ctx, 'Limit: must be a whole number of at least 1');
	return { sources, limit };
}
