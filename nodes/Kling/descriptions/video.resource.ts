import type { INodeProperties } from 'n8n-workflow';

import { textToVideoSchema } from '../validation/textToVideo.schema';
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
export const videoProperties: INodeProperties[] = [videoOperationField, ...textToVideoFields];
