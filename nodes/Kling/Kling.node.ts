import type { INodeType, INodeTypeDescription } from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';

import { authenticationField, resourceField } from './descriptions/resource.field';
import { OPERATION_SUBTITLE } from './descriptions/subtitle';
import { taskProperties } from './descriptions/task.resource';
import { videoProperties } from './descriptions/video.resource';
import { waitFields } from './descriptions/wait.fields';

export class Kling implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Kling',
		name: 'kling',
		icon: { light: 'file:kling.svg', dark: 'file:kling.dark.svg' },
		group: ['transform'],
		version: 1,
		subtitle: OPERATION_SUBTITLE,
		description: 'Generate videos with Kling AI: text to video, image to video, Omni-Video',
		defaults: { name: 'Kling' },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials: [
			{ name: 'klingApi', required: true, displayOptions: { show: { authentication: ['apiKey'] } } },
			{ name: 'klingAccessKeyApi', required: true, displayOptions: { show: { authentication: ['accessKey'] } } },
		],
		requestDefaults: {
			baseURL: '={{ String($credentials.baseUrl).replace(/\\/+$/, "") }}',
			headers: { Accept: 'application/json', 'Content-Type': 'application/json' },
			json: true,
			// Kling reports errors in the body (even with HTTP 200): the postReceive steps read every status.
			ignoreHttpStatusErrors: true,
		},
		properties: [authenticationField, resourceField, ...videoProperties, ...taskProperties, ...waitFields],
	};
}
