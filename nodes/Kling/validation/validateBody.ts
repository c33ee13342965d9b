import type { IDataObject, IExecuteSingleFunctions } from 'n8n-workflow';
import type { ZodTypeAny } from 'zod';

import { labelForPath } from './fieldLabels';
import { invalidInput } from './invalidInput';

/**
 * Checks the request body that routing assembled against the operation's
 * schema. A violation stops this item before anything is sent (and billed),
 * with an error that names the node field and the rule.
 */
export function validateBody(ctx: IExecuteSingleFunctions, schema: ZodTypeAny, body: IDataObject): void {
	const result = schema.safeParse(body);
	if (result.success) return;
	const problems = result.error.issues.map((issue) => `${labelForPath(issue.path)}: ${issue.message}`);
	throw invalidInput(ctx, problems[0], problems.length > 1 ? `All problems: ${problems.join('; ')}.` : undefined);
}
