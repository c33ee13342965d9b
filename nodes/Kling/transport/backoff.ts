import type { IDataObject } from 'n8n-workflow';

const MAX_DELAY_MS = 60_000;

/** Exponential backoff with jitter: about 1 s, 2 s, 4 s, ... capped at a minute. */
export function backoffMs(attempt: number, baseMs = 1000): number {
	const exp = Math.min(MAX_DELAY_MS, baseMs * 2 ** attempt);
	return Math.round(exp * (0.75 + Math.random() * 0.5));
}

/** `Retry-After` in seconds or as an HTTP date, as milliseconds to wait (capped). */
export function retryAfterMs(headers: IDataObject | undefined): number | undefined {
	const value = headers?.['retry-after'];
	if (value === undefined || value === null || value === '') return undefined;
	const seconds = Number(value);
	if (Number.isFinite(seconds)) return Math.min(MAX_DELAY_MS, Math.max(0, seconds * 1000));
	const date = Date.parse(String(value));
	return Number.isFinite(date) ? Math.min(MAX_DELAY_MS, Math.max(0, date - Date.now())) : undefined;
}

/**
 * The user's interval plus up to 15%, so a batch of tasks does not poll in
 * lockstep. Never shorter than asked: the reads per task stay within
 * ⌈render time / interval⌉ + 1.
 */
export const withJitter = (ms: number) => Math.round(ms * (1 + Math.random() * 0.15));
