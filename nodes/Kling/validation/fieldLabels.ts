/** The node field a request body key comes from, so errors name what the user sees. */
export const FIELD_LABELS: Record<string, string> = {
	model_name: 'Model',
	prompt: 'Prompt',
	negative_prompt: 'Negative Prompt',
	cfg_scale: 'CFG Scale',
	mode: 'Mode',
	aspect_ratio: 'Aspect Ratio',
	duration: 'Duration',
	camera_control: 'Camera Control',
	sound: 'Sound',
	watermark_info: 'Watermark',
	callback_url: 'Callback URL',
	external_task_id: 'External Task ID',
	image: 'Image',
	image_tail: 'Tail Image',
	image_list: 'Images',
	voice_list: 'Voices',
	static_mask: 'Static Mask',
	dynamic_masks: 'Dynamic Masks',
	multi_shot: 'Multi-Shot',
	shot_type: 'Shot Type',
	multi_prompt: 'Shots',
	video_list: 'Reference Videos',
	element_list: 'Elements',
};

/**
 * `['multi_prompt', 2, 'prompt']` → `Shots #3 › prompt`. An operation's own
 * labels (by dotted path, e.g. `input.text`) name nested keys first, the
 * longest path winning: `['input', 'images', 1]` with `input.images` → `Images #2`.
 */
export function labelForPath(path: Array<string | number>, labels: Record<string, string> = {}): string {
	if (!path.length) return 'Request';
	let named = 1;
	let label = FIELD_LABELS[String(path[0])] ?? String(path[0]);
	for (let n = path.length; n > 0; n--) {
		const own = typeof path[n - 1] === 'string' ? labels[path.slice(0, n).filter((part) => typeof part === 'string').join('.')] : undefined;
		if (own) {
			named = n;
			label = own;
			break;
		}
	}
	const parts = [label];
	for (const part of path.slice(named)) {
		if (typeof part === 'number') parts[parts.length - 1] += ` #${part + 1}`;
		else parts.push(part);
	}
	return parts.join(' › ');
}
