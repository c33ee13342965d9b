import type { INodeProperties } from 'n8n-workflow';

/*
 * The fields that name an element or a voice of the account, wherever an
 * operation takes one (Omni-Video, Omni-Image: elements; Image to Video,
 * Lip-Sync, Text to Speech: voices). One builder each, so every such field
 * picks the same way.
 */

/** An element ID (Omni-Video's and Omni-Image's Elements entries). */
export function elementIdField(): INodeProperties {
	return {
		displayName: 'Element ID',
		name: 'elementId',
		type: 'string',
		default: '',
	};
}

/** A voice ID, as a top-level field or an entry of a list (`spec` sets its name, label, and where it shows). */
export function voiceIdField(spec: Partial<INodeProperties> & { name: string }): INodeProperties {
	return {
		displayName: 'Voice ID',
		type: 'string',
		default: '',
		...spec,
	};
}
