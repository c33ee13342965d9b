import type { OperationField } from '../../field';
import { periodFields } from '../../shared/period.fields';

/**
 * Account → Get Costs: the period to list resource packs for, an optional
 * pack name (GET /account/costs's start_time, end_time and
 * resource_pack_name), and the output's shape.
 */
export const accountCostsFields: OperationField[] = [
	// In Unix ms; the operation fills empty ones in (getCosts.operation.ts).
	...periodFields({ start: 'costsStart', end: 'costsEnd' }, ' to list the packs of'),
	{
		displayName: 'Resource Pack Name',
		name: 'resourcePackName',
		send: (value) => ({ resource_pack_name: String(value).trim() }),
		type: 'string',
		default: '',
		placeholder: 'e.g. Video Generation 1000',
		description: 'Only the pack of this name, as Kling lists it. Empty: every pack.',
	},
	{
		displayName: 'Output',
		name: 'costsOutput',
		send: 'nothing',
		type: 'options',
		options: [
			{
				name: 'Summary (One Item)',
				value: 'summary',
				description:
					'The units left in the packs in use (remainingQuantity), the next pack to expire, and every pack under packs: ready for an If node',
			},
			{ name: 'One Item per Resource Pack', value: 'packs', description: 'Each pack as its own item (none when there is none)' },
		],
		default: 'summary',
	},
];
