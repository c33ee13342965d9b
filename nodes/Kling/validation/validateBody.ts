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
 * A required text the user filled with only whitespace (`blank`, dotted body paths) is named as such.
 * A rule may say how to fix it: a custom issue's `params.hint` leads the error's description.
 */
export function validateBody(ctx: ItemContext, schema: ZodTypeAny, body: IDataObject, labels: FieldLabels, blank = new Set<string>()): void {
	const result = schema.safeParse(body);
	if (result.success) return;
	const [first] = result.error.issues;
	// A text of only spaces and line breaks was dropped as empty: its "is required" says so.
	// (A key in a list's entry that a field fills is blank under its path without the index: `face_choose.face_id`.)
	const wasBlank = (path: Array<string | number>) => blank.has(path.join('.')) || blank.has(path.filter((part) => typeof part !== 'number').join('.'));
	const said = (issue: { path: Array<string | number>; message: string }) =>
		issue.message === 'is required' && wasBlank(issue.path) ? `${issue.message} (it holds only spaces or line breaks)` : issue.message;
	const problems = result.error.issues.map((issue) => `${labelForPath(issue.path, labels)}: ${said(issue)}`);
	const hint = first.code === 'custom' && typeof first.params?.hint === 'string' ? first.params.hint : undefined;
	const all = problems.length > 1 ? `All problems: ${problems.join('; ')}.` : undefined;
	throw invalidInput(ctx, problems[0], [hint, all].filter(Boolean).join(' ') || undefined);
}
