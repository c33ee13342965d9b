import type { INodeProperties } from 'n8n-workflow';

import type { KlingOperation } from '../models';
import { modelOptions } from '../models';

/** Shows a field for the given operations of the Video resource. */
export const forVideo = (...operations: KlingOperation[]) => ({
	show: { resource: ['video'], operation: operations },
});

export function modelField(operation: KlingOperation, defaultModel: string): INodeProperties {
	return {
		displayName: 'Model',
		name: 'model',
		type: 'options',
		options: modelOptions(operation),
		default: defaultModel,
		description: 'Which Kling model renders the video. Newer models cost more and support more options.',
		displayOptions: forVideo(operation),
		routing: { send: { type: 'body', property: 'model_name' } },
	};
}

export function promptField(operation: KlingOperation, required: boolean): INodeProperties {
	return {
		displayName: 'Prompt',
		name: 'prompt',
		type: 'string',
		typeOptions: { rows: 4 },
		default: '',
		required,
		placeholder: 'e.g. A red fox runs through fresh snow at sunrise, cinematic',
		description: 'What the video should show. At most 2500 characters.',
		displayOptions: forVideo(operation),
		routing: { send: { type: 'body', property: 'prompt' } },
	};
}

export function modeField(operation: KlingOperation): INodeProperties {
	return {
		displayName: 'Mode',
		name: 'mode',
		type: 'options',
		options: [
			{ name: 'Standard', value: 'std', description: 'Faster and cheaper' },
			{ name: 'Professional', value: 'pro', description: 'Higher quality, costs more' },
		],
		default: 'std',
		displayOptions: forVideo(operation),
		routing: { send: { type: 'body', property: 'mode' } },
	};
}

export function aspectRatioField(operation: KlingOperation): INodeProperties {
	return {
		displayName: 'Aspect Ratio',
		name: 'aspectRatio',
		type: 'options',
		options: [
			{ name: '16:9 (Landscape)', value: '16:9' },
			{ name: '9:16 (Portrait)', value: '9:16' },
			{ name: '1:1 (Square)', value: '1:1' },
		],
		default: '16:9',
		displayOptions: forVideo(operation),
		routing: { send: { type: 'body', property: 'aspect_ratio' } },
	};
}

export function durationField(operation: KlingOperation, seconds: number[] = [5, 10]): INodeProperties {
	return {
		displayName: 'Duration',
		name: 'duration',
		type: 'options',
		options: seconds.map((value) => ({ name: `${value} Seconds`, value: String(value) })),
		default: '5',
		description: 'Length of the video. Longer videos cost more.',
		displayOptions: forVideo(operation),
		routing: { send: { type: 'body', property: 'duration' } },
	};
}

/* Options of the "Additional Fields" collections. */

export const negativePromptOption: INodeProperties = {
	displayName: 'Negative Prompt',
	name: 'negativePrompt',
	type: 'string',
	typeOptions: { rows: 2 },
	default: '',
	placeholder: 'e.g. blurry, low quality, text',
	description: 'What the video should not show. At most 2500 characters.',
	routing: { send: { type: 'body', property: 'negative_prompt' } },
};

export const cfgScaleOption: INodeProperties = {
	displayName: 'CFG Scale',
	name: 'cfgScale',
	type: 'number',
	typeOptions: { minValue: 0, maxValue: 1, numberPrecision: 2 },
	default: 0.5,
	description: 'How closely the video follows the prompt, from 0 (free) to 1 (strict). Only kling-v1, kling-v1-5 and kling-v1-6.',
	routing: { send: { type: 'body', property: 'cfg_scale' } },
};

export const cameraControlOption: INodeProperties = {
	displayName: 'Camera Control',
	name: 'cameraControl',
	type: 'fixedCollection',
	default: {},
	placeholder: 'Add Camera Movement',
	description: 'How the camera moves. Left out, the model chooses.',
	options: [
		{
			displayName: 'Camera Movement',
			name: 'settings',
			values: [
				{
					displayName: 'Type',
					name: 'type',
					type: 'options',
					options: [
						{ name: 'Down and Back', value: 'down_back' },
						{ name: 'Forward and Up', value: 'forward_up' },
						{ name: 'Left Turn Forward', value: 'left_turn_forward' },
						{ name: 'Right Turn Forward', value: 'right_turn_forward' },
						{ name: 'Simple (One Axis)', value: 'simple', description: 'Set exactly one axis below to a non-zero value' },
					],
					default: 'simple',
				},
				...(['horizontal', 'vertical', 'pan', 'tilt', 'roll', 'zoom'] as const).map(
					(axis): INodeProperties => ({
						displayName: axis[0].toUpperCase() + axis.slice(1),
						name: axis,
						type: 'number',
						typeOptions: { minValue: -10, maxValue: 10 },
						default: 0,
						description: `Camera ${axis} from -10 to 10 (type Simple only; exactly one axis non-zero)`,
					}),
				),
			],
		},
	],
	// The axes move into `config` (and are dropped for presets) in prepareSubmit.
	routing: { send: { type: 'body', property: 'camera_control', value: '={{ $value.settings }}' } },
};

export const soundOption: INodeProperties = {
	displayName: 'Sound',
	name: 'sound',
	type: 'boolean',
	default: false,
	description: 'Whether to generate sound with the video (kling-v2-6 and later)',
	routing: { send: { type: 'body', property: 'sound', value: '={{ $value ? "on" : "off" }}' } },
};

export const watermarkOption: INodeProperties = {
	displayName: 'Watermark',
	name: 'watermark',
	type: 'boolean',
	default: false,
	description: 'Whether Kling also renders a watermarked copy of the result',
	routing: { send: { type: 'body', property: 'watermark_info.enabled' } },
};

export const callbackUrlOption: INodeProperties = {
	displayName: 'Callback URL',
	name: 'callbackUrl',
	type: 'string',
	default: '',
	placeholder: 'https://your-n8n/webhook/...',
	description: 'Kling calls this URL when the task status changes (e.g. the resume URL of a Wait node)',
	routing: { send: { type: 'body', property: 'callback_url' } },
};

export const externalTaskIdOption: INodeProperties = {
	displayName: 'External Task ID',
	name: 'externalTaskId',
	type: 'string',
	default: '',
	description: 'Your own ID for the task, unique per account. The task can be read back by it.',
	routing: { send: { type: 'body', property: 'external_task_id' } },
};
