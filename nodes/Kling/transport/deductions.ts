import type { IDataObject } from 'n8n-workflow';
import { isObject } from './jsonValues';

/*
 * POST /account/billing/package and /account/billing/balance (new 07/06/2026)
 * answer `data{result{detail[], count}, next_cursor, has_more}` (Kling's
 * reference as Markdown, fetched 2026-09-20: aself101/kling-api
 * docs/api/kling-assets-package.md, kling-assets-balance.md;
 * shared/spec/kling-api-2026.md §1.7). A row: task_id, api_key_name,
 * product_function, model_name, resolution (720p, 1080p, 4k; the legacy
 * std = 720p, pro = 1080p), duration (seconds, written as text: "5.04"),
 * refer_video_input, video_sound (native, original, off), voice_control,
 * deduction_time (Unix ms, as text), and either the unit fields (package_id,
 * product_type, unit_before_deduction, deduction_amount,
 * unit_after_deduction) or the cash ones (cash_type, balance_before_deduction,
 * deduction_amount, balance_after_deduction, list_price, currency).
 * Only one example answer of each is known: fields are read leniently
 * (numbers as numbers or text) and unknown fields are kept, in camelCase.
 */

/** One page of deductions: the rows as the host wrote them, and the cursor of the next page when there is one. */
export interface DeductionPage {
	rows: IDataObject[];
	nextCursor?: string;
}

/** The page in the answer, or undefined when it holds no deduction list. */
export function deductionPageOf(answer: IDataObject): DeductionPage | undefined {
	const data = isObject(answer.data) ? answer.data : answer;
	const result = isObject(data.result) ? data.result : undefined;
	const detail = result?.detail;
	if (!Array.isArray(detail)) return undefined;
	const cursor = typeof data.next_cursor === 'string' && data.next_cursor !== '' ? data.next_cursor : undefined;
	const more = data.has_more === true || data.has_more === 'true';
	return { rows: detail.filter(isObject), nextCursor: more ? cursor : undefined };
}

/** Fields that are amounts or lengths: numbers in the output, whether the host wrote them as numbers or as text. */
const NUMERIC = new Set([
	'duration',
	'unit_before_deduction',
	'deduction_amount',
	'unit_after_deduction',
	'balance_before_deduction',
	'balance_after_deduction',
	'list_price',
]);

const numberOf = (value: unknown): unknown => {
	const number = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
	return typeof number === 'number' && Number.isFinite(number) ? number : value;
};

/** A Unix time (ms; seconds if that small) as an ISO date-time; as it came when it is none. */
const isoOf = (value: unknown): unknown => {
	const number = numberOf(value);
	if (typeof number !== 'number') return value;
	const date = new Date(number < 1e11 ? number * 1000 : number);
	return Number.isNaN(date.getTime()) ? value : date.toISOString();
};

const camel = (key: string) => key.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());

/** A deduction as the node outputs it: every field in camelCase, amounts as numbers, `deductionTime` as an ISO date-time. */
export function deductionOf(row: IDataObject): IDataObject {
	const out: IDataObject = {};
	for (const [key, value] of Object.entries(row)) {
		out[camel(key)] = (key === 'deduction_time' ? isoOf(value) : NUMERIC.has(key) ? numberOf(value) : value) as IDataObject[string];
	}
	return out;
}
