import type { OperationField } from '../../field';

import {
	additionalBodyFieldsOption,
	additionalFields,
	callbackUrlOption,
	externalTaskIdOption,
	modeField,
	modelField,
	promptField,
	watermarkOption,
} from '../../shared/video.fields';
import { imageField } from '../../shared/mediaInput.fields';
import { LIMITS } from '../../../vocabulary';
import { to } from '../../shared/toBody';

export const motionControlFields: OperationField[] = [
	modelField('motionControl', 'kling-v2-6'),
	imageField({
		displayName: 'Character Image',
		name: 'characterImage',
		property: 'image_url',
		required: true,
		description: 'The character that moves: one clearly visible person or figure, head unobstructed, at least 300 px wide and high, between 1:2.5 and 2.5:1',
	}),
	{
		displayName: 'Reference Video',
		name: 'referenceVideo',
		send: to('video_url'),
		type: 'string',
		default: '',
		required: true,
		placeholder: 'e.g. https://example.com/dance.mp4',
		description:
			'The URL of the video whose motion, expressions and camera the character takes over (.mp4 or .mov, at least 3 seconds, at most 100 MB, sides of 340–3850 px). Its length is the output\'s.',
	},
	{
		displayName: 'Character Orientation',
		name: 'characterOrientation',
		send: to('character_orientation'),
		type: 'options',
		options: [
			{ name: 'As in the Image', value: 'image', description: 'The character faces as in the image; the reference video may be at most 10 seconds' },
			{ name: 'As in the Video', value: 'video', description: 'The character faces as in the reference video; the reference video may be at most 30 seconds' },
		],
		default: 'video',
		description: 'Which way the character faces',
	},
	modeField('motionControl'),
	{
		displayName: 'Keep Original Sound',
		name: 'keepOriginalSound',
		send: (keep) => ({ keep_original_sound: keep ? 'yes' : 'no' }),
		type: 'boolean',
		default: true,
		description: "Whether the output keeps the reference video's sound",
	},
	{ ...promptField(false), description: `The scene around the character: background, lighting, camera, elements to add. At most ${LIMITS.prompt} characters.`, placeholder: 'e.g. On a neon-lit rooftop at night, light rain' },
	additionalFields([additionalBodyFieldsOption, callbackUrlOption, externalTaskIdOption, watermarkOption]),
];
