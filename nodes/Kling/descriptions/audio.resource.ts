import type { INodeProperties } from 'n8n-workflow';

import { CREATE_OPERATIONS, operationOptions } from '../operations/registry';

export const audioOperationField: INodeProperties = {
	displayName: 'Operation',
	name: 'operation',
	type: 'options',
	noDataExpression: true,
	displayOptions: { show: { resource: ['audio'] } },
	options: operationOptions('audio'),
	default: 'textToAudio',
};

/** The Audio resource: its operation picker, then each operation's fields. */
export const audioProperties: INodeProperties[] = [
	audioOperationField,
	...CREATE_OPERATIONS.filter((op) => op.resource === 'audio').flatMap((op) => op.fields),
];
