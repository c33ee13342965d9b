/**
 * The External Task ID the node gives a task when the user gives none:
 * `n8n-<execution id>-<node>-r<run index>-i<item index>`, e.g. `n8n-4711-kling-r0-i2`.
 * Anyone can rebuild it from what n8n shows (the execution, the node's name,
 * the item), so a task whose execution died, or whose wait ran out, is found
 * again with Task → Get. It is also how the callback handler knows which
 * tasks belong to a parked execution.
 */
export function derivedExternalTaskId(executionId: string, nodeName: string, runIndex: number, itemIndex: number): string {
	const execution = executionId.replace(/[^A-Za-z0-9_-]/g, '').slice(0, 24);
	return `n8n-${execution}-${nodeSlug(nodeName)}-r${runIndex}-i${itemIndex}`;
}

/** "Kling Video 2" → "kling-video-2" (at most 24 characters). */
export function nodeSlug(nodeName: string): string {
	const slug = nodeName
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '')
		.slice(0, 24)
		.replace(/-+$/g, '');
	return slug || 'node';
}
