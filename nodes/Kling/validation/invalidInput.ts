import type { IExecuteSingleFunctions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

/**
 * The error for input that breaks a rule, raised before anything is sent:
 * `Invalid input. <Field>: <rule>`, for this item only.
 */
export function invalidInput(ctx: IExecuteSingleFunctions, problem: string, hint?: string): NodeOperationError {
	return new NodeOperationError(ctx.getNode(), `Invalid input. ${problem}`, {
		itemIndex: ctx.getItemIndex(),
		description: `${hint ? `${hint} ` : ''}Nothing was sent to Kling for this item.`,
	});
}
