import type { OperationField } from '../field';
import { returnAllFields } from './returnAll.fields';

/**
 * Get Many of the Element and Voice resources: which list (the account's,
 * Kling's presets, or both) and how many, as n8n's own nodes ask for it
 * (Return All, else Limit). The operation reads them itself
 * (library/listing.ts): they send nothing.
 */
export function libraryListFields(noun: string): OperationField[] {
	return [
		{
			displayName: 'Source',
			name: 'librarySource',
			send: 'nothing',
			type: 'options',
			options: [
				{ name: 'Custom', value: 'custom', description: `The ${noun} of this account` },
				{ name: 'Preset', value: 'preset', description: `Kling's own library of ${noun}` },
				{ name: 'Both', value: 'both', description: `The account's ${noun} first, then Kling's` },
			],
			default: 'custom',
			description: `Which ${noun} to list`,
		},
		...returnAllFields(),
	];
}
