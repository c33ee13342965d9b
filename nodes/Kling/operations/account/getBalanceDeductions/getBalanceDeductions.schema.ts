import { deductionSchema } from '../deductions.shared';

/*
 * POST /account/billing/balance (Kling's reference, kling-assets-balance.md in aself101/kling-api,
 * fetched 2026-09-20): start_time, end_time (Unix ms), filters by api_key_name only.
 * Limit and the cursor are the operation's.
 */
export const getBalanceDeductionsSchema = deductionSchema('balance');
