import type { ItemContext } from '../context/itemContext';
import { NodeOperationError } from 'n8n-workflow';

/**
 * The error for input that breaks a rule, raised before anything is sent:
 * `Invalid input. <Field>: <rule>`, for this item only.
 */
export function invalidInput(ctx: ItemContext, problem: string, hint?: string): NodeOperationError {
	return new NodeOperationError(ctx.node, `Invalid input. ${problem}`, {
		itemIndex: ctx.itemIndex,
		description: `${hint ? `${hint} ` : ''}Nothing was sent to Kling for this item.`,
	});
}
