import type { IBinaryData, IDataObject } from 'n8n-workflow';

import type { ItemContext } from '../../../context/itemContext';
import { downloadResultFile, IMAGE_FILE } from '../../../transport/downloadVideo';
import type { TaskCost } from '../../../transport/taskShape';
import { isObject } from '../../../transport/jsonValues';

/**
 * What Image Recognize answers (kling-img-recog.md): `data.task_result.images[]`,
 * one entry per kind of mask, `{type, is_contain, url}`, with `type`
 * `object_seg` (the subject), `head_seg` (the face with hair), `face_seg`
 * (the face without hair) or `cloth_seg` (the clothing).
 */
export const MASK_KINDS = [
	{ type: 'object_seg', name: 'subject' },
	{ type: 'head_seg', name: 'head' },
	{ type: 'face_seg', name: 'face' },
	{ type: 'cloth_seg', name: 'cloth' },
] as const;

export type MaskName = (typeof MASK_KINDS)[number]['name'];

export interface Mask {
	/** Kling's `type`. */
	type: string;
	/** The node's word for it: subject, head, face, cloth. */
	name: MaskName;
	found: boolean;
	url?: string;
}

/** `is_contain` is a boolean; a host that writes it as text or a number is read alike. */
const isTrue = (value: unknown) => value === true || value === 1 || (typeof value === 'string' && ['true', '1'].includes(value.toLowerCase()));

/** The answer's data: the official envelope's `data`, or the answer itself (a flat host). */
export const dataOf = (answer: IDataObject): IDataObject => (isObject(answer.data) ? answer.data : answer);

/**
 * The four masks, in Kling's order of kinds; a kind the answer does not list
 * counts as not found. Undefined when the answer lists no mask at all.
 */
export function readMasks(answer: IDataObject): Mask[] | undefined {
	const result = dataOf(answer).task_result;
	const listed = (isObject(result) && Array.isArray(result.images) ? result.images : []).filter(isObject);
	if (!listed.some((entry) => MASK_KINDS.some((kind) => kind.type === entry.type))) return undefined;
	return MASK_KINDS.map(({ type, name }) => {
		const entry = listed.find((image) => image.type === type);
		const url = typeof entry?.url === 'string' && entry.url ? entry.url : undefined;
		return { type, name, found: isTrue(entry?.is_contain), ...(url ? { url } : {}) };
	});
}

/** The binary property a mask goes to: `subjectMask`, `headMask`, `faceMask`, `clothMask`. */
export const maskProperty = (name: MaskName) => `${name}Mask`;

/**
 * The item's JSON: `<name>Found` and `<name>MaskUrl` per kind, the list as
 * `masks`, what the call cost, and with Simplify Output off the host's answer.
 */
export function recognitionJson(masks: Mask[], cost: TaskCost | undefined, raw?: IDataObject): IDataObject {
	const json: IDataObject = {};
	for (const mask of masks) json[`${mask.name}Found`] = mask.found;
	for (const mask of masks) if (mask.url) json[`${mask.name}MaskUrl`] = mask.url;
	json.masks = masks.map((mask) => ({ ...mask }));
	if (cost) json.cost = cost as IDataObject;
	if (raw) json.raw = raw;
	return json;
}

/**
 * The masks Kling found, each as a PNG in its own binary property. A mask
 * of something not found is not downloaded (its URL stays in the JSON), so a
 * binary property is there exactly when its kind was found.
 */
export async function maskBinaries(ctx: ItemContext, masks: Mask[]): Promise<Record<string, IBinaryData>> {
	const found = masks.filter((mask): mask is Mask & { url: string } => mask.found && mask.url !== undefined);
	const files = await Promise.all(
		found.map(async (mask): Promise<[string, IBinaryData]> => [
			maskProperty(mask.name),
			await downloadResultFile(ctx, mask.url, `kling-${mask.name}-mask.png`, { ...IMAGE_FILE, noun: `${mask.name} mask` }),
		]),
	);
	return Object.fromEntries(files);
}
