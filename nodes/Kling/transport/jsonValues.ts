import type { IDataObject } from 'n8n-workflow';

/* Reading the hosts' JSON answers, whose fields may be missing, empty or of another type. */

/** A JSON object (not an array, not null). */
export const isObject = (value: unknown): value is IDataObject => typeof value === 'object' && value !== null && !Array.isArray(value);

/** A non-empty text, or a number as text; undefined for anything else. */
export const text = (value: unknown): string | undefined =>
	typeof value === 'string' && value !== '' ? value : typeof value === 'number' ? String(value) : undefined;

/** A time in Unix milliseconds, from seconds or milliseconds, as a number or digits. */
export const millis = (value: unknown): number | undefined => {
	if (typeof value === 'number') return value < 1e12 ? value * 1000 : value;
	if (typeof value === 'string' && /^\d+$/.test(value)) return millis(Number(value));
	return undefined;
};

/** A number, or a decimal string (Kling writes amounts as "1.5"); undefined for anything else. */
export const amount = (value: unknown): number | undefined => {
	const number = typeof value === 'number' ? value : typeof value === 'string' && value.trim() !== '' ? Number(value) : NaN;
	return Number.isFinite(number) ? number : undefined;
};
