import type { INodeProperties } from 'n8n-workflow';

import { taskKindOptions } from '../registry';
import { listApiField, NEW_API_LIST, newApiListFields } from './newApiList.fields';

const forTask = (...operations: string[]) => ({ show: { resource: ['task'], operation: operations } });

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
		},
		{
			name: 'Get Many',
			value: 'list',
			action: 'Get many tasks',
			description: "List the tasks of one kind, or every task of Kling's new API, newest first",
		},
	],
	default: 'get',
};

/** Get Many on the legacy API only (the Task Type's endpoint): the new API lists every kind together. */
const onLegacyList = { show: { resource: ['task'], operation: ['list'] }, hide: { listApi: [NEW_API_LIST] } };

export const taskFields: INodeProperties[] = [
	listApiField,
	{
		displayName: 'Task Type',
		name: 'taskKind',
		type: 'options',
		options: taskKindOptions(),
		default: 'text2video',
		description: 'The operation that created the task: Kling keeps each kind under its own endpoint',
		displayOptions: { ...forTask('get', 'list'), hide: { listApi: [NEW_API_LIST] } },
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
		displayOptions: onLegacyList,
	},
	{
		displayName: 'Page Size',
		name: 'pageSize',
		type: 'number',
		typeOptions: { minValue: 1, maxValue: 500 },
		default: 30,
		description: 'Tasks per page, 1 to 500',
		displayOptions: onLegacyList,
	},
	...newApiListFields,
];

/** The Task resource: read back tasks made earlier (e.g. after Max Wait ran out). */
export const taskProperties: INodeProperties[] = [taskOperationField, ...taskFields];
