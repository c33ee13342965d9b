import type { IDataObject, INodeProperties } from 'n8n-workflow';

/** How a field's value becomes its part of the request body (`{ prompt: value }`, or nested: `{ input: { text: value } }`). */
export type ToBody = (value: unknown) => IDataObject;

/**
 * What a field sends, said where the field is declared:
 * - a ToBody: its part of the request body;
 * - `'eachOption'`: a collection (Additional Fields) whose options are fields that each say what they send;
 * - `'nothing'`: the operation reads it itself (an output choice, a page size): it adds nothing to the body.
 */
export type Send = ToBody | 'eachOption' | 'nothing';

/**
 * A field of an operation: how it shows (n8n's INodeProperties, without the
 * display options that name its operation: the registry adds those, as
 * n8n's own nodes do with updateDisplayOptions) and what it sends.
 */
export type OperationField = INodeProperties & {
	send: Send;
	/** Every body key it may send, dotted where nested, when its ToBody given nothing does not show them all (a video by URL or by ID). */
	sendsKeys?: string[];
};

/** A collection of optional fields ("Additional Fields"), each of which says what it sends. */
export type CollectionField = OperationField & { send: 'eachOption'; options: OperationField[] };

export const isCollection = (field: OperationField): field is CollectionField => field.send === 'eachOption';

/** The fields that reach the body: an operation's fields that send something, and its collections' options. */
export const sendingFields = (fields: OperationField[]): OperationField[] =>
	fields.flatMap((field) => (isCollection(field) ? field.options : [field])).filter((field) => field.send !== 'nothing');

/** A field as n8n shows it: without what it sends (n8n's description holds no functions). */
export function shownField(field: OperationField): INodeProperties {
	const { send, sendsKeys, ...property } = field;
	void sendsKeys;
	if (send === 'eachOption') return { ...property, options: (field.options as OperationField[]).map(shownField) };
	return property;
}
