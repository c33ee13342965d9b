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
	};
}

/** The operation's "Additional Fields" collection: its optional fields, sent only when added. */
export function additionalFields(operation: KlingOperation, options: INodeProperties[]): INodeProperties {
	return {
		displayName: 'Additional Fields',
		name: 'additionalFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		displayOptions: forVideo(operation),
		options,
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
};

export const cfgScaleOption: INodeProperties = {
	displayName: 'CFG Scale',
	name: 'cfgScale',
	type: 'number',
	typeOptions: { minValue: 0, maxValue: 1, numberPrecision: 2 },
	default: 0.5,
	description: 'How closely the video follows the prompt, from 0 (free) to 1 (strict). Only kling-v1, kling-v1-5 and kling-v1-6.',
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
};

export const soundOption: INodeProperties = {
	displayName: 'Sound',
	name: 'sound',
	type: 'boolean',
	default: false,
	description: 'Whether to generate sound with the video (kling-v2-6 and later)',
};

export const watermarkOption: INodeProperties = {
	displayName: 'Watermark',
	name: 'watermark',
	type: 'boolean',
	default: false,
	description: 'Whether Kling also renders a watermarked copy of the result',
};

export const callbackUrlOption: INodeProperties = {
	displayName: 'Callback URL',
	name: 'callbackUrl',
	type: 'string',
	default: '',
	placeholder: 'https://your-n8n/webhook/...',
	description: 'Kling calls this URL when the task status changes (e.g. the resume URL of a Wait node)',
};

export const externalTaskIdOption: INodeProperties = {
	displayName: 'External Task ID',
	name: 'externalTaskId',
	type: 'string',
	default: '',
	description: 'Your own ID for the task, unique per account. The task can be read back by it.',
};

export const additionalBodyFieldsOption: INodeProperties = {
	displayName: 'Additional Body Fields (JSON)',
	name: 'additionalBodyFields',
	type: 'json',
	default: '{}',
	description: 'Fields Kling added before this node did, merged into the request body as they are (e.g. {"new_field": "value"})',
};

/** The hint every image field shows. */
export const IMAGE_HINT =
	'A URL (https://...), the name of a binary property of the input item (e.g. <code>data</code> from a form upload or Read Files), or Base64. JPG or PNG, at most 10 MB.';

/** The hint every audio field shows. */
export const AUDIO_HINT =
	'A URL (https://...), the name of a binary property of the input item (e.g. <code>data</code> from a form upload or Read Files), or Base64. MP3, WAV, M4A or AAC, at most 5 MB.';

/** An image field of an operation, routed to `property` of the body. */
export function imageField(
	operation: KlingOperation,
	spec: { displayName: string; name: string; property: string; required?: boolean; description: string },
): INodeProperties {
	return {
		displayName: spec.displayName,
		name: spec.name,
		type: 'string',
		default: '',
		required: spec.required ?? false,
		placeholder: 'e.g. https://example.com/first-frame.jpg or data',
		description: spec.description,
		hint: IMAGE_HINT,
		displayOptions: forVideo(operation),
	};
}

/** Multi-shot: a switch and up to 6 shots; prepareSubmit numbers them and sets the shot type. */
export function multiShotOptions(): INodeProperties[] {
	return [
		{
			displayName: 'Multi-Shot',
			name: 'multiShot',
			type: 'boolean',
			default: false,
			description: 'Whether to render several shots, each with its own prompt and duration (the Prompt is then ignored)',
		},
		{
			displayName: 'Shots',
			name: 'shots',
			type: 'fixedCollection',
			typeOptions: { multipleValues: true, maxAllowedFields: 6 },
			default: {},
			placeholder: 'Add Shot',
			description: 'With Multi-Shot: 1 to 6 shots whose durations add up to the Duration',
			options: [
				{
					displayName: 'Shot',
					name: 'shot',
					values: [
						{
							displayName: 'Prompt',
							name: 'prompt',
							type: 'string',
							default: '',
							description: 'What this shot shows, at most 512 characters',
						},
						{
							displayName: 'Duration (Seconds)',
							name: 'duration',
							type: 'number',
							typeOptions: { minValue: 1 },
							default: 5,
						},
					],
				},
			],
		},
	];
}
