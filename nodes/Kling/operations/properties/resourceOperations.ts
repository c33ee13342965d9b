import type { INodeProperties } from 'n8n-workflow';

import { ACTION_OPERATIONS, CREATE_OPERATIONS, operationOptions } from '../registry';
import type { CreateResource } from '../types';

/** A resource of create operations: its operation picker, then each operation's fields, all from the registry. */
export function resourceProperties(resource: CreateResource, defaultOperation: string): INodeProperties[] {
	if (!operationOptions(resource).length) return [];
	return [
		{
			displayName: 'Operation',
			name: 'operation',
			type: 'options',
			noDataExpression: true,
			displayOptions: { show: { resource: [resource] } },
			options: operationOptions(resource),
			default: defaultOperation,
		},
		...[...CREATE_OPERATIONS, ...ACTION_OPERATIONS].filter((op) => op.resource === resource).flatMap((op) => op.fields),
	];
}
