import type { ItemContext } from '../context/itemContext';
import { invalidInput } from './invalidInput';

/** An empty Start reaches back this many days from End. */
export const DEFAULT_PERIOD_DAYS = 30;
const DAY_MS = 86_400_000;

/** Below this a number is taken as Unix seconds (10 digits until the year 5138), above it as milliseconds. */
const SECONDS_BELOW = 1e11;

type Instant = { ms: number } | { empty: true } | { invalid: true };

/** A JS Date holds ±8.64e15 ms; beyond that no date can be shown or sent. */
const inRange = (ms: number): Instant => (Number.isFinite(ms) && Math.abs(ms) <= 8.64e15 ? { ms } : { invalid: true });

/**
 * A point in time as a dateTime field or an expression gives it: an ISO text
 * (n8n's date picker writes `2026-05-01T00:00:00`, read in the n8n server's
 * time zone), a Unix time in ms or in seconds (as a number or digits), a JS
 * Date, or a Luxon DateTime (`{{ $now.minus({ days: 7 }) }}`).
 */
export function instantOf(value: unknown): Instant {
	if (value === undefined || value === null || (typeof value === 'string' && value.trim() === '')) return { empty: true };
	if (typeof value === 'string' && /^\s*\d+\s*$/.test(value)) return instantOf(Number(value));
	if (typeof value === 'number') {
		return inRange(value < SECONDS_BELOW ? value * 1000 : value);
	}
	if (typeof value === 'string') {
		return inRange(Date.parse(value.trim()));
	}
	if (typeof value === 'object') {
		// A Date or a Luxon DateTime: both give their Unix ms as their value.
		return inRange(Number((value as { valueOf(): unknown }).valueOf()));
	}
	return { invalid: true };
}

/**
 * A Start or End as its field sends it: the point in time in Unix ms, or,
 * when it is none, the value as typed (quoted) for the error to show. Empty,
 * it sends nothing.
 */
export type TimeValue = number | { notADate: string };

export function timeValue(value: unknown): TimeValue | undefined {
	const instant = instantOf(value);
	if ('empty' in instant) return undefined;
	return 'ms' in instant ? Math.round(instant.ms) : { notADate: String(JSON.stringify(value)) };
}

/**
 * The period of Account → Get Costs, in Unix ms, from what its Start and End
 * fields sent (timeValue): an empty End is now, an empty Start 30 days before
 * End. Checked before anything is sent; `labels` name the fields.
 */
export function timeRangeOf(
	ctx: ItemContext,
	sent: { start: unknown; end: unknown },
	labels: { start: string; end: string },
	now = Date.now(),
): { startMs: number; endMs: number } {
	const read = (value: unknown, label: string): number | undefined => {
		if (typeof value === 'object' && value !== null && 'notADate' in value) {
			const typed = (value as { notADate: string }).notADate;
			throw invalidInput(ctx, `${label}: is not a date (got ${typed})`, 'Use a date, an ISO date-time such as 2026-05-01T00:00:00Z, or a Unix time.');
		}
		return typeof value === 'number' ? value : undefined;
	};
	const endMs = read(sent.end, labels.end) ?? now;
	const startMs = read(sent.start, labels.start) ?? endMs - DEFAULT_PERIOD_DAYS * DAY_MS;
	if (startMs >= endMs) {
		throw invalidInput(
			ctx,
			`${labels.start}: must be before ${labels.end} (${labels.start} ${new Date(startMs).toISOString()}, ${labels.end} ${new Date(endMs).toISOString()})`,
			`An empty ${labels.start} is ${DEFAULT_PERIOD_DAYS} days before ${labels.end}; an empty ${labels.end} is now.`,
		);
	}
	return { startMs, endMs };
}
