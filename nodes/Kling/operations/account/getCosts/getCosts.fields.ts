import type { INodeProperties } from 'n8n-workflow';

const forGetCosts = { show: { resource: ['account'], operation: ['getCosts'] } };

/** Account → Get Costs: the period to list resource packs for, an optional pack name, and the output's shape. */
export const accountCostsFields: INodeProperties[] = [
	{
		displayName: 'Start',
		name: 'costsStart',
		type: 'dateTime',
		default: '',
		description: 'Beginning of the period to list the packs of: a date, an ISO date-time or a Unix time (ms or seconds)',
		hint: 'Empty: 30 days before End',
		displayOptions: forGetCosts,
	},
	{
		displayName: 'End',
		name: 'costsEnd',
		type: 'dateTime',
		default: '',
		description: 'End of the period: a date, an ISO date-time or a Unix time (ms or seconds)',
		hint: 'Empty: now',
		displayOptions: forGetCosts,
	},
	{
		displayName: 'Resource Pack Name',
		name: 'resourcePackName',
		type: 'string',
		default: '',
		placeholder: 'e.g. Video Generation 1000',
		description: 'Only the pack of this name, as Kling lists it. Empty: every pack.',
		displayOptions: forGetCosts,
	},
	{
		displayName: 'Output',
		name: 'costsOutput',
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
		displayOptions: forGetCosts,
	},
];
