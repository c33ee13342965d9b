import type { INodeProperties } from 'n8n-workflow';

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
	options: [
		{ name: 'Audio', value: 'audio', description: 'Generate sound effects, or a soundtrack for a video' },
		{ name: 'Task', value: 'task', description: 'Read back tasks made earlier' },
		{ name: 'Video', value: 'video', description: 'Generate a video' },
	],
	default: 'video',
};
