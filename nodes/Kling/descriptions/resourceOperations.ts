import type { INodeProperties } from 'n8n-workflow';

import { CREATE_OPERATIONS, operationOptions } from '../operations/registry';
import type { CreateOperation } from '../operations/types';

/** A resource of create operations: its operation picker, then each operation's fields, all from the registry. */
export function resourceProperties(resource: CreateOperation['resource'], defaultOperation: string): INodeProperties[] {
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
		...CREATE_OPERATIONS.filter((op) => op.resource === resource).flatMap((op) => op.fields),
	];
}
