import type { INodeProperties, INodePropertyMode } from 'n8n-workflow';
import type { z } from 'zod';

import type { OperationField, Send, ToBody } from '../field';
import { locatorValue } from './locatorValue';
import { at, entries } from './toBody';

/*
 * The fields that name an element or a voice of the account, wherever an
 * operation takes one (Omni-Video, Omni-Image: elements; Image to Video,
 * Lip-Sync, Text to Speech: voices). One builder each, so every such field
 * picks the same way: a resource locator whose "From List" mode lists the
 * account's custom entries, then Kling's presets (methods/listSearch.ts), and
 * whose "By ID" mode takes an ID or an expression. The value reaches the body
 * through shared/locatorValue.ts, which also takes the plain text that
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
 * name, label and any display options of its own; its
 * `placeholder` goes to the By ID mode). Its display options, the
 * registry's included, come before its modes, where n8n has always listed them.
 */
export function voiceIdProperty(spec: Partial<INodeProperties> & { name: string }): INodeProperties {
	const { placeholder, ...rest } = spec;
	return {
		displayName: 'Voice ID',
		type: 'resourceLocator',
		default: { mode: 'list', value: '' },
		description: "One of the account's custom voices or one of Kling's preset voices",
		...rest,
		displayOptions: rest.displayOptions,
		...libraryModes(SEARCH_VOICES, placeholder ?? 'e.g. oversea_male1', 'voice'),
	};
}

/** A Voice ID field of an operation: the picker above, and what it sends. */
export function voiceIdField(spec: Partial<INodeProperties> & { name: string; send: Send }): OperationField {
	const { send, ...shown } = spec;
	return { ...voiceIdProperty(shown), send };
}

/** The ID a picker gives (By ID, From List, or plain text), sent at `key` as text without spaces (`''` when it holds none). */
export const toPickedId =
	(key: string): ToBody =>
	(value) =>
		at(key, String(locatorValue(value) ?? '').trim());

/**
 * A picked ID an operation needs (Get, Delete of an element or a voice):
 * missing (an empty one is dropped from the body), it is required, with
 * `hint` saying what to give.
 */
export const requiredPickedId =
	(key: string, hint: string) =>
	(body: Record<string, unknown>, ctx: z.RefinementCtx): void => {
		if (body[key] === undefined) ctx.addIssue({ code: 'custom', path: [key], message: 'is required', params: { hint } });
	};

/**
 * A list of elements (Omni-Video's and Omni-Image's Elements), each picked by
 * elementIdField, sent as element_list.
 */
export function elementsField(spec: Partial<INodeProperties> & { description: string }): OperationField {
	return {
		displayName: 'Elements',
		name: 'elements',
		send: (value) => ({ element_list: entries(value, 'element').map((element) => ({ element_id: locatorValue(element.elementId) as string })) }),
		type: 'fixedCollection',
		typeOptions: { multipleValues: true },
		default: {},
		placeholder: 'Add Element',
		options: [{ displayName: 'Element', name: 'element', values: [elementIdField()] }],
		...spec,
	};
}
