import type { INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { shownField } from '../field';
import { operationOptions, SHOWN_OPERATIONS } from '../registry';
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
		// Each operation's fields, shown for it alone: n8n's updateDisplayOptions adds its resource and operation to what each field's own display options say.
		...SHOWN_OPERATIONS.filter((op) => op.resource === resource)
			.flatMap((op) => updateDisplayOptions({ show: { resource: [resource], operation: [op.value] } }, op.fields.map(shownField))),
	];
}
