import type { INodeProperties } from 'n8n-workflow';

import { imageToVideoSchema } from '../validation/imageToVideo.schema';
import { multiImageToVideoSchema } from '../validation/multiImageToVideo.schema';
import { omniVideoSchema } from '../validation/omniVideo.schema';
import { textToVideoSchema } from '../validation/textToVideo.schema';
import { imageToVideoFields } from './imageToVideo.fields';
import { multiImageToVideoFields } from './multiImageToVideo.fields';
import { omniVideoFields } from './omniVideo.fields';
import { createOperation } from './operations';
import { textToVideoFields } from './textToVideo.fields';

export const videoOperationField: INodeProperties = {
	displayName: 'Operation',
	name: 'operation',
	type: 'options',
	noDataExpression: true,
	displayOptions: { show: { resource: ['video'] } },
	options: [
		createOperation({
			name: 'Image to Video',
			value: 'imageToVideo',
			action: 'Generate a video from an image',
			description: 'Animate an image (first frame), optionally towards a tail image',
			schema: imageToVideoSchema,
		}),
		createOperation({
			name: 'Multi-Image to Video',
			value: 'multiImageToVideo',
			action: 'Generate a video from reference images',
			description: 'Combine up to 4 reference images (subjects, scenes, styles) into a video',
			schema: multiImageToVideoSchema,
		}),
		createOperation({
			name: 'Omni-Video',
			value: 'omniVideo',
			action: 'Generate or edit a video with omni video',
			description: 'Kling O1 / v3 Omni: reference images, first/end frames, videos to edit, elements',
			schema: omniVideoSchema,
		}),
		createOperation({
			name: 'Text to Video',
			value: 'textToVideo',
			action: 'Generate a video from text',
			description: 'Create a video from a text prompt',
			schema: textToVideoSchema,
		}),
	],
	default: 'textToVideo',
};

/** The Video resource: its operation picker, then each operation's fields. */
export const videoProperties: INodeProperties[] = [
	videoOperationField,
	...textToVideoFields,
	...imageToVideoFields,
	...multiImageToVideoFields,
	...omniVideoFields,
];
