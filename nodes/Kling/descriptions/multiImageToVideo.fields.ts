import type { INodeProperties } from 'n8n-workflow';

import {
	additionalFields,
	additionalBodyFieldsOption,
	aspectRatioField,
	callbackUrlOption,
	durationField,
	externalTaskIdOption,
	forVideo,
	IMAGE_HINT,
	modeField,
	modelField,
	negativePromptOption,
	promptField,
	watermarkOption,
} from './shared.fields';
import { LIMITS } from '../vocabulary';

export const multiImageToVideoFields: INodeProperties[] = [
	modelField('multiImageToVideo', 'kling-v1-6'),
	{
		displayName: 'Reference Images',
		name: 'referenceImages',
		type: 'fixedCollection',
		typeOptions: { multipleValues: true, maxAllowedFields: LIMITS.referenceImages },
		required: true,
		default: {},
		placeholder: 'Add Image',
		description: `1 to ${LIMITS.referenceImages} images of subjects, scenes or styles the video combines`,
		displayOptions: forVideo('multiImageToVideo'),
		options: [
			{
				displayName: 'Image',
				name: 'image',
				values: [
					{
						displayName: 'Image',
						name: 'image',
						type: 'string',
						default: '',
						hint: IMAGE_HINT,
					},
				],
			},
		],
	},
	promptField('multiImageToVideo', true),
	modeField('multiImageToVideo'),
	aspectRatioField('multiImageToVideo'),
	durationField('multiImageToVideo'),
	additionalFields('multiImageToVideo', [additionalBodyFieldsOption, callbackUrlOption, externalTaskIdOption, negativePromptOption, watermarkOption]),
];
