import type { IDataObject, INodeExecutionData } from 'n8n-workflow';
import { z } from 'zod';

import type { ItemContext } from '../../context/itemContext';
import { deductionOf, deductionPageOf } from '../../transport/deductions';
import { missingEndpointError, operationFailure } from '../../transport/failures';
import { baseUrlOf, klingRequest } from '../../transport/klingRequest';
import { timeRangeOf } from '../../validation/timeRange';
import type { OperationField } from '../field';
import { labelsOf } from '../fieldBody';
import { listLimitOf } from '../shared/listLimit';
import { periodFields } from '../shared/period.fields';
import { returnAllFields } from '../shared/returnAll.fields';

/*
 * Account → Get Unit Deductions (POST /account/billing/package) and Get
 * Balance Deductions (POST /account/billing/balance), new 07/06/2026 (Kling's
 * changelog). Kling's reference as Markdown, fetched 2026-09-20
 * (aself101/kling-api docs/api/kling-assets-package.md,
 * kling-assets-balance.md; shared/spec/kling-api-2026.md §1.7): a POST whose
 * JSON body is the query: start_time and end_time (Unix ms, start before
 * end; required without a cursor), limit (at most 500, default 500),
 * filters [{key, values[]}] (balance: api_key_name; package also
 * product_type (video, image, try-on), package_name, package_id, the last two
 * not together; the same key ORs its values, different keys AND), and
 * cursor (the answer's next_cursor, which "overrides all other
 * parameters"). Neither page names a rate limit (unlike GET /account/costs,
 * QPS ≤ 1), so the pages are not spaced. Nothing is charged or created:
 * the request is a read, sent again when its answer is lost.
 */

export type DeductionKind = 'package' | 'balance';

/** Kling's most rows a page (`limit`: "Maximum: 500"). */
const MAX_PAGE = 500;
/** A guard against a host whose cursor never ends. */
const MAX_PAGES = 1000;

const NOUN: Record<DeductionKind, string> = { package: 'unit deductions (resource packs)', balance: 'balance deductions (cash)' };

/** A comma-separated list as Kling's filter values: each entry trimmed (empty ones are dropped with the other empty values). */
const listOf = (value: unknown): string[] => (Array.isArray(value) ? value.map(String) : String(value ?? '').split(',')).map((entry) => entry.trim());

const keyNamesFilter: OperationField = {
	displayName: 'API Key Names',
	name: 'keyNames',
	send: (value) => ({ filters: { api_key_name: listOf(value) } }),
	type: 'string',
	default: '',
	placeholder: 'e.g. production, staging',
	description: 'Only deductions for tasks made with these API keys, by the names given them in Kling (comma-separated)',
};

/** Start, End, Return All, Limit and the Filters of a deduction list. */
export function deductionFields(kind: DeductionKind): OperationField[] {
	const packageFilters: OperationField[] =
		kind === 'package'
			? [
					{
						displayName: 'Resource Pack IDs',
						name: 'packageIds',
						send: (value) => ({ filters: { package_id: listOf(value) } }),
						type: 'string',
						default: '',
						placeholder: 'e.g. 1234567890, 1234567891',
						description: "Only these packs, by ID (comma-separated), as Get Costs lists them. Not with Resource Pack Names.",
					},
					{
						displayName: 'Resource Pack Names',
						name: 'packageNames',
						send: (value) => ({ filters: { package_name: listOf(value) } }),
						type: 'string',
						default: '',
						placeholder: 'e.g. Video Generation 1000',
						description: 'Only these packs, by name (comma-separated). Not with Resource Pack IDs.',
					},
					{
						displayName: 'Resource Pack Types',
						name: 'productTypes',
						send: (value) => ({ filters: { product_type: Array.isArray(value) ? value : listOf(value) } }),
						type: 'multiOptions',
						options: [
							{ name: 'Image', value: 'image' },
							{ name: 'Video', value: 'video' },
							{ name: 'Virtual Try-On', value: 'try-on' },
						],
						default: [],
						description: 'Only deductions from packs of these types',
					},
				]
			: [];
	return [
		// In Unix ms; the operation fills empty ones in (shapeDeductionPeriod).
		...periodFields({ start: 'deductionsStart', end: 'deductionsEnd' }, ' (when the tasks were made)'),
		...returnAllFields(),
		{
			displayName: 'Filters',
			name: 'deductionFilters',
			send: 'eachOption',
			type: 'collection',
			placeholder: 'Add Filter',
			default: {},
			options: [keyNamesFilter, ...packageFilters],
		},
	];
}

const values = z.array(z.string()).min(1);

/** The request body as the fields send it: the period, and the filters by key (sent as Kling's [{key, values}] list). */
export function deductionSchema(kind: DeductionKind) {
	const filters =
		kind === 'package'
			? z
					.object({
						api_key_name: values.optional(),
						product_type: z.array(z.enum(['video', 'image', 'try-on'])).min(1).optional(),
						package_name: values.optional(),
						package_id: values.optional(),
					})
					.strict()
					// kling-assets-package.md `filters[].key`: "package_name and package_id are mutually exclusive".
					.refine((given) => given.package_name === undefined || given.package_id === undefined, {
						message: 'not together with Resource Pack IDs (Kling takes one or the other)',
						path: ['package_name'],
					})
			: z.object({ api_key_name: values.optional() }).strict();
	return z.object({ start_time: z.number(), end_time: z.number(), filters: filters.optional() }).strict();
}

/** Start and End as the fields sent them become the period, empty ends filled in (the last 30 days), checked before anything is sent. */
export function shapeDeductionPeriod(fields: OperationField[]) {
	return (body: IDataObject, ctx: ItemContext): void => {
		const labels = labelsOf(fields);
		const { startMs, endMs } = timeRangeOf(ctx, { start: body.start_time, end: body.end_time }, { start: labels.start_time.label, end: labels.end_time.label });
		body.start_time = startMs;
		body.end_time = endMs;
		listLimitOf(ctx);
	};
}

/**
 * The run of a deduction list for one item: the first page with the query
 * (at most Limit rows, 500 a page), then the pages its cursor gives, until
 * Limit rows (all with Return All) or the last page. One item per deduction.
 */
export function listDeductions(kind: DeductionKind) {
	const path = `/account/billing/${kind}`;
	return async (ctx: ItemContext, body: IDataObject): Promise<INodeExecutionData[]> => {
		const limit = listLimitOf(ctx);
		const filters = Object.entries((body.filters as IDataObject | undefined) ?? {}).map(([key, given]) => ({ key, values: given }));
		let query: IDataObject = {
			start_time: body.start_time,
			end_time: body.end_time,
			limit: Math.min(MAX_PAGE, limit ?? MAX_PAGE),
			...(filters.length ? { filters } : {}),
		};
		const baseUrl = await baseUrlOf(ctx);
		const simplify = ctx.param('simplify', true);
		const out: INodeExecutionData[] = [];
		const seen = new Set<string>();
		for (let page = 0; page < MAX_PAGES; page++) {
			let answer: IDataObject;
			try {
				answer = await klingRequest(ctx, { method: 'POST', path, body: query, action: 'the deduction list', readOnly: true });
			} catch (error) {
				throw missingEndpointError(
					ctx,
					error,
					{
						route: `POST ${path}`,
						what: `Kling's ${NOUN[kind]}`,
						advice:
							"Deduction details can only be read on Kling's official API (Base URL https://api-singapore.klingai.com or https://api-beijing.klingai.com, with a Kling key); aggregators and gateways keep their own records: see your provider's dashboard.",
					},
					baseUrl,
				);
			}
			const found = deductionPageOf(answer);
			if (!found) {
				throw operationFailure(ctx, 'unreadable', {
					message: "The host's answer to the deduction list holds no list (no data.result.detail)",
					description: `The host answered: ${JSON.stringify(answer).slice(0, 300)}`,
				});
			}
			for (const row of found.rows) {
				if (limit !== undefined && out.length >= limit) break;
				out.push({ json: simplify ? deductionOf(row) : { ...deductionOf(row), raw: row } });
			}
			const cursor = found.nextCursor;
			if ((limit !== undefined && out.length >= limit) || cursor === undefined || seen.has(cursor)) break;
			seen.add(cursor);
			// The cursor carries the query: "When cursor is provided, it overrides all other parameters".
			query = { cursor };
		}
		return out;
	};
}
