import type { INodeProperties } from 'n8n-workflow';

import { modelOptions } from '../../../models';
import {
	imageListField,
	additionalFields,
	additionalBodyFieldsOption,
	callbackUrlOption,
	externalTaskIdOption,
	forVideo,
} from '../../shared/video.fields';
import { MODES } from '../../../vocabulary';

export const videoEffectsFields: INodeProperties[] = [
	{
		displayName: 'Effect Scene',
		name: 'effectScene',
		type: 'string',
		default: '',
		required: true,
		placeholder: 'e.g. bloombloom',
		description:
			"The effect's scene name from Kling's Video Effects Center, e.g. bloombloom, squish, expansion, pet_lion, instant_film (one image), or hug, kiss, heart_gesture, fight (two people, two images)",
		displayOptions: forVideo('videoEffects'),
	},
	imageListField('videoEffects', {
		displayName: 'Images',
		name: 'effectImages',
		max: 2,
		description: 'One image, or two for a two-person scene (hug, kiss, heart_gesture, fight): the first on the left, the second on the right',
	}),
	{
		displayName: 'Duration',
		name: 'effectDuration',
		type: 'options',
		options: [
			{ name: '5 Seconds', value: '5' },
			{ name: '10 Seconds (Two-Person Scenes)', value: '10' },
		],
		default: '5',
		description: 'Length of the video. One-image scenes are 5 seconds.',
		displayOptions: forVideo('videoEffects'),
	},
	additionalFields('videoEffects', [
		additionalBodyFieldsOption,
		callbackUrlOption,
		externalTaskIdOption,
		{
			displayName: 'Mode',
			name: 'effectMode',
			type: 'options',
			options: MODES.map((mode) => ({ ...mode })),
			default: 'std',
			description: 'Two-person scenes: how the video is rendered',
		},
		{
			displayName: 'Model',
			name: 'effectModel',
			type: 'options',
			options: modelOptions('videoEffects'),
			default: 'kling-v1',
			description: 'Two-person scenes: which model renders them (fight: kling-v1-6 only). Left out, Kling uses kling-v1.',
		},
	]),
];
