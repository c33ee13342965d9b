/**
 * The value of a field that may be a resource locator (`{ __rl, mode, value }`:
 * "From list" or "By ID") or plain text (a workflow made before the field
 * was a locator, or an expression's result).
 */
export function locatorValue(value: unknown): unknown {
	if (typeof value === 'object' && value !== null && '__rl' in value) return (value as { value?: unknown }).value;
	return value;
}
