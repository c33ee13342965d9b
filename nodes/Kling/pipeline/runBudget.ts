import type { IDataObject } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import type { ItemContext } from '../context/itemContext';
import { PRICES_AS_OF } from '../prices';
import { waitOptionsOf } from '../transport/pollTask';
import { invalidInput } from '../validation/invalidInput';
import type { UnitEstimate, UnitPack } from './estimateUnits';

export const BUDGET_LABEL = 'Options → Budget (Units)';

/**
 * Options → Budget (Units): the most units a run may cost by Kling's
 * published prices, or undefined when not set (the default). Anything but a
 * number greater than 0 is refused, naming the option, before anything is sent.
 */
export function budgetOf(ctx: ItemContext): number | undefined {
	const value = (waitOptionsOf(ctx) as IDataObject).budgetUnits;
	if (value === undefined || value === null || value === '') return undefined;
	if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0) {
		throw invalidInput(
			ctx,
			`${BUDGET_LABEL}: must be a number greater than 0 (it is ${JSON.stringify(value)})`,
			'Give the most units this run may cost (e.g. 10), or remove the option to run without a budget.',
		);
	}
	return value;
}

const UNIT_NAMES: Record<UnitPack, string> = { video: 'video units', image: 'image units', 'try-on': 'try-on units' };

/** A number of units as people write it: at most three decimals, no trailing zeros. */
const shown = (units: number) => String(Math.round(units * 1000) / 1000);

/**
 * Whether a run keeps to its budget: `estimates` are its items' (undefined
 * for an item already failed, which is not sent). Returns the refusal for
 * each item (one error per item, naming it), or undefined when the run may
 * be sent. An item whose price is unknown refuses the run: with a budget set,
 * the node sends nothing it cannot price (the safe side for the user's money).
 */
export function budgetRefusal(
	ctx: ItemContext,
	budget: number,
	estimates: Array<UnitEstimate | undefined>,
): ((itemIndex: number) => NodeOperationError) | undefined {
	const priced = estimates.flatMap((estimate, i) => (estimate ? [{ i, estimate }] : []));
	if (!priced.length) return undefined;
	const unit = UNIT_NAMES[priced[0].estimate.pack];
	const unknown = priced.filter(({ estimate }) => estimate.units === undefined);
	const total = priced.reduce((sum, { estimate }) => sum + (estimate.units ?? 0), 0);
	const basis = `Estimated from Kling's published prices (as of ${PRICES_AS_OF}) before anything was sent; nothing was sent.`;
	let message: string;
	let description: string;
	if (unknown.length) {
		const named = unknown.slice(0, 3).map(({ i, estimate }) => `item ${i}: ${estimate.unknown}`);
		const more = unknown.length > 3 ? `; and ${unknown.length - 3} more` : '';
		message = `${BUDGET_LABEL}: this run's cost cannot be estimated, so it cannot be held to the budget of ${shown(budget)} ${unit}`;
		description = `No published price for ${named.join('; ')}${more}. ${basis} With a budget set, the node only sends a run whose every item it can price: remove the budget to run this one.`;
	} else if (total > budget) {
		const largest = [...priced]
			.sort((a, b) => (b.estimate.units ?? 0) - (a.estimate.units ?? 0) || a.i - b.i)
			.slice(0, 3)
			.map(({ i, estimate }) => `item ${i} (${shown(estimate.units ?? 0)})`);
		message = `${BUDGET_LABEL}: this run's estimate, ${shown(total)} ${unit}, is over the budget of ${shown(budget)}`;
		description = `Largest items: ${largest.join(', ')}. ${basis} Raise the budget, or run fewer or cheaper items (shorter, Standard mode, no sound, fewer images).`;
	} else {
		return undefined;
	}
	return (itemIndex) => new NodeOperationError(ctx.node, message, { itemIndex, description });
}
