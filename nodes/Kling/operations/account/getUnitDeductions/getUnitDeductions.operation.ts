import type { ActionOperation } from '../../types';
import { listDeductions, shapeDeductionPeriod } from '../deductions.shared';
import { getUnitDeductionsFields } from './getUnitDeductions.fields';
import { getUnitDeductionsSchema } from './getUnitDeductions.schema';

/** Account → Get Unit Deductions: what each task took from the resource packs (POST /account/billing/package, deductions.shared.ts). */
export const getUnitDeductions: ActionOperation = {
	kind: 'action',
	resource: 'account',
	value: 'getUnitDeductions',
	name: 'Get Unit Deductions',
	action: 'Get units taken from resource packs',
	description: "List what each task took from the account's resource packs, newest first (free; Kling's official API only)",
	fields: getUnitDeductionsFields,
	schema: getUnitDeductionsSchema,
	shapeBody: shapeDeductionPeriod(getUnitDeductionsFields),
	run: listDeductions('package'),
};
