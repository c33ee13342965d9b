import type { INodeProperties } from 'n8n-workflow';

import type { OperationField, ToBody } from '../field';
import { to } from './toBody';

import { LIMITS } from '../../vocabulary';

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
export function imageField(spec: { displayName: string; name: string; property: string; required?: boolean; description: string }): OperationField {
	return { ...imageInputShown(undefined, { ...spec, placeholder: 'e.g. https://example.com/first-frame.jpg or data' }), send: to(spec.property) };
}

/** A required list of 1 to `max` images of a video operation, sent as `send` says. */
export function imageListField(spec: {
	displayName: string;
	name: string;
	max: number;
	description: string;
	send: ToBody;
	sendsKeys?: string[];
}): OperationField {
	const { send, sendsKeys, ...shown } = spec;
	return { ...imageListShown(undefined, { ...shown, required: true }), send, ...(sendsKeys ? { sendsKeys } : {}) };
}
