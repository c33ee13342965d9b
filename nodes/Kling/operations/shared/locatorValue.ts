/**
 * The value of a field that may be a resource locator (`{ __rl, mode, value }`:
 * "From list" or "By ID") or plain text (a workflow made before the field
 * was a locator, or an expression's result). An entry added to a list in the
 * editor holds the locator's default (`{ mode, value }`, no `__rl`) until
 * something is picked. These fields hold IDs, which never begin or end with
 * spaces: a pasted one is sent without them.
 */
export function locatorValue(value: unknown): unknown {
	const isLocator = typeof value === 'object' && value !== null && 'value' in value && ('__rl' in value || 'mode' in value);
	const inner = isLocator ? (value as { value?: unknown }).value : value;
	return typeof inner === 'string' ? inner.trim() : inner;
}
