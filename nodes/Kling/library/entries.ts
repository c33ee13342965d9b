import type { IDataObject } from 'n8n-workflow';

/** The entries of a list answer: `data` as the official API writes it (a bare list, or one under `list`). */
export function entriesOf(raw: IDataObject): IDataObject[] {
	const data = raw.data as unknown;
	const list = Array.isArray(data) ? data : Array.isArray((data as IDataObject | undefined)?.list) ? ((data as IDataObject).list as unknown[]) : [];
	return list.filter((entry): entry is IDataObject => typeof entry === 'object' && entry !== null && !Array.isArray(entry));
}

/** A value as text: ids arrive as strings (or, from some hosts, as numbers). */
export const textOf = (value: unknown): string | undefined =>
	typeof value === 'string' && value !== '' ? value : typeof value === 'number' ? String(value) : undefined;

/** snake_case keys to camelCase, at the top level (nested values as the host wrote them). */
export function camelKeys(entry: IDataObject): IDataObject {
	const out: IDataObject = {};
	for (const [key, value] of Object.entries(entry)) out[key.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase())] = value;
	return out;
}
