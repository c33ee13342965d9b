import type { INodeProperties } from 'n8n-workflow';

import type { ImageOperation } from '../../models';
import { imageModelOptions } from '../../models';
import { IMAGE_ASPECT_RATIOS, IMAGE_LIMITS, IMAGE_RESOLUTIONS, LIMITS } from '../../vocabulary';
import {
	additionalBodyFieldsOption,
	additionalFieldsShown,
	callbackUrlOption,
	externalTaskIdOption,
	imageInputShown,
	imageListShown,
	ratioField,
	watermarkOption,
} from './video.fields';

/*
 * The field builders the Image resource's operations share (their fields
 * live in imageGenerate.fields.ts, omniImage.fields.ts, …).
 */

/** The Image resource's operations: Generate, Expand and the ones with a model. */
export type ImageOperationValue = ImageOperation | 'expand';

/** Shows a field for the given operations of the Image resource. */
export const forImage = (...operations: ImageOperationValue[]) => ({
	show: { resource: ['image'], operation: operations },
});

export function imageModelField(operation: ImageOperation, defaultModel: string, description: string): INodeProperties {
	return {
		displayName: 'Model',
		name: 'model',
		type: 'options',
		options: imageModelOptions(operation),
		default: defaultModel,
		description,
		displayOptions: forImage(operation),
	};
}

export function imagePromptField(operation: ImageOperationValue, spec: { required: boolean; description: string; placeholder: string }): INodeProperties {
	return {
		displayName: 'Prompt',
		name: 'prompt',
		type: 'string',
		typeOptions: { rows: 4 },
		default: '',
		required: spec.required,
		placeholder: spec.placeholder,
		description: `${spec.description} At most ${LIMITS.prompt} characters`,
		displayOptions: forImage(operation),
	};
}

/** Number of Images (`n`): each image is one output item. */
export function numberOfImagesField(operation: ImageOperationValue): INodeProperties {
	const { min, max } = IMAGE_LIMITS.images;
	return {
		displayName: 'Number of Images',
		name: 'numberOfImages',
		type: 'number',
		typeOptions: { minValue: min, maxValue: max },
		default: 1,
		description: `How many images the task makes, ${min} to ${max}. Each comes out as its own item (each is charged).`,
		displayOptions: forImage(operation),
	};
}

/**
 * Aspect Ratio of an image operation: the eight ratios Kling's image pages list.
 * With `auto`, a first option (the default) names what the node does instead.
 */
export const imageAspectRatioField = (operation: ImageOperationValue, auto?: { name: string; description: string }): INodeProperties =>
	ratioField(IMAGE_ASPECT_RATIOS, forImage(operation), { description: 'Width to height of the images', fromInput: auto });

/** Resolution: not sent unless chosen (Kling's default is 1K); which models take 2K is checked before sending. */
export function resolutionField(operation: ImageOperationValue, note = ''): INodeProperties {
	return {
		displayName: 'Resolution',
		name: 'resolution',
		type: 'options',
		options: [{ name: 'Default (1K)', value: '' }, ...IMAGE_RESOLUTIONS.map((resolution) => ({ ...resolution }))],
		default: '',
		description: ['1K or 2K. Kling v1 and v1.5 make 1K only.', note].filter(Boolean).join(' '),
		displayOptions: forImage(operation),
	};
}

/** One image input of an image operation (a URL, a binary property of the input item, or Base64). */
export const imageInputField = (
	operation: ImageOperationValue,
	spec: { displayName: string; name: string; required?: boolean; description: string; placeholder?: string },
): INodeProperties => imageInputShown(forImage(operation), { ...spec, placeholder: spec.placeholder ?? 'e.g. https://example.com/photo.jpg or data' });

/** A list of images of an image operation. */
export const imageListInputField = (
	operation: ImageOperationValue,
	spec: { displayName: string; name: string; max: number; required: boolean; description: string },
): INodeProperties => imageListShown(forImage(operation), spec);

/** An image operation's "Additional Fields": its own options, then those every task takes (sorted by name, as n8n lists them). */
export function imageAdditionalFields(operation: ImageOperationValue, options: INodeProperties[], spec: { watermark: boolean }): INodeProperties {
	const shared = [additionalBodyFieldsOption, callbackUrlOption, externalTaskIdOption, ...(spec.watermark ? [watermarkOption] : [])];
	const all = [...options, ...shared].sort((a, b) => a.displayName.localeCompare(b.displayName));
	return additionalFieldsShown(forImage(operation), all);
}
