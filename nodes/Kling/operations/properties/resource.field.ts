import type { INodeProperties } from 'n8n-workflow';

import { operationOptions } from '../registry';
import type { CreateResource } from '../types';

/** Which credential signs the requests; RoutingNode picks the credential by this parameter. */
export const authenticationField: INodeProperties = {
	displayName: 'Authentication',
	name: 'authentication',
	type: 'options',
	options: [
		{ name: 'API Key (Bearer)', value: 'apiKey', description: 'Kling\'s API key (official hosts, every model) or an aggregator\'s key' },
		{ name: 'Access Key + Secret Key (Official Kling API)', value: 'accessKey', description: 'Kling\'s key pair, sent as signed tokens (models up to 3.0)' },
	],
	default: 'apiKey',
};

export const resourceField: INodeProperties = {
	displayName: 'Resource',
	name: 'resource',
	type: 'options',
	noDataExpression: true,
	// A resource shows once it has an operation (registry.ts).
	options: [
		{ name: 'Account', value: 'account', description: 'Resource packs and the units left in them' },
		{ name: 'Audio', value: 'audio', description: 'Generate sound effects, speech, or a soundtrack for a video' },
		{ name: 'Element', value: 'element', description: 'Register subjects (people, products, props) to reuse in Omni-Video and Omni-Image' },
		{ name: 'Image', value: 'image', description: 'Generate, combine, expand or dress images' },
		{ name: 'Task', value: 'task', description: 'Read back tasks made earlier' },
		{ name: 'Video', value: 'video', description: 'Generate a video' },
		{ name: 'Voice', value: 'voice', description: 'Clone voices and list the preset ones, for lip-sync, speech and videos with sound' },
	].filter((option) => option.value === 'task' || operationOptions(option.value as CreateResource).length > 0),
	default: 'video',
};
