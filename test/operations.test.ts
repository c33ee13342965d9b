import type { INodeProperties } from 'n8n-workflow';

import { Kling } from '../nodes/Kling/Kling.node';
import { MODELS, modelsFor } from '../nodes/Kling/models';
import { BODY_OF_FIELD, COLLECTIONS } from '../nodes/Kling/operations/bodyOfFields';
import { CREATE_OPERATIONS, subtitleExpression, taskKindOptions } from '../nodes/Kling/operations/registry';
import { labelsOfFields } from '../nodes/Kling/validation/fieldLabels';

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
		for (const field of op.fields) expect(field.displayOptions?.show).toEqual({ resource: [op.resource], operation: [op.value] });
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

	test.each(CREATE_OPERATIONS.map((op) => [op.value, op] as const))('%s: its Duration options come from the model table', (_, op) => {
		const field = op.fields.find((f) => f.name === 'duration')!;
		const offered = (field.options as Array<{ value: string }>).map((o) => Number(o.value));
		const ofModels = [...new Set(modelsFor(op.value).flatMap((model) => MODELS[model].durations))].sort((a, b) => a - b);
		expect(offered).toEqual(ofModels);
		expect(offered).toContain(Number(field.default));
	});

	test('Duration options: 3–15 s where Kling 3.0 models serve the operation, 5 and 10 s otherwise', () => {
		const seconds = (value: string) =>
			(CREATE_OPERATIONS.find((op) => op.value === value)!.fields.find((f) => f.name === 'duration')!.options as Array<{ value: string }>).map(
				(o) => o.value,
			);
		const threeToFifteen = Array.from({ length: 13 }, (_, i) => String(i + 3));
		expect(seconds('textToVideo')).toEqual(threeToFifteen);
		expect(seconds('imageToVideo')).toEqual(threeToFifteen);
		expect(seconds('omniVideo')).toEqual(threeToFifteen);
		expect(seconds('multiImageToVideo')).toEqual(['5', '10']);
	});

	test.each(CREATE_OPERATIONS.map((op) => [op.value, op] as const))('%s: errors name each body key by the label its field shows', (_, op) => {
		const labels = labelsOfFields(op.fields);
		for (const field of op.fields.flatMap((f) => (COLLECTIONS.has(f.name) ? (f.options as INodeProperties[]) : [f]))) {
			for (const key of Object.keys(BODY_OF_FIELD[field.name]({}))) {
				if (key.startsWith('__')) continue;
				expect([key, labels[key]?.label]).toEqual([key, field.displayName]);
			}
		}
	});
});
