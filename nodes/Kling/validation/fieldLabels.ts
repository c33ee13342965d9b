/** Where the "Additional Body Fields (JSON)" option puts its text in the body, merged into it before sending. */
export const EXTRA_BODY_KEY = '__additionalBodyFields';

/** A body key's label and the labels of its parts (the values of a fixed collection). */
export interface KeyLabel {
	label: string;
	parts: Record<string, string>;
}

/**
 * How one operation shows the request body: each body key with the label of
 * the field it comes from, so an error names what the user sees there.
 */
export type FieldLabels = Record<string, KeyLabel>;

/** `image_url` → `imageUrl`: how a part's body key is named as a parameter. */
const camelCase = (key: string) => key.replace(/_([a-z])/g, (_, letter: string) => letter.toUpperCase());

/**
 * A path in the body as the operation shows it: `['multi_prompt', 2, 'prompt']`
 * → `Shots #3 › Prompt`, Lip-Sync's `['input', 'text']` → `Text` (the longest
 * labelled dotted path wins: Effects' `['input', 'images', 1]` → `Images #2`; a
 * key inside a list's first entry that a field fills is that field's:
 * `['face_choose', 0, 'face_id']` → `Face ID`).
 * A key no field of the operation sends came from Additional Body Fields
 * (JSON), and is named as part of it.
 */
export function labelForPath(path: Array<string | number>, labels: FieldLabels): string {
	const extra = labels[EXTRA_BODY_KEY]?.label ?? 'Request';
	if (!path.length) return extra;
	const firstIndex = path.findIndex((part) => typeof part === 'number');
	// A list whose one entry the fields fill (Lip-Sync a Face's `face_choose[0].face_id`) is named by the field that fills the key.
	const unindexed = labels[path.filter((part) => typeof part !== 'number').join('.')];
	if (path[firstIndex] === 0 && firstIndex < path.length - 1 && unindexed) return unindexed.label;
	let named = firstIndex === -1 ? path.length : firstIndex;
	while (named > 0 && !labels[path.slice(0, named).join('.')]) named--;
	const known = named ? labels[path.slice(0, named).join('.')] : undefined;
	const parts = known ? [known.label] : [extra, String(path[0])];
	for (const part of path.slice(known ? named : 1)) {
		if (typeof part === 'number') parts[parts.length - 1] += ` #${part + 1}`;
		else parts.push(known?.parts[camelCase(part)] ?? part);
	}
	return parts.join(' › ');
}
