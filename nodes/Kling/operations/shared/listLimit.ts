import type { ItemContext } from '../../context/itemContext';
import { invalidInput } from '../../validation/invalidInput';

/** Return All and Limit (returnAll.fields.ts): how many results a list gives, all when undefined. A Limit below 1 is refused before anything is sent. */
export function listLimitOf(ctx: ItemContext): number | undefined {
	if (ctx.param('returnAll', false)) return undefined;
	const limit = Number(ctx.param<unknown>('limit', 50));
	if (!Number.isInteger(limit) || limit < 1) throw invalidInput(ctx, 'Limit: must be a whole number of at least 1');
	return limit;
}
