import type { IDataObject, INodeExecutionData, INodeParameters } from 'n8n-workflow';
import { NodeHelpers } from 'n8n-workflow';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { Kling } from '../nodes/Kling/Kling.node';
import { taskKindOptions } from '../nodes/Kling/operations/registry';
import { callbackUrlOf, deliverCallback } from './harness/deliverCallback';
import { itemWithImage, PNG_BASE64 } from './harness/images';
import { binaryDataService, runKling } from './harness/runKling';
import { credentialsFor, submittedBodies, useSimulator } from './harness/simulatorSuite';
import { jpegHeaderOfSize, pngOfSize } from './harness/sizedImages';

const VIEW_PNG = readFileSync(join(__dirname, 'simulator', 'fixtures', 'sample.png'));
const FRONT = 'https://example.com/elements/nova-front.png';
const PNG_400 = pngOfSize(400, 400);
const EXTERNAL_ID = expect.stringMatching(/^n8n-[A-Za-z0-9_-]+-kling-r0-i0$/);

/** Element → AI Multi-Shot with fast polling; tests override what they check. */
const multiShot = (overrides: INodeParameters = {}): INodeParameters => ({
	resource: 'element',
	operation: 'aiMultiShot',
	frontalImage: FRONT,
	waitOptions: { pollIntervalSeconds: 1 },
	...overrides,
});

/** [setIndex, viewIndex] of the nine views, in Kling's order. */
const NINE = [0, 1, 2].flatMap((set) => [0, 1, 2].map((view) => [set, view]));

const until = async (check: () => boolean, ms = 10_000) => {
	const end = Date.now() + ms;
	while (!check()) {
		if (Date.now() > end) throw new Error('condition not met in time');
		await new Promise((r) => setTimeout(r, 50));
	}
};

/** The nine items of one task: one image each, its set and view, the PNG as it was served. */
async function expectNineViews(items: INodeExecutionData[], taskId: unknown, pairedWith = 0): Promise<void> {
	expect(items).toHaveLength(9);
	expect(items.map((item) => [item.json.setIndex, item.json.viewIndex])).toEqual(NINE);
	for (const [i, item] of items.entries()) {
		expect(item.json).toMatchObject({ taskId, status: 'succeed', imageCount: 9, imageIndex: i, imageUrl: expect.stringMatching(new RegExp(`/files/${taskId}-${i}\\.png$`)) });
		expect(item.json).not.toHaveProperty('images');
		expect(item.pairedItem).toEqual({ item: pairedWith });
		expect(item.binary?.data).toMatchObject({ mimeType: 'image/png', fileName: `kling-${taskId}-${i}.png`, fileExtension: 'png' });
		expect((await binaryDataService().getAsBuffer(item.binary!.data)).equals(VIEW_PNG)).toBe(true);
	}
}

describe('Element → AI Multi-Shot (a task)', () => {
	const sim = useSimulator();
	const run = (parameters: INodeParameters = {}, items?: INodeExecutionData[], prefix = '/kling') =>
		runKling({ credentials: credentialsFor(sim(), prefix), parameters: multiShot(parameters), items });

	test('submits the frontal image to /v1/general/ai-multi-shot, reads the task back there, and outputs nine items: three sets of three views', async () => {
		const result = await run();
		expect(result.error).toBeUndefined();
		expect(submittedBodies(sim())).toEqual([{ element_frontal_image: FRONT, external_task_id: EXTERNAL_ID }]);
		expect(sim().requests.filter((r) => r.method === 'POST').map((r) => r.path)).toEqual(['/kling/v1/general/ai-multi-shot']);
		const { taskId } = result.items[0].json;
		expect(sim().requests.some((r) => r.method === 'GET' && r.path === `/kling/v1/general/ai-multi-shot/${taskId}`)).toBe(true);
		await expectNineViews(result.items, taskId);
		expect(result.items[0].json).toMatchObject({ externalTaskId: EXTERNAL_ID, cost: { units: expect.any(Number) } });
	});

	test('the frontal image from a binary property of the input item is sent as Base64; Callback URL, External Task ID and extra JSON are sent', async () => {
		const result = await run(
			{
				frontalImage: 'photo',
				waitForCompletion: false,
				additionalFields: { callbackUrl: 'https://example.com/hook', externalTaskId: 'multi-1', additionalBodyFields: '{"future_field": true}' },
			},
			[itemWithImage('photo', PNG_400)],
		);
		expect(submittedBodies(sim())).toEqual([
			{ element_frontal_image: PNG_400, callback_url: 'https://example.com/hook', external_task_id: 'multi-1', future_field: true },
		]);
		// The simulator, like a strict host, refuses the key Kling does not document.
		expect(result.error?.message).toMatch(/unknown parameter future_field/);

		sim().reset();
		const idle = await run({ frontalImage: 'photo', waitForCompletion: false, additionalFields: { externalTaskId: 'multi-2' } }, [itemWithImage('photo', PNG_400)]);
		expect(idle.error).toBeUndefined();
		expect(idle.items).toHaveLength(1);
		expect(idle.items[0].json).toMatchObject({ status: 'submitted', externalTaskId: 'multi-2' });
		expect(idle.items[0].binary).toBeUndefined();
	});

	test('Download Images off: nine items with their URLs, nothing downloaded', async () => {
		const result = await run({ downloadVideo: false });
		expect(result.error).toBeUndefined();
		expect(result.items).toHaveLength(9);
		expect(result.items.every((item) => item.binary === undefined && typeof item.json.imageUrl === 'string')).toBe(true);
		expect(sim().requests.filter((r) => r.path.startsWith('/files/'))).toHaveLength(0);
	});

	test('two input items: eighteen items, each paired with the item whose image it shows', async () => {
		const result = await run({ frontalImage: '={{ $json.front }}' }, [{ json: { front: FRONT } }, { json: { front: 'https://example.com/b.png' } }]);
		expect(result.error).toBeUndefined();
		expect(result.items).toHaveLength(18);
		const [first, second] = [result.items.slice(0, 9), result.items.slice(9)];
		await expectNineViews(first, first[0].json.taskId, 0);
		await expectNineViews(second, second[0].json.taskId, 1);
	});

	test('a failed task is an error naming the task and the reason, however many images it was to make', async () => {
		sim().failNextTask('Simulated failure: no subject in the image');
		const result = await run({}, undefined);
		expect(result.error?.message).toMatch(/^Kling task \d+ failed: Simulated failure: no subject in the image$/);
		const going = await runKling({ credentials: credentialsFor(sim()), parameters: multiShot(), continueOnFail: true });
		expect(going.items).toHaveLength(9);
	});

	test.each<[string, INodeParameters, RegExp]>([
		['Frontal Image required', { frontalImage: '={{ "" }}' }, /^Invalid input\. Frontal Image: is required$/],
		['Frontal Image a URL, a binary property or Base64', { frontalImage: 'front!' }, /^Invalid input\. Frontal Image: "front!" is neither a URL/],
		['Frontal Image a JPG or PNG', { frontalImage: Buffer.from('GIF89a-not-allowed').toString('base64') }, /^Invalid input\. Frontal Image: the image must be a JPG or PNG/],
		['Frontal Image at least 300 px on each side', { frontalImage: PNG_BASE64 }, /^Invalid input\. Frontal Image: the image is 1×1 px; Kling needs at least 300 px on each side/],
		['Frontal Image within 1:2.5 and 2.5:1', { frontalImage: jpegHeaderOfSize(400, 1200) }, /^Invalid input\. Frontal Image: the image is 400×1200 px; Kling takes aspect ratios from 1:2\.5 to 2\.5:1/],
		['Callback URL an http(s) URL', { additionalFields: { callbackUrl: 'example.com/hook' } }, /^Invalid input\. Callback URL: must be an http\(s\) URL/],
	])('%s: refused before anything is sent', async (_rule, parameters, message) => {
		const result = await run(parameters);
		expect(result.error?.message).toMatch(message);
		expect(sim().requests).toEqual([]);
	});

	test('a host without the route (a new-api gateway): an error that says so, before anything else is tried', async () => {
		const result = await run({}, undefined, '/newapi');
		expect(result.error?.message).toBe('This host does not offer Kling\'s elements (POST /v1/general/ai-multi-shot answered "not found")');
		expect(sim().requests).toHaveLength(1);
	});
});

describe('AI Multi-Shot on the account\'s image concurrency', () => {
	const sim = useSimulator({ concurrency: { image: 1 } });

	test('it draws on the image pack: items over the limit wait, and one that waits past Max Wait says no image task was created', async () => {
		const result = await runKling({
			credentials: credentialsFor(sim()),
			items: [{ json: {} }, { json: {} }, { json: {} }],
			parameters: multiShot({ downloadVideo: false, waitOptions: { pollIntervalSeconds: 1, maxWaitMinutes: 0.05 } }),
			continueOnFail: true,
		});
		const byItem = (item: number) => result.items.filter((out) => (out.pairedItem as { item: number }).item === item);
		expect(byItem(0)).toHaveLength(9);
		expect(byItem(1)).toHaveLength(9);
		expect(byItem(2).map((out) => out.json.error)).toEqual([
			expect.stringMatching(/^The Kling account's concurrency stayed full for .* min: no image task was created for this item$/),
		]);
		expect(sim().concurrency().peak.image).toBe(1);
		expect(sim().tasks.size).toBe(2);
	});
});

describe('AI Multi-Shot: waiting by Kling callback, and Task → Get', () => {
	const sim = useSimulator({ taskDurationMs: 1500 });

	test('parks, and resumes on the final callback with nine items per input item, read back from the task endpoint', async () => {
		const parked = await runKling({
			credentials: credentialsFor(sim()),
			executionId: 'exec-multi',
			items: [{ json: { front: FRONT } }, { json: { front: 'https://example.com/b.png' } }],
			parameters: multiShot({ frontalImage: '={{ $json.front }}', waitMethod: 'callback', waitOptions: { callbackUrlReachable: true, maxWaitMinutes: 5 } }),
		});
		expect(parked.run.status).toBe('waiting');
		expect(parked.items.map((item) => [item.json.externalTaskId, item.json.waitingFor])).toEqual([
			['n8n-exec-multi-kling-r0-i0', 'callback'],
			['n8n-exec-multi-kling-r0-i1', 'callback'],
		]);
		const url = callbackUrlOf(submittedBodies(sim()));
		expect(submittedBodies(sim()).every((body) => (body as IDataObject).callback_url === url)).toBe(true);

		await until(() => [...sim().tasks.values()].every((t) => Date.now() - t.created_at > 1600));
		const task = [...sim().tasks.values()].find((t) => t.external_task_id === 'n8n-exec-multi-kling-r0-i1')!;
		const answer = await deliverCallback(parked, url, { task_id: task.task_id, task_status: 'succeed', task_info: { external_task_id: task.external_task_id } });
		expect(answer.result.webhookResponse).toEqual({ received: true, resumed: true });
		const [main] = answer.result.workflowData!;
		await expectNineViews(main.slice(0, 9), main[0].json.taskId, 0);
		await expectNineViews(main.slice(9), main[9].json.taskId, 1);
		const reads = sim().requests.filter((r) => r.method === 'GET' && !r.path.startsWith('/files/'));
		expect(reads.length).toBeGreaterThan(0);
		expect(reads.every((r) => r.path.startsWith('/kling/v1/general/ai-multi-shot'))).toBe(true);
	});

	test('Task → Get (Task Type Element → AI Multi-Shot) waits for the task and outputs its nine views', async () => {
		expect(taskKindOptions()).toContainEqual({ name: 'Element → AI Multi-Shot', value: 'ai-multi-shot' });
		const created = await runKling({ credentials: credentialsFor(sim()), parameters: multiShot({ waitForCompletion: false }) });
		const { taskId } = created.items[0].json;
		const got = await runKling({
			credentials: credentialsFor(sim()),
			parameters: { resource: 'task', operation: 'get', taskKind: 'ai-multi-shot', taskId: String(taskId), waitOptions: { pollIntervalSeconds: 1 } },
		});
		expect(got.error).toBeUndefined();
		await expectNineViews(got.items, taskId);
		expect(sim().requests.some((r) => r.method === 'GET' && r.path === `/kling/v1/general/ai-multi-shot/${taskId}`)).toBe(true);
	});

	test('Task → Get Many of the kind lists its tasks with their nine views, by set and view', async () => {
		await runKling({ credentials: credentialsFor(sim()), parameters: multiShot({ downloadVideo: false }) });
		const listed = await runKling({ credentials: credentialsFor(sim()), parameters: { resource: 'task', operation: 'list', taskKind: 'ai-multi-shot' } });
		expect(listed.error).toBeUndefined();
		expect(listed.items).toHaveLength(1);
		expect(listed.items[0].json).toMatchObject({ status: 'succeed', imageCount: 9 });
		expect((listed.items[0].json.images as IDataObject[]).map((image) => [image.index, image.setIndex, image.viewIndex])).toEqual(
			NINE.map(([set, view], i) => [i, set, view]),
		);
		expect(sim().requests.some((r) => r.method === 'GET' && r.path === '/kling/v1/general/ai-multi-shot')).toBe(true);
	});
});

describe('the AI Multi-Shot panel', () => {
	const description = new Kling().description;
	const shown = (parameters: INodeParameters) =>
		description.properties
			.filter((p) => NodeHelpers.displayParameter({ waitForCompletion: true, downloadVideo: true, ...parameters }, p, null, description))
			.map((p) => p.displayName);

	test('in the Element picker; Frontal Image, the wait fields and Download Images (which Create Advanced does not show)', () => {
		const picker = description.properties.find((p) => p.name === 'operation' && p.displayOptions?.show?.resource?.includes('element'))!;
		expect((picker.options as Array<{ name: string; value: string }>).find((o) => o.value === 'aiMultiShot')?.name).toBe('AI Multi-Shot');
		const fields = shown({ resource: 'element', operation: 'aiMultiShot' });
		expect(fields).toEqual(expect.arrayContaining(['Frontal Image', 'Additional Fields', 'Wait for Completion', 'Wait By', 'Download Images', 'Put Output File in Field']));
		expect(fields).not.toContain('Reference Images');
		expect(shown({ resource: 'element', operation: 'createAdvanced' }).filter((name) => name.startsWith('Download '))).toEqual([]);
	});
});
