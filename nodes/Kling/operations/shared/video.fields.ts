import type { IDataObject, INodeProperties } from 'n8n-workflow';

import type { OperationField } from '../field';
import { EXTRA_BODY_KEY, to } from './toBody';

import { durationsFor, fourKModelsFor, modelOptions, modelsFor, modelsWithDefaultMode } from '../../models';
import { ASPECT_RATIOS, CAMERA_AXES, CAMERA_AXIS_MAX, CAMERA_PRESETS, FOUR_K_MODE, LIMITS, MODES } from '../../vocabulary';

export function modelField(operation: string, defaultModel: string): OperationField {
	return {
		displayName: 'Model',
		name: 'model',
		send: to('model_name'),
		type: 'options',
		options: modelOptions(operation),
		default: defaultModel,
		description: 'Which Kling model renders the video. Newer models cost more and support more options.',
	};
}

export function promptField(required: boolean, note = ''): OperationField {
	const description = [`What the video should show. At most ${LIMITS.prompt} characters.`, note].filter(Boolean).join(' ');
	return {
		displayName: 'Prompt',
		name: 'prompt',
		send: to('prompt'),
		type: 'string',
		typeOptions: { rows: 4 },
		default: '',
		required,
		placeholder: 'e.g. A red fox runs through fresh snow at sunrise, cinematic',
		description,
	};
}

/**
 * Mode, defaulting to the model's own default (models.ts `defaultMode`): the
 * node then sends the mode the model is known to take. An operation no model
 * serves (Avatar) has no model's default: it offers the two modes, Standard
 * by default, sent as chosen. 4K is offered where a model of the operation
 * renders it (models.ts `fourK`); validation refuses it for the others.
 */
export function modeField(operation: string): OperationField {
	const field: OperationField = {
		displayName: 'Mode',
		name: 'mode',
		send: to('mode'),
		type: 'options',
		options: MODES.map((mode) => ({ ...mode })),
		default: 'std',
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
			...fourK(operation),
		],
		default: '',
	};
}

/** The 4K option, naming the models that take it, where any model of the operation does. */
function fourK(operation: string) {
	const models = fourKModelsFor(operation);
	return models.length ? [{ ...FOUR_K_MODE, description: `${FOUR_K_MODE.description}. Only ${models.join(', ')}.` }] : [];
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
export const aspectRatioField = (fromInput?: { name: string; description: string }): OperationField => ({
	...ratioField(ASPECT_RATIOS, undefined, { fromInput }),
	send: to('aspect_ratio'),
});

/** Duration: the seconds any model of the operation takes (models.ts); validation checks the chosen model's. */
export function durationField(operation: string): OperationField {
	const seconds = durationsFor(operation);
	return {
		displayName: 'Duration',
		name: 'duration',
		send: to('duration'),
		type: 'options',
		options: seconds.map((value) => ({ name: `${value} Seconds`, value: String(value) })),
		default: '5',
		description: 'Length of the video. Longer videos cost more. Which lengths a model takes is checked before sending.',
	};
}

/** The operation's "Additional Fields" collection: its optional fields, sent only when added. */
export function additionalFields(options: OperationField[]): OperationField {
	return additionalFieldsShown(undefined, options);
}

/** An "Additional Fields" collection shown where `displayOptions` says (any resource). */
export function additionalFieldsShown(displayOptions: INodeProperties['displayOptions'], options: OperationField[]): OperationField {
	return {
		displayName: 'Additional Fields',
		name: 'additionalFields',
		send: 'eachOption',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		displayOptions,
		options,
	};
}

/* Options of the "Additional Fields" collections. */

export const negativePromptOption: OperationField = {
	displayName: 'Negative Prompt',
	name: 'negativePrompt',
	send: to('negative_prompt'),
	type: 'string',
	typeOptions: { rows: 2 },
	default: '',
	placeholder: 'e.g. blurry, low quality, text',
	description: `What the video should not show. At most ${LIMITS.prompt} characters.`,
};

export const cfgScaleOption: OperationField = {
	displayName: 'CFG Scale',
	name: 'cfgScale',
	send: to('cfg_scale'),
	type: 'number',
	typeOptions: { minValue: 0, maxValue: 1, numberPrecision: 2 },
	default: 0.5,
	description: 'How closely the video follows the prompt, from 0 (free) to 1 (strict). Only kling-v1, kling-v1-5 and kling-v1-6.',
};

export const cameraControlOption: OperationField = {
	displayName: 'Camera Control',
	name: 'cameraControl',
	// The axes move into `config` (and are dropped for presets) in pipeline/bodyShaping.ts.
	send: (value) => ({ camera_control: (value as IDataObject).settings }),
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

export const soundOption: OperationField = {
	displayName: 'Sound',
	name: 'sound',
	send: (on) => ({ sound: on ? 'on' : 'off' }),
	type: 'boolean',
	default: false,
	description: 'Whether to generate sound with the video (kling-v2-6 and later)',
};

export const watermarkOption: OperationField = {
	displayName: 'Watermark',
	name: 'watermark',
	send: (enabled) => ({ watermark_info: { enabled } }),
	type: 'boolean',
	default: false,
	description: 'Whether Kling also renders a watermarked copy of the result',
};

export const callbackUrlOption: OperationField = {
	displayName: 'Callback URL',
	name: 'callbackUrl',
	send: to('callback_url'),
	type: 'string',
	default: '',
	placeholder: 'https://your-n8n/webhook/...',
	description: 'Kling calls this URL when the task status changes (e.g. the resume URL of a Wait node)',
};

export const externalTaskIdOption: OperationField = {
	displayName: 'External Task ID',
	name: 'externalTaskId',
	send: to('external_task_id'),
	type: 'string',
	default: '',
	description: 'Your own ID for the task, unique per account. The task can be read back by it.',
};

export const additionalBodyFieldsOption: OperationField = {
	displayName: 'Additional Body Fields (JSON)',
	name: 'additionalBodyFields',
	send: to(EXTRA_BODY_KEY),
	type: 'json',
	default: '{}',
	description: 'Fields Kling added before this node did, merged into the request body as they are (e.g. {"new_field": "value"})',
};
