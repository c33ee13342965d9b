import type { INodeProperties } from 'n8n-workflow';

import {
	ELEMENT_DESCRIPTION_MAX,
	ELEMENT_NAME_MAX,
	ELEMENT_REFERENCE_IMAGES_MAX,
	ELEMENT_TAGS,
} from './element.schema';
import { elementIdField, voiceIdField } from '../shared/libraryPickers';
import { libraryListFields } from '../shared/libraryList.fields';
import { additionalBodyFieldsOption, additionalFieldsShown, callbackUrlOption, externalTaskIdOption, IMAGE_HINT } from '../shared/video.fields';

type ElementOperation = 'create' | 'createAdvanced' | 'get' | 'getMany' | 'delete';

/** Shows a field for one operation of the Element resource. */
const forElement = (operation: ElementOperation, more: Record<string, Array<string | boolean>> = {}) => ({
	show: { resource: ['element'], operation: [operation], ...more },
});

const ELEMENT_IMAGE_HINT = `${IMAGE_HINT} At least 300 px on each side, aspect ratio 1:2.5 to 2.5:1.`;

function nameField(operation: ElementOperation): INodeProperties {
	return {
		displayName: 'Name',
		name: 'elementName',
		type: 'string',
		default: '',
		required: true,
		placeholder: 'e.g. Captain Nova',
		description: `The element's name, at most ${ELEMENT_NAME_MAX} characters`,
		displayOptions: forElement(operation),
	};
}

function descriptionField(operation: ElementOperation): INodeProperties {
	return {
		displayName: 'Description',
		name: 'elementDescription',
		type: 'string',
		typeOptions: { rows: 2 },
		default: '',
		required: true,
		placeholder: 'e.g. A woman in a silver space suit with short red hair',
		description: `What the element is, at most ${ELEMENT_DESCRIPTION_MAX} characters`,
		displayOptions: forElement(operation),
	};
}

function frontalImageField(operation: ElementOperation, name: string, more: Record<string, string[]> = {}): INodeProperties {
	return {
		displayName: 'Frontal Image',
		name,
		type: 'string',
		default: '',
		required: true,
		placeholder: 'e.g. https://example.com/front.png or data',
		description: 'The element seen from the front',
		hint: ELEMENT_IMAGE_HINT,
		displayOptions: forElement(operation, more),
	};
}

function referenceImagesField(operation: ElementOperation, name: string, more: Record<string, string[]> = {}): INodeProperties {
	return {
		displayName: 'Reference Images',
		name,
		type: 'fixedCollection',
		typeOptions: { multipleValues: true, maxAllowedFields: ELEMENT_REFERENCE_IMAGES_MAX },
		default: {},
		required: true,
		placeholder: 'Add Image',
		description: `1 to ${ELEMENT_REFERENCE_IMAGES_MAX} more images of the element, from other angles or close up (different from the frontal one)`,
		displayOptions: forElement(operation, more),
		options: [
			{
				displayName: 'Image',
				name: 'image',
				values: [{ displayName: 'Image', name: 'imageUrl', type: 'string', default: '', hint: ELEMENT_IMAGE_HINT }],
			},
		],
	};
}

function tagsField(operation: ElementOperation): INodeProperties {
	return {
		displayName: 'Tags',
		name: 'elementTags',
		type: 'multiOptions',
		options: ELEMENT_TAGS.map((tag) => ({ ...tag })).sort((a, b) => a.name.localeCompare(b.name)),
		default: [],
		description: 'What kind of subject the element is',
		displayOptions: forElement(operation),
	};
}

/** Element → Create (POST /v1/general/custom-elements, answered at once). */
export const createElementFields: INodeProperties[] = [
	nameField('create'),
	descriptionField('create'),
	frontalImageField('create', 'frontalImage'),
	referenceImagesField('create', 'elementReferenceImages'),
	tagsField('create'),
	additionalFieldsShown(forElement('create'), [additionalBodyFieldsOption]),
];

/** Element → Create Advanced (the Kling 3.0 element, a task: POST /v1/general/advanced-custom-elements). */
export const createAdvancedElementFields: INodeProperties[] = [
	nameField('createAdvanced'),
	descriptionField('createAdvanced'),
	{
		displayName: 'Made From',
		name: 'elementReferenceType',
		type: 'options',
		options: [
			{ name: 'Images', value: 'image_refer', description: 'A frontal image and 1 to 3 more (any subject)' },
			{
				name: 'Video',
				value: 'video_refer',
				description: 'A video of a realistic human character; a voice heard in it is cloned and bound to the element',
			},
		],
		default: 'image_refer',
		description: 'What Kling takes the look of the element from',
		displayOptions: forElement('createAdvanced'),
	},
	frontalImageField('createAdvanced', 'advancedFrontalImage', { elementReferenceType: ['image_refer'] }),
	referenceImagesField('createAdvanced', 'advancedReferenceImages', { elementReferenceType: ['image_refer'] }),
	{
		displayName: 'Reference Video',
		name: 'elementReferenceVideo',
		type: 'string',
		default: '',
		required: true,
		placeholder: 'e.g. https://example.com/character.mp4',
		description: 'The URL of one video of the character (a realistic human figure)',
		hint: 'Kling checks the video itself (length, size, format)',
		displayOptions: forElement('createAdvanced', { elementReferenceType: ['video_refer'] }),
	},
	voiceIdField({
		name: 'elementVoiceId',
		description: "A voice to bind to the element (a preset or custom voice's ID). Empty: the video's own voice, if any.",
		displayOptions: forElement('createAdvanced', { elementReferenceType: ['video_refer'] }),
	}),
	tagsField('createAdvanced'),
	additionalFieldsShown(forElement('createAdvanced'), [additionalBodyFieldsOption, callbackUrlOption, externalTaskIdOption]),
];

function elementIdOf(operation: ElementOperation, description: string): INodeProperties {
	return { ...elementIdField(), required: true, description, displayOptions: forElement(operation) };
}

export const getElementFields: INodeProperties[] = [
	elementIdOf('get', "The element's ID: one of this account's elements or of Kling's presets"),
];

export const deleteElementFields: INodeProperties[] = [elementIdOf('delete', 'The ID of one of this account\'s elements (presets cannot be deleted)')];

export const getManyElementsFields: INodeProperties[] = libraryListFields('element', 'elements');
