import type { INodeProperties } from 'n8n-workflow';

import { CREATE_OPERATIONS, operationOptions } from '../operations/registry';

export const videoOperationField: INodeProperties = {
	displayName: 'Operation',
	name: 'operation',
	type: 'options',
	noDataExpression: true,
	displayOptions: { show: { resource: ['video'] } },
	options: operationOptions('video'),
	default: 'textToVideo',
};

/** The Video resource: its operation picker, then each operation's fields. */
export const videoProperties: INodeProperties[] = [
	videoOperationField,
	...CREATE_OPERATIONS.filter((op) => op.resource === 'video').flatMap((op) => op.fields),
];
