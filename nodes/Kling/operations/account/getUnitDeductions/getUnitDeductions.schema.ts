import { deductionSchema } from '../deductions.shared';

/*
 * POST /account/billing/package (Kling's reference, kling-assets-package.md in aself101/kling-api,
 * fetched 2026-09-20): start_time, end_time (Unix ms), filters by api_key_name, product_type
 * (video, image, try-on), package_name or package_id. Limit and the cursor are the operation's.
 */
export const getUnitDeductionsSchema = deductionSchema('package');
