/**
 * The value of a field that may be a resource locator (`{ __rl, mode, value }`:
 * "From list" or "By ID") or plain text (a workflow made before the field
 * was a locator, or an expression's result). These fields hold IDs, which
 * never begin or end with spaces: a pasted one is sent without them.
 */
export function locatorValue(value: unknown): unknown {
	const inner = typeof value === 'object' && value !== null && '__rl' in value ? (value as { value?: unknown }).value : value;
	return typeof inner === 'string' ? inner.trim() : inner;
}
