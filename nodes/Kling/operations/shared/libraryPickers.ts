import type { INodeProperties, INodePropertyMode } from 'n8n-workflow';

/*
 * The fields that name an element or a voice of the account, wherever an
 * operation takes one (Omni-Video, Omni-Image: elements; Image to Video,
 * Lip-Sync, Text to Speech: voices). One builder each, so every such field
 * picks the same way: a resource locator whose "From List" mode lists the
 * account's custom entries, then Kling's presets (methods/listSearch.ts), and
 * whose "By ID" mode takes an ID or an expression. The value reaches the body
 * through operations/locatorValue.ts, which also takes the plain text that
 * workflows saved before these fields were locators hold.
 */

/** The names of the node's list methods (methods.listSearch in Kling.node.ts). */
export const SEARCH_ELEMENTS = 'searchElements';
export const SEARCH_VOICES = 'searchVoices';

/**
 * "From List": the account's entries, searchable by name or ID; "By ID": one
 * ID, without spaces (an expression is not checked by the editor).
 */
const libraryModes = (searchListMethod: string, placeholder: string, what: string): { modes: INodePropertyMode[] } => ({
	modes: [
		{
			displayName: 'From List',
			name: 'list',
			type: 'list',
			typeOptions: { searchListMethod, searchable: true },
		},
		{
			displayName: 'By ID',
			name: 'id',
			type: 'string',
			placeholder,
			// n8n anchors the pattern itself (^...$) and skips expressions.
			validation: [{ type: 'regex', properties: { regex: '\\s*\\S*\\s*', errorMessage: `Enter one ${what} ID, without spaces` } }],
		},
	],
});

/** An element ID (Omni-Video's and Omni-Image's Elements entries). */
export function elementIdField(): INodeProperties {
	return {
		displayName: 'Element ID',
		name: 'elementId',
		type: 'resourceLocator',
		default: { mode: 'list', value: '' },
		description: "One of the account's elements (a subject saved in Kling) or one of Kling's preset elements",
		...libraryModes(SEARCH_ELEMENTS, 'e.g. 835266081714884677', 'element'),
	};
}

/**
 * A voice ID, as a top-level field or an entry of a list (`spec` sets its
 * name, label, and where it shows; its `placeholder` goes to the By ID mode).
 */
export function voiceIdField(spec: Partial<INodeProperties> & { name: string }): INodeProperties {
	const { placeholder, ...rest } = spec;
	return {
		displayName: 'Voice ID',
		type: 'resourceLocator',
		default: { mode: 'list', value: '' },
		description: "One of the account's custom voices or one of Kling's preset voices",
		...rest,
		...libraryModes(SEARCH_VOICES, placeholder ?? 'e.g. oversea_male1', 'voice'),
	};
}

/**
 * A list of elements (Omni-Video's and Omni-Image's Elements), each picked by
 * elementIdField; BODY_OF_FIELD `elements` sends them as element_list.
 */
export function elementsField(spec: Partial<INodeProperties> & { description: string }): INodeProperties {
	return {
		displayName: 'Elements',
		name: 'elements',
		type: 'fixedCollection',
		typeOptions: { multipleValues: true },
		default: {},
		placeholder: 'Add Element',
		options: [{ displayName: 'Element', name: 'element', values: [elementIdField()] }],
		...spec,
	};
}
