import type { INodeProperties } from 'n8n-workflow';

import { ENDPOINTS } from '../endpoints';
import { handleSubmitResponse } from '../routing/handleTaskResponse';
import { prepareSubmit } from '../routing/prepareSubmit';
import { textToVideoSchema } from '../validation/textToVideo.schema';

export const resourceField: INodeProperties = {
	displayName: 'Resource',
	name: 'resource',
	type: 'options',
	noDataExpression: true,
	options: [{ name: 'Video', value: 'video' }],
	default: 'video',
};

export const videoOperationField: INodeProperties = {
	displayName: 'Operation',
	name: 'operation',
	type: 'options',
	noDataExpression: true,
	displayOptions: { show: { resource: ['video'] } },
	options: [
		{
			name: 'Text to Video',
			value: 'textToVideo',
			action: 'Generate a video from text',
			description: 'Create a video from a text prompt',
			routing: {
				request: { method: 'POST', url: ENDPOINTS.textToVideo },
				send: { preSend: [prepareSubmit(textToVideoSchema)] },
				output: { postReceive: [handleSubmitResponse] },
			},
		},
	],
	default: 'textToVideo',
};
