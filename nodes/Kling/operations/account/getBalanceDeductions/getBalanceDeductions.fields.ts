import type { OperationField } from '../../field';
import { deductionFields } from '../deductions.shared';

/** Account → Get Balance Deductions: the period, how many, and a filter by API key (POST /account/billing/balance). */
export const getBalanceDeductionsFields: OperationField[] = deductionFields('balance');
