import type { INodeProperties } from 'n8n-workflow';

import type { KlingOperation } from '../../models';
import { durationsFor, modelOptions, modelsFor, modelsWithDefaultMode } from '../../models';
import { ASPECT_RATIOS, CAMERA_AXES, CAMERA_AXIS_MAX, CAMERA_PRESETS, LIMITS, MODES } from '../../vocabulary';

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

export function promptField(operation: KlingOperation, required: boolean, note = ''): INodeProperties {
	const description = [`What the video should show. At most ${LIMITS.prompt} characters.`, note].filter(Boolean).join(' ');
	return {
		displayName: 'Prompt',
		name: 'prompt',
		type: 'string',
		typeOptions: { rows: 4 },
		default: '',
		required,
		placeholder: 'e.g. A red fox runs through fresh snow at sunrise, cinematic',
		description,
		displayOptions: forVideo(operation),
	};
}

/**
 * Mode, defaulting to the model's own default (models.ts `defaultMode`): the
 * node then sends the mode the model is known to take. An operation no model
 * serves (Avatar) has no model's default: it offers the two modes, Standard
 * by default, sent as chosen.
 */
export function modeField(operation: KlingOperation): INodeProperties {
	const field: INodeProperties = {
		displayName: 'Mode',
		name: 'mode',
		type: 'options',
		options: MODES.map((mode) => ({ ...mode })),
		default: 'std',
		displayOptions: forVideo(operation),
	};
	if (!modelsFor(operation).length) return field;
	const pro = modelsWithDefaultMode(operation, 'pro');
	return {
		...field,
		options: [
			{
				name: "Model's Default",
				value: '',
				description: pro.length ? `Professional for ${pro.join(', ')}; Standard for the other models` : 'Standard',
			},
			...MODES.map((mode) => ({ ...mode })),
		],
		default: '',
	};
}

/**
 * An Aspect Ratio field over `ratios`, shown where `displayOptions` says. With
 * `fromInput`, a first option (the default) sends nothing, so an input image
 * or video decides; its name says what happens instead.
 */
export function ratioField(
	ratios: ReadonlyArray<{ name: string; value: string }>,
	displayOptions: INodeProperties['displayOptions'],
	spec: { description?: string; fromInput?: { name: string; description: string } } = {},
): INodeProperties {
	const options = ratios.map((ratio) => ({ ...ratio }));
	const field: INodeProperties = {
		displayName: 'Aspect Ratio',
		name: 'aspectRatio',
		type: 'options',
		options,
		default: '16:9',
		...(spec.description ? { description: spec.description } : {}),
		displayOptions,
	};
	const { fromInput } = spec;
	if (!fromInput) return field;
	return { ...field, options: [{ name: fromInput.name, value: '' }, ...options], default: '', description: fromInput.description };
}

/** A video operation's Aspect Ratio (see ratioField). */
export const aspectRatioField = (operation: KlingOperation, fromInput?: { name: string; description: string }): INodeProperties =>
	ratioField(ASPECT_RATIOS, forVideo(operation), { fromInput });

/** Duration: the seconds any model of the operation takes (models.ts); validation checks the chosen model's. */
export function durationField(operation: KlingOperation): INodeProperties {
	const seconds = durationsFor(operation);
	return {
		displayName: 'Duration',
		name: 'duration',
		type: 'options',
		options: seconds.map((value) => ({ name: `${value} Seconds`, value: String(value) })),
		default: '5',
		description: 'Length of the video. Longer videos cost more. Which lengths a model takes is checked before sending.',
		displayOptions: forVideo(operation),
	};
}

/** The operation's "Additional Fields" collection: its optional fields, sent only when added. */
export function additionalFields(operation: KlingOperation, options: INodeProperties[]): INodeProperties {
	return additionalFieldsShown(forVideo(operation), options);
}

/** An "Additional Fields" collection shown where `displayOptions` says (any resource). */
export function additionalFieldsShown(displayOptions: INodeProperties['displayOptions'], options: INodeProperties[]): INodeProperties {
	return {
		displayName: 'Additional Fields',
		name: 'additionalFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		displayOptions,
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
	description: `What the video should not show. At most ${LIMITS.prompt} characters.`,
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
						...CAMERA_PRESETS.map((preset) => ({ ...preset })),
						{ name: 'Simple (One Axis)', value: 'simple', description: 'Set exactly one axis below to a non-zero value' },
					],
					default: 'simple',
				},
				...CAMERA_AXES.map(
					(axis): INodeProperties => ({
						displayName: axis[0].toUpperCase() + axis.slice(1),
						name: axis,
						type: 'number',
						typeOptions: { minValue: -CAMERA_AXIS_MAX, maxValue: CAMERA_AXIS_MAX },
						default: 0,
						description: `Camera ${axis} from -${CAMERA_AXIS_MAX} to ${CAMERA_AXIS_MAX} (type Simple only; exactly one axis non-zero)`,
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
export const IMAGE_HINT = `A URL (https://...), the name of a binary property of the input item (e.g. <code>data</code> from a form upload or Read Files), or Base64. JPG or PNG, at most ${LIMITS.imageMegabytes} MB.`;

/** The hint every audio field shows. */
export const AUDIO_HINT = `A URL (https://...), the name of a binary property of the input item (e.g. <code>data</code> from a form upload or Read Files), or Base64. MP3, WAV, M4A or AAC, at most ${LIMITS.audioMegabytes} MB.`;

/** An image input (a URL, a binary property of the input item, or Base64) shown where `displayOptions` says. */
export function imageInputShown(
	displayOptions: INodeProperties['displayOptions'],
	spec: { displayName: string; name: string; required?: boolean; description: string; placeholder: string },
): INodeProperties {
	return {
		displayName: spec.displayName,
		name: spec.name,
		type: 'string',
		default: '',
		required: spec.required ?? false,
		placeholder: spec.placeholder,
		description: spec.description,
		hint: IMAGE_HINT,
		displayOptions,
	};
}

/** A list of up to `max` images (each an `image` entry of an `image` value) shown where `displayOptions` says. */
export function imageListShown(
	displayOptions: INodeProperties['displayOptions'],
	spec: { displayName: string; name: string; max: number; required: boolean; description: string },
): INodeProperties {
	return {
		displayName: spec.displayName,
		name: spec.name,
		type: 'fixedCollection',
		typeOptions: { multipleValues: true, maxAllowedFields: spec.max },
		required: spec.required,
		default: {},
		placeholder: 'Add Image',
		description: spec.description,
		displayOptions,
		options: [{ displayName: 'Image', name: 'image', values: [{ displayName: 'Image', name: 'image', type: 'string', default: '', hint: IMAGE_HINT }] }],
	};
}

/** An image field of a video operation, routed to `property` of the body. */
export function imageField(
	operation: KlingOperation,
	spec: { displayName: string; name: string; property: string; required?: boolean; description: string },
): INodeProperties {
	return imageInputShown(forVideo(operation), { ...spec, placeholder: 'e.g. https://example.com/first-frame.jpg or data' });
}

/** A required list of 1 to `max` images of a video operation. */
export function imageListField(
	operation: KlingOperation,
	spec: { displayName: string; name: string; max: number; description: string },
): INodeProperties {
	return imageListShown(forVideo(operation), { ...spec, required: true });
}

/** Multi-shot: a switch and up to 6 shots; bodyShaping numbers them and sets the shot type. */
export function multiShotOptions(note = ''): INodeProperties[] {
	return [
		{
			displayName: 'Multi-Shot',
			name: 'multiShot',
			type: 'boolean',
			default: false,
			description: `Whether to render several shots, each with its own prompt and duration (the Prompt is then ignored)${note ? `. ${note}` : ''}`,
		},
		{
			displayName: 'Shots',
			name: 'shots',
			type: 'fixedCollection',
			typeOptions: { multipleValues: true, maxAllowedFields: LIMITS.shots },
			default: {},
			placeholder: 'Add Shot',
			description: `With Multi-Shot: 1 to ${LIMITS.shots} shots whose durations add up to the Duration`,
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
							description: `What this shot shows, at most ${LIMITS.shotPrompt} characters`,
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
