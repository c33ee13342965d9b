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
	// Audio
	video: 'Video',
	video_id: 'Video',
	video_url: 'Video',
	sound_effect_prompt: 'Sound Effect Prompt',
	bgm_prompt: 'Background Music Prompt',
	asmr_mode: 'ASMR Mode',
};

/** `['multi_prompt', 2, 'prompt']` → `Shots #3 › prompt`. */
export function labelForPath(path: Array<string | number>): string {
	if (!path.length) return 'Request';
	const [head, ...rest] = path;
	const parts = [FIELD_LABELS[String(head)] ?? String(head)];
	for (const part of rest) {
		if (typeof part === 'number') parts[parts.length - 1] += ` #${part + 1}`;
		else parts.push(part);
	}
	return parts.join(' › ');
}
