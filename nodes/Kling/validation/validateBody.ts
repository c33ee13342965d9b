import type { IDataObject } from 'n8n-workflow';
import type { ZodTypeAny } from 'zod';

import type { ItemContext } from '../context/itemContext';
import type { FieldLabels } from './fieldLabels';
import { labelForPath } from './fieldLabels';
import { invalidInput } from './invalidInput';

/**
 * Checks the request body built from the fields against the operation's
 * schema. A violation stops this item before anything is sent (and billed),
 * with an error that names the field as the operation shows it (`labels`) and the rule.
 */
export function validateBody(ctx: ItemContext, schema: ZodTypeAny, body: IDataObject, labels: FieldLabels): void {
	const result = schema.safeParse(body);
	if (result.success) return;
	const problems = result.error.issues.map((issue) => `${labelForPath(issue.path, labels)}: ${issue.message}`);
	throw invalidInput(ctx, problems[0], problems.length > 1 ? `All problems: ${problems.join('; ')}.` : undefined);
}
