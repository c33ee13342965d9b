import { timeValue } from '../../../validation/timeRange';
import type { OperationField } from '../../field';

/**
 * Account → Get Costs: the period to list resource packs for, an optional
 * pack name (GET /account/costs's start_time, end_time and
 * resource_pack_name), and the output's shape.
 */
export const accountCostsFields: OperationField[] = [
	{
		displayName: 'Start',
		name: 'costsStart',
		// In Unix ms; the operation fills an empty one in (getCosts.operation.ts).
		send: (value) => ({ start_time: timeValue(value) }),
		sendsKeys: ['start_time'],
		type: 'dateTime',
		default: '',
		description: 'Beginning of the period to list the packs of: a date, an ISO date-time or a Unix time (ms or seconds)',
		hint: 'Empty: 30 days before End',
	},
	{
		displayName: 'End',
		name: 'costsEnd',
		send: (value) => ({ end_time: timeValue(value) }),
		sendsKeys: ['end_time'],
		type: 'dateTime',
		default: '',
		description: 'End of the period: a date, an ISO date-time or a Unix time (ms or seconds)',
		hint: 'Empty: now',
	},
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
