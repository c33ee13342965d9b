import { IMAGE_MODELS, imageModelOptions } from '../../models';
import { IMAGE_ASPECT_RATIOS, IMAGE_LIMITS, IMAGE_RESOLUTIONS, LIMITS } from '../../vocabulary';
import type { OperationField, ToBody } from '../field';
import { to, toNumber } from './toBody';
import {
	additionalBodyFieldsOption,
	additionalFieldsShown,
	callbackUrlOption,
	externalTaskIdOption,
	ratioField,
	watermarkOption,
} from './video.fields';
import { imageInputShown, imageListShown } from './mediaInput.fields';

/*
 * The field builders the Image resource's operations share (their fields
 * live in generate.fields.ts, omniImage.fields.ts, …). Each field says what
 * it sends; the registry shows it for its operation.
 */

/** Model (`model_name`): the image models of the operation (models.ts IMAGE_MODELS). */
export function imageModelField(operation: string, defaultModel: string, description: string): OperationField {
	return {
		displayName: 'Model',
		name: 'model',
		send: to('model_name'),
		type: 'options',
		options: imageModelOptions(operation),
		default: defaultModel,
		description,
	};
}

export function imagePromptField(spec: { required: boolean; description: string; placeholder: string }): OperationField {
	return {
		displayName: 'Prompt',
		name: 'prompt',
		send: to('prompt'),
		type: 'string',
		typeOptions: { rows: 4 },
		default: '',
		required: spec.required,
		placeholder: spec.placeholder,
		description: `${spec.description} At most ${LIMITS.prompt} characters`,
	};
}

/** Number of Images (`n`): each image is one output item. */
export function numberOfImagesField(): OperationField {
	const { min, max } = IMAGE_LIMITS.images;
	return {
		displayName: 'Number of Images',
		name: 'numberOfImages',
		send: toNumber('n'),
		type: 'number',
		typeOptions: { minValue: min, maxValue: max },
		default: 1,
		description: `How many images the task makes, ${min} to ${max}. Each comes out as its own item (each is charged).`,
	};
}

/**
 * Aspect Ratio (`aspect_ratio`) of an image operation: the eight ratios Kling's image pages list.
 * With `auto`, a first option (the default) names what the node does instead.
 */
export const imageAspectRatioField = (auto?: { name: string; description: string }): OperationField => ({
	...ratioField(IMAGE_ASPECT_RATIOS, undefined, { description: 'Width to height of the images', fromInput: auto }),
	send: to('aspect_ratio'),
});

/** Resolution: not sent unless chosen (Kling's default is 1K); which models take 2K is checked before sending. */
export function resolutionField(operation: string, note = ''): OperationField {
	const models = Object.entries(IMAGE_MODELS).filter(([, model]) => model.operations.includes(operation));
	const takers = (value: string) => models.filter(([, model]) => model.resolutions.includes(value as never)).map(([, model]) => model.label);
	// 1K and 2K for every model but the oldest; a higher one is offered where some model of the operation makes it, naming those.
	const offered = IMAGE_RESOLUTIONS.filter((resolution) => takers(resolution.value).length > 0);
	const higher = offered.filter((resolution) => resolution.value !== '1k' && resolution.value !== '2k');
	return {
		displayName: 'Resolution',
		name: 'resolution',
		send: to('resolution'),
		type: 'options',
		options: [{ name: 'Default (1K)', value: '' }, ...offered.map((resolution) => ({ ...resolution }))],
		default: '',
		description: [
			'1K or 2K. Kling v1 and v1.5 make 1K only.',
			...higher.map((resolution) => `${resolution.name}: ${takers(resolution.value).join(', ')} only.`),
			note,
		]
			.filter(Boolean)
			.join(' '),
	};
}

/** One image input of an image operation (a URL, a binary property of the input item, or Base64), sent as `send` says. */
export const imageInputField = (
	spec: { displayName: string; name: string; send: ToBody; required?: boolean; description: string; placeholder?: string },
): OperationField => {
	const { send, ...shown } = spec;
	return { ...imageInputShown(undefined, { ...shown, placeholder: shown.placeholder ?? 'e.g. https://example.com/photo.jpg or data' }), send };
};

/** A list of images of an image operation, sent as `send` says. */
export const imageListInputField = (spec: {
	displayName: string;
	name: string;
	send: ToBody;
	max: number;
	required: boolean;
	description: string;
}): OperationField => {
	const { send, ...shown } = spec;
	return { ...imageListShown(undefined, shown), send };
};

/** An image operation's "Additional Fields": its own options, then those every task takes (sorted by name, as n8n lists them). */
export function imageAdditionalFields(options: OperationField[], spec: { watermark: boolean }): OperationField {
	const shared: OperationField[] = [additionalBodyFieldsOption, callbackUrlOption, externalTaskIdOption, ...(spec.watermark ? [watermarkOption] : [])];
	const all = [...options, ...shared].sort((a, b) => a.displayName.localeCompare(b.displayName));
	return { ...additionalFieldsShown(undefined, all), send: 'eachOption' };
}
