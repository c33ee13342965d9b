import type { INodeProperties } from 'n8n-workflow';

import {
	additionalFields,
	additionalBodyFieldsOption,
	callbackUrlOption,
	externalTaskIdOption,
	forVideo,
	imageField,
	modeField,
	modelField,
	promptField,
	watermarkOption,
} from '../../shared/video.fields';
import { LIMITS } from '../../../vocabulary';

export const motionControlFields: INodeProperties[] = [
	modelField('motionControl', 'kling-v2-6'),
	imageField('motionControl', {
		displayName: 'Character Image',
		name: 'characterImage',
		property: 'image_url',
		required: true,
		description: 'The character that moves: one clearly visible person or figure, head unobstructed, at least 300 px wide and high, between 1:2.5 and 2.5:1',
	}),
	{
		displayName: 'Reference Video',
		name: 'referenceVideo',
		type: 'string',
		default: '',
		required: true,
		placeholder: 'e.g. https://example.com/dance.mp4',
		description:
			'The URL of the video whose motion, expressions and camera the character takes over (.mp4 or .mov, at least 3 seconds, at most 100 MB, sides of 340–3850 px). Its length is the output\'s.',
		displayOptions: forVideo('motionControl'),
	},
	{
		displayName: 'Character Orientation',
		name: 'characterOrientation',
		type: 'options',
		options: [
			{ name: 'As in the Image', value: 'image', description: 'The character faces as in the image; the reference video may be at most 10 seconds' },
			{ name: 'As in the Video', value: 'video', description: 'The character faces as in the reference video; the reference video may be at most 30 seconds' },
		],
		default: 'video',
		description: 'Which way the character faces',
		displayOptions: forVideo('motionControl'),
	},
	modeField('motionControl'),
	{
		displayName: 'Keep Original Sound',
		name: 'keepOriginalSound',
		type: 'boolean',
		default: true,
		description: "Whether the output keeps the reference video's sound",
		displayOptions: forVideo('motionControl'),
	},
	{ ...promptField('motionControl', false), description: `The scene around the character: background, lighting, camera, elements to add. At most ${LIMITS.prompt} characters.`, placeholder: 'e.g. On a neon-lit rooftop at night, light rain' },
	additionalFields('motionControl', [additionalBodyFieldsOption, callbackUrlOption, externalTaskIdOption, watermarkOption]),
];
