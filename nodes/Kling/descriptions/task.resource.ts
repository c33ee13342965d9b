import type { IExecuteSingleFunctions, IHttpRequestOptions, INodeProperties } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { handleGetResponse, handleListResponse } from '../routing/handleReadResponses';

const forTask = (...operations: string[]) => ({ show: { resource: ['task'], operation: operations } });

async function requireTaskId(this: IExecuteSingleFunctions, options: IHttpRequestOptions) {
	const id = String(this.getNodeParameter('taskId', '') ?? '').trim();
	if (!id) {
		throw new NodeOperationError(this.getNode(), 'Task ID: is required', {
			itemIndex: this.getItemIndex(),
			description: 'Give the task_id Kling returned, or your External Task ID.',
		});
	}
	return options;
}

export const taskOperationField: INodeProperties = {
	displayName: 'Operation',
	name: 'operation',
	type: 'options',
	noDataExpression: true,
	displayOptions: { show: { resource: ['task'] } },
	options: [
		{
			name: 'Get',
			value: 'get',
			action: 'Get a task',
			description: 'Read a task by its task ID or external task ID; optionally wait for it and download the video',
			routing: {
				request: {
					method: 'GET',
					url: '=/v1/videos/{{ $parameter.taskKind }}/{{ encodeURIComponent(String($parameter.taskId).trim()) }}',
				},
				send: { preSend: [requireTaskId] },
				output: { postReceive: [handleGetResponse] },
			},
		},
		{
			name: 'Get Many',
			value: 'list',
			action: 'Get many tasks',
			description: 'List the tasks of one kind, newest first, one page at a time',
			routing: {
				request: { method: 'GET', url: '=/v1/videos/{{ $parameter.taskKind }}' },
				output: { postReceive: [handleListResponse] },
			},
		},
	],
	default: 'get',
};

export const taskFields: INodeProperties[] = [
	{
		displayName: 'Task Type',
		name: 'taskKind',
		type: 'options',
		options: [
			{ name: 'Image to Video', value: 'image2video' },
			{ name: 'Multi-Image to Video', value: 'multi-image2video' },
			{ name: 'Omni-Video', value: 'omni-video' },
			{ name: 'Text to Video', value: 'text2video' },
		],
		default: 'text2video',
		description: 'The operation that created the task: Kling keeps each kind under its own endpoint',
		displayOptions: forTask('get', 'list'),
	},
	{
		displayName: 'Task ID',
		name: 'taskId',
		type: 'string',
		default: '',
		required: true,
		placeholder: 'e.g. 814237883686625347',
		description: 'The task_id Kling returned, or the External Task ID you (or this node) gave the task',
		displayOptions: forTask('get'),
	},
	{
		displayName: 'Page',
		name: 'pageNum',
		type: 'number',
		typeOptions: { minValue: 1, maxValue: 1000 },
		default: 1,
		description: 'Which page of tasks, from 1 (newest)',
		displayOptions: forTask('list'),
		routing: { send: { type: 'query', property: 'pageNum' } },
	},
	{
		displayName: 'Page Size',
		name: 'pageSize',
		type: 'number',
		typeOptions: { minValue: 1, maxValue: 500 },
		default: 30,
		description: 'Tasks per page, 1 to 500',
		displayOptions: forTask('list'),
		routing: { send: { type: 'query', property: 'pageSize' } },
	},
];

/** The Task resource: read back tasks made earlier (e.g. after Max Wait ran out). */
export const taskProperties: INodeProperties[] = [taskOperationField, ...taskFields];
