import type { INodeProperties } from 'n8n-workflow';

import { Kling } from '../nodes/Kling/Kling.node';
import { BODY_OF_FIELD, COLLECTIONS } from '../nodes/Kling/operations/bodyOfFields';
import { CREATE_OPERATIONS, subtitleExpression, taskKindOptions } from '../nodes/Kling/operations/registry';

/** The parameter names whose values reach the request body: top-level fields and collection options. */
const bodyFieldNames = (fields: INodeProperties[]) =>
	fields.flatMap((field) => (COLLECTIONS.has(field.name) ? (field.options as INodeProperties[]).map((option) => option.name) : [field.name]));

describe('the operation registry', () => {
	const description = new Kling().description;
	const operationField = (resource: string) =>
		description.properties.find((p) => p.name === 'operation' && p.displayOptions?.show?.resource?.includes(resource))!;

	test.each(CREATE_OPERATIONS.map((op) => [op.value, op] as const))('%s: every field it shows has a request body key', (_, op) => {
		const unmapped = bodyFieldNames(op.fields).filter((name) => !BODY_OF_FIELD[name]);
		expect(unmapped).toEqual([]);
		expect(op.fields.length).toBeGreaterThan(2);
	});

	test.each(CREATE_OPERATIONS.map((op) => [op.value, op] as const))('%s: its fields show for it only', (_, op) => {
		// (Some only for one choice of another of its fields, e.g. Lip-Sync's Text for Speech From → Text.)
		for (const field of op.fields) expect(field.displayOptions?.show).toMatchObject({ resource: [op.resource], operation: [op.value] });
	});

	test('each operation appears in its picker, in the subtitle and as a Task → Get task type, with one endpoint each', () => {
		const values = (operationField('video').options as Array<{ value: string }>).map((o) => o.value);
		expect(values.sort()).toEqual(CREATE_OPERATIONS.map((op) => op.value).sort());
		for (const op of CREATE_OPERATIONS) expect(subtitleExpression()).toContain(`"${op.value}":"${op.name}"`);
		expect(taskKindOptions().map((o) => o.value).sort()).toEqual(CREATE_OPERATIONS.map((op) => op.taskKind).sort());
		expect(new Set(CREATE_OPERATIONS.map((op) => op.endpoint)).size).toBe(CREATE_OPERATIONS.length);
		for (const op of CREATE_OPERATIONS) expect(op.endpoint).toBe(`/v1/videos/${op.taskKind}`);
	});

	test('no body key is mapped that no operation shows (the table has no dead rows)', () => {
		const shown = new Set(CREATE_OPERATIONS.flatMap((op) => bodyFieldNames(op.fields)));
		expect(Object.keys(BODY_OF_FIELD).filter((name) => !shown.has(name))).toEqual([]);
	});
});
