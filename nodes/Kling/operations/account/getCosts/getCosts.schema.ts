import { z } from 'zod';

/*
 * GET /account/costs (the official reference, mirrored in WHQ25/rawgenai
 * docs/research/kling/account-costs.md): `start_time` and `end_time` (Unix
 * ms) both required, `resource_pack_name` optional. The period is read and
 * checked, its empty ends filled in, before this (validation/timeRange.ts).
 */
export const getCostsSchema = z
	.object({
		start_time: z.number(),
		end_time: z.number(),
		resource_pack_name: z.string().optional(),
	})
	.strict();
