import type { INodeProperties } from 'n8n-workflow';

import {
	additionalFields,
	additionalBodyFieldsOption,
	callbackUrlOption,
	durationField,
	externalTaskIdOption,
	forVideo,
	IMAGE_HINT,
	modeField,
	modelField,
	multiShotOptions,
	promptField,
	soundOption,
	watermarkOption,
} from './shared.fields';

export const omniVideoFields: INodeProperties[] = [
	modelField('omniVideo', 'kling-video-o1'),
	promptField('omniVideo', false),
	modeField('omniVideo'),
	{
		displayName: 'Aspect Ratio',
		name: 'aspectRatio',
		type: 'options',
		options: [
			{ name: '16:9 (Landscape)', value: '16:9' },
			{ name: '1:1 (Square)', value: '1:1' },
			{ name: '9:16 (Portrait)', value: '9:16' },
			{ name: 'From the First Frame or Base Video', value: '' },
		],
		default: '16:9',
		description: 'Needed unless a first frame or a base video sets it',
		displayOptions: forVideo('omniVideo'),
	},
	durationField('omniVideo', [3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15]),
	additionalFields('omniVideo', [
		additionalBodyFieldsOption,
		callbackUrlOption,
		{
			displayName: 'Elements',
			name: 'elements',
			type: 'fixedCollection',
			typeOptions: { multipleValues: true },
			default: {},
			placeholder: 'Add Element',
			description: 'Subjects saved in Kling (element IDs)',
			options: [
				{
					displayName: 'Element',
					name: 'element',
					values: [
						{
							displayName: 'Element ID',
							name: 'elementId',
							type: 'string',
							default: '',
						},
					],
				},
			],
		},
		externalTaskIdOption,
		{
			displayName: 'Images',
			name: 'images',
			type: 'fixedCollection',
			typeOptions: { multipleValues: true },
			default: {},
			placeholder: 'Add Image',
			description: 'Reference images (subject, scene, style), or the first and last frame. An end frame needs a first frame.',
			options: [
				{
					displayName: 'Image',
					name: 'image',
					values: [
						{
							displayName: 'Image',
							name: 'imageUrl',
							type: 'string',
							default: '',
							hint: IMAGE_HINT,
						},
						{
							displayName: 'Use As',
							name: 'type',
							type: 'options',
							options: [
								{ name: 'End Frame', value: 'end_frame' },
								{ name: 'First Frame', value: 'first_frame' },
								{ name: 'Reference', value: 'reference' },
							],
							default: 'reference',
						},
					],
				},
			],
		},
		...multiShotOptions(),
		soundOption,
		{
			displayName: 'Videos',
			name: 'videos',
			type: 'fixedCollection',
			typeOptions: { multipleValues: true },
			default: {},
			placeholder: 'Add Video',
			description: 'A video to edit (base) or to take features from (feature). A base video excludes first and end frames.',
			options: [
				{
					displayName: 'Video',
					name: 'video',
					values: [
						{
							displayName: 'Video URL',
							name: 'videoUrl',
							type: 'string',
							default: '',
						},
						{
							displayName: 'Use As',
							name: 'referType',
							type: 'options',
							options: [
								{ name: 'Base (Video to Edit)', value: 'base' },
								{ name: 'Feature Reference', value: 'feature' },
							],
							default: 'base',
						},
						{
							displayName: 'Keep Original Sound',
							name: 'keepOriginalSound',
							type: 'boolean',
							default: true,
						},
					],
				},
			],
		},
		watermarkOption,
	]),
];
