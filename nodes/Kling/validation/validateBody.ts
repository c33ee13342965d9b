import type { IDataObject, IExecuteSingleFunctions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';
import type { ZodTypeAny } from 'zod';

import { labelForPath } from './fieldLabels';

/**
 * Checks the request body that routing assembled against the operation's
 * schema. A violation stops this item before anything is sent (and billed),
 * with an error that names the node field and the rule.
 */
export function validateBody(ctx: IExecuteSingleFunctions, schema: ZodTypeAny, body: IDataObject): void {
	const result = schema.safeParse(body);
	if (result.success) return;
	const problems = result.error.issues.map((issue) => `${labelForPath(issue.path)}: ${issue.message}`);
	throw new NodeOperationError(ctx.getNode(), `Invalid input. ${problems[0]}`, {
		itemIndex: ctx.getItemIndex(),
		description:
			(problems.length > 1 ? `All problems: ${problems.join('; ')}. ` : '') +
			'Nothing was sent to Kling for this item.',
	});
}
