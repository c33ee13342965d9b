import type { IDataObject, INodeParameters, INodeProperties } from 'n8n-workflow';
import { NodeHelpers } from 'n8n-workflow';

import { Kling } from '../nodes/Kling/Kling.node';
import { MODELS, modelsFor } from '../nodes/Kling/models';
import type { OperationField } from '../nodes/Kling/operations/field';
import { isCollection, sendingFields } from '../nodes/Kling/operations/field';
import { ACTION_OPERATIONS, OPERATIONS, TASK_OPERATIONS as CREATE_OPERATIONS, subtitleExpression, taskKindOptions } from '../nodes/Kling/operations/registry';
import { labelsOf, labelsOfFields } from '../nodes/Kling/operations/fieldBody';
import { labelForPath } from '../nodes/Kling/validation/fieldLabels';

/** The body keys a field's part of the body sets, dotted where nested (`{ input: { text } }` → `input.text`). */
const keysOf = (part: IDataObject, prefix = ''): string[] =>
	Object.entries(part).flatMap(([key, value]) => {
		const path = prefix ? `${prefix}.${key}` : key;
		const nested = typeof value === 'object' && value !== null && !Array.isArray(value) && Object.keys(value).length > 0;
		return nested ? keysOf(value as IDataObject, path) : [path];
	});

/** The body keys a field says it sends. */
const keysSentBy = (field: OperationField): string[] =>
	typeof field.send === 'function' ? (field.sendsKeys ?? keysOf(field.send({}))) : [];

describe('the operation registry', () => {
	const description = new Kling().description;
	const operationField = (resource: string) =>
		description.properties.find((p) => p.name === 'operation' && p.displayOptions?.show?.resource?.includes(resource))!;

	test.each(OPERATIONS.map((op) => [`${op.resource} → ${op.name}`, op] as const))('%s: every field says what it sends', (_, op) => {
		for (const field of op.fields) {
			// (The type requires `send`; a field built by hand, or spread from a plain property, could still lack it.)
			expect([field.name, typeof field.send === 'function' || ['eachOption', 'nothing'].includes(field.send as string)]).toEqual([field.name, true]);
			// A collection's options are fields of their own: each sends something.
			if (isCollection(field)) for (const option of field.options) expect([option.name, typeof option.send]).toEqual([option.name, 'function']);
			// A field that sends something sends at least one key.
			if (typeof field.send === 'function') expect([field.name, keysSentBy(field).length > 0]).toEqual([field.name, true]);
		}
		if (op.kind === 'task') expect(sendingFields(op.fields).length).toBeGreaterThan(2);
	});

	test.each(OPERATIONS.map((op) => [`${op.resource} → ${op.name}`, op] as const))('%s: no two of its fields send the same body key', (_, op) => {
		const keys = sendingFields(op.fields).flatMap(keysSentBy);
		expect(keys.filter((key, i) => keys.indexOf(key) !== i)).toEqual([]);
	});

	/** How the node shows an operation's field: the registry adds its resource and operation to the field's own display options. */
	const shownAs = (op: { resource: string; value: string }, field: INodeProperties) =>
		description.properties
			.filter((p) => p.name === field.name && p.displayName === field.displayName)
			.map((p) => p.displayOptions?.show ?? {})
			.filter((show) => show.resource?.includes(op.resource) && show.operation?.includes(op.value));

	test.each(CREATE_OPERATIONS.map((op) => [op.value, op] as const))('%s: its fields show for it only', (_, op) => {
		// (Some only for one choice of another of its fields, e.g. Lip-Sync's Text for Speech From → Text.)
		for (const field of op.fields) expect(shownAs(op, field)).toEqual([expect.objectContaining({ resource: [op.resource], operation: [op.value] })]);
	});

	test('the operations answered at once: their fields show for them only', () => {
		for (const op of ACTION_OPERATIONS) {
			for (const field of op.fields) expect(shownAs(op, field)).toEqual([expect.objectContaining({ resource: [op.resource], operation: [op.value] })]);
		}
	});

	test('each operation appears in its picker, in the subtitle and (if it makes a task) as a Task → Get task type, with one endpoint each', () => {
		const all = [...CREATE_OPERATIONS, ...ACTION_OPERATIONS];
		for (const resource of new Set(all.map((op) => op.resource))) {
			const values = (operationField(resource).options as Array<{ value: string }>).map((o) => o.value);
			expect(values.sort()).toEqual(all.filter((op) => op.resource === resource).map((op) => op.value).sort());
		}
		expect(new Set(all.map((op) => `${op.resource}:${op.value}`)).size).toBe(all.length);
		for (const op of all) expect(subtitleExpression()).toContain(`"${op.resource}:${op.value}":"${op.name}"`);
		expect(taskKindOptions().map((o) => o.value).sort()).toEqual(CREATE_OPERATIONS.map((op) => op.taskKind).sort());
		expect(new Set(CREATE_OPERATIONS.map((op) => op.endpoint)).size).toBe(CREATE_OPERATIONS.length);
		// Video tasks live under /v1/videos, audio tasks under /v1/audio, image tasks under /v1/images,
		// voice and element tasks under /v1/general; the task kind is the rest of the path.
		const family: Record<string, string> = { video: '/v1/videos/', audio: '/v1/audio/', image: '/v1/images/', voice: '/v1/general/', element: '/v1/general/' };
		for (const op of CREATE_OPERATIONS) expect(op.endpoint).toBe(`${family[op.resource]}${op.taskKind}`);
	});

	test('Task Type names a task kind by its operation, with the resource where the name alone says too little', () => {
		expect(taskKindOptions()).toEqual(
			expect.arrayContaining([
				{ name: 'Text to Video', value: 'text2video' },
				{ name: 'Element → Create Advanced', value: 'advanced-custom-elements' },
				{ name: 'Voice → Create', value: 'custom-voices' },
			]),
		);
	});

	test('every resource that has operations is in the Resource picker', () => {
		const resources = (description.properties.find((p) => p.name === 'resource')!.options as Array<{ value: string }>).map((o) => o.value);
		for (const op of [...CREATE_OPERATIONS, ...ACTION_OPERATIONS]) expect(resources).toContain(op.resource);
	});

	test('one download toggle shows for each resource, named for its result; the audio options only where they apply', () => {
		const shown = (parameters: INodeParameters) =>
			description.properties
				.filter((p) => NodeHelpers.displayParameter({ waitForCompletion: true, downloadVideo: true, ...parameters }, p, null, description))
				.map((p) => p.displayName);
		const downloadLabels = (parameters: INodeParameters) => shown(parameters).filter((name) => name.startsWith('Download '));
		expect(downloadLabels({ resource: 'video', operation: 'textToVideo' })).toEqual(['Download Video']);
		expect(downloadLabels({ resource: 'audio', operation: 'textToAudio' })).toEqual(['Download Audio']);
		expect(downloadLabels({ resource: 'task', operation: 'get', taskKind: 'text2video' })).toEqual(['Download Result']);
		expect(downloadLabels({ resource: 'task', operation: 'list', taskKind: 'text2video' })).toEqual([]);
		expect(downloadLabels({ resource: 'voice', operation: 'create' })).toEqual(['Download Sample']);
		expect(downloadLabels({ resource: 'element', operation: 'createAdvanced' })).toEqual([]);
		for (const [resource, operation] of [['element', 'create'], ['element', 'getMany'], ['voice', 'getMany'], ['voice', 'delete']]) {
			expect(downloadLabels({ resource, operation })).toEqual([]);
			// Operations answered at once have nothing to wait for.
			expect(shown({ resource, operation })).not.toContain('Wait for Completion');
		}
		const audioOptions = (parameters: INodeParameters) => shown(parameters).filter((name) => ['Audio Format', 'Include Video with Sound'].includes(name));
		expect(audioOptions({ resource: 'audio', operation: 'textToAudio' })).toEqual(['Audio Format']);
		expect(audioOptions({ resource: 'audio', operation: 'videoToAudio' })).toEqual(['Audio Format', 'Include Video with Sound']);
		expect(audioOptions({ resource: 'audio', operation: 'videoToAudio', downloadVideo: false })).toEqual([]);
		expect(audioOptions({ resource: 'task', operation: 'get', taskKind: 'text-to-audio' })).toEqual(['Audio Format']);
		expect(audioOptions({ resource: 'task', operation: 'get', taskKind: 'video-to-audio' })).toEqual(['Audio Format', 'Include Video with Sound']);
		expect(audioOptions({ resource: 'task', operation: 'get', taskKind: 'text2video' })).toEqual([]);
		expect(audioOptions({ resource: 'video', operation: 'textToVideo' })).toEqual([]);
	});

	test('the model table names only registered operations, and each operation with a Model picker offers its models', () => {
		const values = new Set(OPERATIONS.filter((op) => op.resource === 'video').map((op) => op.value));
		for (const [name, model] of Object.entries(MODELS)) for (const operation of model.operations) expect([name, values.has(operation)]).toEqual([name, true]);
		for (const op of CREATE_OPERATIONS.filter((o) => o.resource === 'video')) {
			const picker = op.fields.find((f) => f.name === 'model');
			if (picker) expect((picker.options as Array<{ value: string }>).map((o) => o.value).sort()).toEqual(modelsFor(op.value).sort());
		}
	});

	// The operations with a model picker (the audio ones take no model, and a number of seconds).
	const withModels = CREATE_OPERATIONS.filter((op) => op.fields.some((f) => f.name === 'duration' && f.type === 'options'));
	test.each(withModels.map((op) => [op.value, op] as const))('%s: its Duration options come from the model table', (_, op) => {
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

	test.each(OPERATIONS.map((op) => [`${op.resource} → ${op.name}`, op] as const))('%s: errors name each body key by the label its field shows', (_, op) => {
		const labels = labelsOfFields(op.fields);
		for (const field of sendingFields(op.fields)) {
			for (const key of keysSentBy(field)) {
				if (key.startsWith('__')) continue;
				expect([key, labels[key]?.label]).toEqual([key, field.displayName]);
			}
		}
	});

	test('nested body keys are named by their own field; an object several fields fill is none of theirs', () => {
		const labelsOfOp = (value: string) => labelsOf(CREATE_OPERATIONS.find((op) => op.value === value)!.fields);
		const lipSync = labelsOfOp('lipSync');
		expect(labelForPath(['input', 'text'], lipSync)).toBe('Text');
		expect(labelForPath(['input', 'voice_speed'], lipSync)).toBe('Voice Speed');
		expect(labelForPath(['input', 'video_url'], lipSync)).toBe('Video');
		expect(labelForPath(['input', 'audio_file'], lipSync)).toBe('Audio');
		expect(labelForPath(['input', 'future_field'], lipSync)).toBe('Additional Body Fields (JSON) › input › future_field');
		expect(labelForPath(['input'], lipSync)).toBe('Additional Body Fields (JSON) › input');
		const effects = labelsOfOp('videoEffects');
		expect(labelForPath(['input', 'images', 1], effects)).toBe('Images #2');
		expect(labelForPath(['input', 'model_name'], effects)).toBe('Model');
		expect(labelForPath(['effect_scene'], effects)).toBe('Effect Scene');
		// A key set below a field's own key is still that field's.
		expect(labelForPath(['watermark_info', 'enabled'], labelsOfOp('textToVideo'))).toBe('Watermark');
		expect(labelForPath(['watermark_info'], labelsOfOp('motionControl'))).toBe('Watermark');
		expect(labelForPath(['video_id'], labelsOfOp('videoExtend'))).toBe('Video ID');
		expect(labelForPath(['video_id'], labelsOfOp('videoToAudio'))).toBe('Video');
	});
});
