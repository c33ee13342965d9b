import type { INodeProperties } from 'n8n-workflow';

export const resourceField: INodeProperties = {
	displayName: 'Resource',
	name: 'resource',
	type: 'options',
	noDataExpression: true,
	options: [
		{ name: 'Task', value: 'task', description: 'Read back tasks made earlier' },
		{ name: 'Video', value: 'video', description: 'Generate a video' },
	],
	default: 'video',
};
