import type { INodeProperties } from 'n8n-workflow';

/**
 * Get Many of the Element and Voice resources: which list (the account's,
 * Kling's presets, or both) and how many, as n8n's own nodes ask for it
 * (Return All, else Limit).
 */
export function libraryListFields(resource: 'element' | 'voice', noun: string): INodeProperties[] {
	const show = { resource: [resource], operation: ['getMany'] };
	return [
		{
			displayName: 'Source',
			name: 'librarySource',
			type: 'options',
			options: [
				{ name: 'Custom', value: 'custom', description: `The ${noun} of this account` },
				{ name: 'Preset', value: 'preset', description: `Kling's own library of ${noun}` },
				{ name: 'Both', value: 'both', description: `The account's ${noun} first, then Kling's` },
			],
			default: 'custom',
			description: `Which ${noun} to list`,
			displayOptions: { show },
		},
		{
			displayName: 'Return All',
			name: 'returnAll',
			type: 'boolean',
			default: false,
			description: 'Whether to return all results or only up to a given limit',
			displayOptions: { show },
		},
		{
			displayName: 'Limit',
			name: 'limit',
			type: 'number',
			typeOptions: { minValue: 1 },
			default: 50,
			description: 'Max number of results to return',
			displayOptions: { show: { ...show, returnAll: [false] } },
		},
	];
}
