import type { OperationField } from '../../field';
import { deductionFields } from '../deductions.shared';

/** Account → Get Unit Deductions: the period, how many, and filters by API key and resource pack (POST /account/billing/package). */
export const getUnitDeductionsFields: OperationField[] = deductionFields('package');
