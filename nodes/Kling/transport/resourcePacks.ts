import type { IDataObject } from 'n8n-workflow';
import { isObject } from './jsonValues';

/*
 * GET /account/costs answers `data.resource_pack_subscribe_infos[]` (the
 * official reference, mirrored in WHQ25/rawgenai docs/research/kling/
 * account-costs.md): resource_pack_name, resource_pack_id,
 * resource_pack_type (decreasing_total: a total used up; constant_period: a
 * fixed amount per period), total_quantity, remaining_quantity,
 * purchase_time, effective_time, invalid_time (Unix ms) and status
 * (toBeOnline, online, expired, runOut).
 */

/** One resource pack, as the node outputs it. */
export interface ResourcePack extends IDataObject {
	name?: string;
	id?: string;
	type?: string;
	totalQuantity?: number;
	remainingQuantity?: number;
	status?: string;
	purchaseTime?: string;
	effectiveTime?: string;
	invalidTime?: string;
}

const text = (value: unknown): string | undefined =>
	typeof value === 'string' && value !== '' ? value : typeof value === 'number' ? String(value) : undefined;

const quantity = (value: unknown): number | undefined => {
	const number = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
	return typeof number === 'number' && Number.isFinite(number) ? number : undefined;
};

/** A Unix time (ms; seconds if it is that small) as an ISO date-time. */
const iso = (value: unknown): string | undefined => {
	const number = quantity(value);
	if (number === undefined) return undefined;
	const date = new Date(number < 1e11 ? number * 1000 : number);
	return Number.isNaN(date.getTime()) ? undefined : date.toISOString();
};

/** The list in the answer (official envelope, or a flat `{resource_pack_subscribe_infos}`), or undefined when there is none. */
export function packListOf(body: IDataObject): IDataObject[] | undefined {
	const data = isObject(body.data) ? body.data : body;
	const list = data.resource_pack_subscribe_infos;
	return Array.isArray(list) ? list.filter(isObject) : undefined;
}

/** The account-level code and message inside `data` (`data.code`, `data.msg`) when they report a failure. */
export function innerFailureOf(body: IDataObject): { code: string; message: string } | undefined {
	const data = isObject(body.data) ? body.data : undefined;
	const code = data?.code;
	if (code === undefined || code === null || code === 0 || code === '0') return undefined;
	return { code: String(code), message: text(data?.msg) ?? text(data?.message) ?? '' };
}

export function packOf(raw: IDataObject): ResourcePack {
	const pack: ResourcePack = {
		name: text(raw.resource_pack_name),
		id: text(raw.resource_pack_id),
		type: text(raw.resource_pack_type),
		totalQuantity: quantity(raw.total_quantity),
		remainingQuantity: quantity(raw.remaining_quantity),
		status: text(raw.status),
		purchaseTime: iso(raw.purchase_time),
		effectiveTime: iso(raw.effective_time),
		invalidTime: iso(raw.invalid_time),
	};
	for (const key of Object.keys(pack)) if (pack[key] === undefined) delete pack[key];
	return pack;
}

/** Sums without binary noise (640.5 + 120.1 stays 760.6). */
const sum = (values: number[]) => Math.round(values.reduce((total, value) => total + value, 0) * 1e6) / 1e6;

/**
 * The one-glance item: the units left in the packs in use (status `online`)
 * and their total, per pack name too (packs of different names may count
 * different things), the next of them to expire, and every pack listed.
 */
export function packSummary(packs: ResourcePack[]): IDataObject {
	const online = packs.filter((pack) => pack.status === 'online');
	const remainingByPack: IDataObject = {};
	for (const pack of online) {
		const name = pack.name ?? pack.id ?? '';
		remainingByPack[name] = sum([Number(remainingByPack[name] ?? 0), pack.remainingQuantity ?? 0]);
	}
	const [nextToExpire] = online.filter((pack) => pack.invalidTime).sort((a, b) => String(a.invalidTime).localeCompare(String(b.invalidTime)));
	return {
		remainingQuantity: sum(online.map((pack) => pack.remainingQuantity ?? 0)),
		totalQuantity: sum(online.map((pack) => pack.totalQuantity ?? 0)),
		onlinePackCount: online.length,
		packCount: packs.length,
		remainingByPack,
		...(nextToExpire
			? { nextExpiry: { name: nextToExpire.name, id: nextToExpire.id, remainingQuantity: nextToExpire.remainingQuantity, invalidTime: nextToExpire.invalidTime } }
			: {}),
		packs,
	};
}
