import type { ActionOperation } from '../../types';
import { listDeductions, shapeDeductionPeriod } from '../deductions.shared';
import { getBalanceDeductionsFields } from './getBalanceDeductions.fields';
import { getBalanceDeductionsSchema } from './getBalanceDeductions.schema';

/** Account → Get Balance Deductions: what each task took from the cash balance (POST /account/billing/balance, deductions.shared.ts). */
export const getBalanceDeductions: ActionOperation = {
	kind: 'action',
	resource: 'account',
	value: 'getBalanceDeductions',
	name: 'Get Balance Deductions',
	action: 'Get cash taken from the balance',
	description: "List what each task took from the account's cash balance, with list prices, newest first (free; Kling's official API only)",
	fields: getBalanceDeductionsFields,
	schema: getBalanceDeductionsSchema,
	shapeBody: shapeDeductionPeriod(getBalanceDeductionsFields),
	run: listDeductions('balance'),
};
