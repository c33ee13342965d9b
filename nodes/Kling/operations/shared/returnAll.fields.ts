import type { OperationField } from '../field';

/** Return All, else Limit (50 by default), as n8n's own nodes ask how many results a list gives; the operation reads them itself. */
export const returnAllFields = (): OperationField[] => [
	{
		displayName: 'Return All',
		name: 'returnAll',
		send: 'nothing',
		type: 'boolean',
		default: false,
		description: 'Whether to return all results or only up to a given limit',
	},
	{
		displayName: 'Limit',
		name: 'limit',
		send: 'nothing',
		type: 'number',
		typeOptions: { minValue: 1 },
		default: 50,
		description: 'Max number of results to return',
		displayOptions: { show: { returnAll: [false] } },
	},
];
