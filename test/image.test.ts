import type { IDataObject, INodeExecutionData, INodeParameters } from 'n8n-workflow';
import { NodeHelpers } from 'n8n-workflow';

import { Kling } from '../nodes/Kling/Kling.node';
import { IMAGE_MODELS } from '../nodes/Kling/models';

import { callbackUrlOf, deliverCallback } from './harness/deliverCallback';
import { itemWithImage, JPEG_BASE64, PNG_BASE64 } from './harness/images';
import { testRules } from './harness/ruleTable';
import { binaryDataService, runKling } from './harness/runKling';
import { credentialsFor, submittedBodies, useSimulator } from './harness/simulatorSuite';

const EXTERNAL_ID = expect.stringMatching(/^n8n-[A-Za-z0-9_-]+-kling-r0-i0$/);
const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const URL_A = 'https://example.com/a.png';
const URL_B = 'https://example.com/b.jpg';

/** An Image operation with fast polling; tests override what they check. */
const image = (operation: string, overrides: INodeParameters = {}): INodeParameters => ({
	resource: 'image',
	operation,
	waitOptions: { pollIntervalSeconds: 1 },
	...overrides,
});
const generate = (overrides: INodeParameters = {}) => image('generate', { prompt: 'A lighthouse on a cliff at dusk', ...overrides });
const omni = (overrides: INodeParameters = {}) => image('omniImage', { prompt: 'The dog of <<<image_1>>> in a garden', ...overrides });
const multi = (overrides: INodeParameters = {}) => image('multiImageToImage', { subjectImages: { image: [{ image: URL_A }] }, ...overrides });
const expand = (overrides: INodeParameters = {}) => image('expand', { image: URL_A, upExpansion: 0.5, ...overrides });
const tryOn = (overrides: INodeParameters = {}) => image('virtualTryOn', { humanImage: URL_A, clothImage: URL_B, ...overrides });

/** The image of an output item, as n8n stored it. */
const bytesOf = async (item: INodeExecutionData) => await binaryDataService().getAsBuffer(item.binary!.data);

const until = async (check: () => boolean, ms = 10_000) => {
	const end = Date.now() + ms;
	while (!check()) {
		if (Date.now() > end) throw new Error('condition not met in time');
		await new Promise((r) => setTimeout(r, 50));
	}
};

describe('Image resource: the panel', () => {
	const description = new Kling().description;
	const shown = (parameters: INodeParameters) =>
		description.properties
			.filter((p) => NodeHelpers.displayParameter({ waitForCompletion: true, downloadVideo: true, ...parameters }, p, null, description))
			.map((p) => p.displayName);

	test('Generate is the default operation; each operation shows its fields with human labels and the Download Images toggle', () => {
		const picker = description.properties.find((p) => p.name === 'operation' && p.displayOptions?.show?.resource?.includes('image'))!;
		expect(picker.default).toBe('generate');
		expect((picker.options as Array<{ name: string }>).map((o) => o.name)).toEqual(['Expand', 'Generate', 'Multi-Image to Image', 'Omni-Image', 'Recognize', 'Virtual Try-On']);
		const fields = (operation: string) => shown({ resource: 'image', operation }).filter((name) => !['Authentication', 'Resource', 'Operation'].includes(name));
		expect(fields('generate')).toEqual(expect.arrayContaining(['Model', 'Prompt', 'Reference Image', 'Aspect Ratio', 'Resolution', 'Number of Images', 'Download Images']));
		expect(fields('omniImage')).toEqual(expect.arrayContaining(['Model', 'Prompt', 'Reference Images', 'Elements', 'Aspect Ratio', 'Resolution', 'Number of Images']));
		expect(fields('multiImageToImage')).toEqual(expect.arrayContaining(['Subject Images', 'Scene Image', 'Style Image', 'Aspect Ratio', 'Number of Images']));
		expect(fields('expand')).toEqual(expect.arrayContaining(['Image', 'Up Expansion', 'Down Expansion', 'Left Expansion', 'Right Expansion', 'Number of Images']));
		expect(fields('virtualTryOn')).toEqual(expect.arrayContaining(['Model', 'Human Image', 'Cloth Image', 'Download Images']));
		expect(fields('virtualTryOn')).not.toContain('Number of Images');
		for (const operation of ['generate', 'omniImage', 'multiImageToImage', 'expand', 'virtualTryOn']) {
			expect(fields(operation).filter((name) => name.startsWith('Download '))).toEqual(['Download Images']);
			expect(fields(operation)).not.toContain('Audio Format');
		}
	});

	test('Omni-Image: Result Type Series shows Series Amount (Auto, 2–9, 4 by default) in place of Number of Images', () => {
		const omniFields = (parameters: INodeParameters) => shown({ resource: 'image', operation: 'omniImage', ...parameters });
		expect(omniFields({})).toEqual(expect.arrayContaining(['Result Type', 'Number of Images']));
		expect(omniFields({})).not.toContain('Series Amount');
		expect(omniFields({ resultType: 'series' })).toEqual(expect.arrayContaining(['Result Type', 'Series Amount']));
		expect(omniFields({ resultType: 'series' })).not.toContain('Number of Images');
		const amount = description.properties.find((p) => p.name === 'seriesAmount')!;
		expect(amount.default).toBe('4');
		expect((amount.options as Array<{ value: string }>).map((o) => o.value)).toEqual(['auto', '2', '3', '4', '5', '6', '7', '8', '9']);
	});

	test('Resolution: Omni-Image offers 4K, naming Kling v3 Omni (Image 3.0 Omni: 1K, 2K, 4K); Generate does not', () => {
		const resolution = (operation: string) => description.properties.find((p) => p.name === 'resolution' && p.displayOptions?.show?.operation?.includes(operation))!;
		const omni = resolution('omniImage');
		expect((omni.options as Array<{ value: string }>).map((o) => o.value)).toEqual(['', '1k', '2k', '4k']);
		expect(omni.description).toContain('4K: Kling v3 Omni only.');
		expect((resolution('generate').options as Array<{ value: string }>).map((o) => o.value)).toEqual(['', '1k', '2k']);
		expect(resolution('generate').description).not.toContain('4K');
	});

	test('Virtual Try-On: the models are the two names Kling runs on Try-On 3.0 (no new name, Kling changelog 09/15/2026)', () => {
		const model = description.properties.find((p) => p.name === 'model' && p.displayOptions?.show?.operation?.includes('virtualTryOn'))!;
		expect((model.options as Array<{ value: string }>).map((o) => o.value)).toEqual(['kolors-virtual-try-on-v1', 'kolors-virtual-try-on-v1-5']);
		expect(model.default).toBe('kolors-virtual-try-on-v1-5');
		expect(model.description).toContain('Try-On 3.0');
	});

	test('Task → Get lists the image task kinds under their resource (Image → Expand, beside Video\'s Extend)', () => {
		const kinds = description.properties.find((p) => p.name === 'taskKind')!.options as Array<{ name: string; value: string }>;
		expect(kinds).toEqual(
			expect.arrayContaining([
				{ name: 'Image → Generate', value: 'generations' },
				{ name: 'Image → Omni-Image', value: 'omni-image' },
				{ name: 'Image → Multi-Image to Image', value: 'multi-image2image' },
				{ name: 'Image → Expand', value: 'editing/expand' },
				{ name: 'Image → Virtual Try-On', value: 'kolors-virtual-try-on' },
			]),
		);
	});

	test('the image model table names operations the Image resource has: each model is in the Model picker of each it lists', () => {
		for (const [model, row] of Object.entries(IMAGE_MODELS)) {
			for (const operation of row.operations) {
				const picker = description.properties.find(
					(p) => p.name === 'model' && p.displayOptions?.show?.resource?.includes('image') && p.displayOptions.show.operation?.includes(operation),
				);
				const offered = ((picker?.options ?? []) as Array<{ value: string }>).map((o) => o.value);
				expect([model, operation, offered]).toEqual([model, operation, expect.arrayContaining([model])]);
			}
		}
	});
});

describe('Image resource: the requests', () => {
	const sim = useSimulator();
	const run = (parameters: INodeParameters, items?: INodeExecutionData[], prefix = '/kling') =>
		runKling({ credentials: credentialsFor(sim(), prefix), parameters, items });
	const submitted = (path: string) => sim().requests.filter((r) => r.method === 'POST' && r.path === `/kling/v1/images/${path}`);

	test('Generate: the defaults go to /v1/images/generations, the task is read back there, one item with the PNG', async () => {
		const result = await run(generate());
		expect(result.error).toBeUndefined();
		expect(submittedBodies(sim())).toEqual([
			{ model_name: 'kling-v2-1', prompt: 'A lighthouse on a cliff at dusk', aspect_ratio: '16:9', n: 1, external_task_id: EXTERNAL_ID },
		]);
		expect(submitted('generations')).toHaveLength(1);
		const [item] = result.items;
		const { taskId } = item.json;
		expect(sim().requests.some((r) => r.method === 'GET' && r.path === `/kling/v1/images/generations/${taskId}`)).toBe(true);
		expect(result.items).toHaveLength(1);
		expect(item.json).toMatchObject({ status: 'succeed', imageCount: 1, imageIndex: 0, imageUrl: `${sim().baseUrl}/files/${taskId}-0.png` });
		expect(item.json).not.toHaveProperty('videoUrl');
		expect(item.binary?.data).toMatchObject({ mimeType: 'image/png', fileName: `kling-${taskId}-0.png`, fileExtension: 'png' });
		expect((await bytesOf(item)).subarray(0, 8).equals(PNG_SIGNATURE)).toBe(true);
	});

	test('Generate: every field; the Reference Image from a binary property is sent as Base64', async () => {
		const result = await run(
			generate({
				model: 'kling-v1-5',
				image: 'photo',
				aspectRatio: '3:4',
				resolution: '1k',
				numberOfImages: 2,
				additionalFields: {
					imageReference: 'face',
					imageFidelity: 0.7,
					humanFidelity: 0.3,
					watermark: true,
					callbackUrl: 'https://example.com/hook',
					externalTaskId: 'img-1',
					additionalBodyFields: '{"new_field": "x"}',
				},
				waitForCompletion: false,
			}),
			[itemWithImage('photo')],
		);
		expect(result.error).toBeUndefined();
		expect(submittedBodies(sim())).toEqual([
			{
				model_name: 'kling-v1-5',
				prompt: 'A lighthouse on a cliff at dusk',
				image: PNG_BASE64,
				aspect_ratio: '3:4',
				resolution: '1k',
				n: 2,
				image_reference: 'face',
				image_fidelity: 0.7,
				human_fidelity: 0.3,
				watermark_info: { enabled: true },
				callback_url: 'https://example.com/hook',
				external_task_id: 'img-1',
				new_field: 'x',
			},
		]);
		// Not waited for: the submitted task, one item, nothing downloaded.
		expect(result.items).toHaveLength(1);
		expect(result.items[0].json).toMatchObject({ status: 'submitted', externalTaskId: 'img-1', imageCount: 0 });
	});

	test('Number of Images 3: three items, each with its own PNG as binary data, in Kling\'s order', async () => {
		const result = await run(generate({ numberOfImages: 3 }));
		expect(result.error).toBeUndefined();
		expect(submittedBodies(sim())[0]).toMatchObject({ n: 3 });
		expect(result.items).toHaveLength(3);
		const { taskId } = result.items[0].json;
		for (const [i, item] of result.items.entries()) {
			expect(item.json).toMatchObject({ taskId, status: 'succeed', imageCount: 3, imageIndex: i, imageUrl: `${sim().baseUrl}/files/${taskId}-${i}.png` });
			expect(item.json).not.toHaveProperty('images');
			expect(item.binary?.data).toMatchObject({ mimeType: 'image/png', fileName: `kling-${taskId}-${i}.png` });
			expect((await bytesOf(item)).subarray(0, 8).equals(PNG_SIGNATURE)).toBe(true);
			expect(item.pairedItem).toEqual({ item: 0 });
		}
		expect(sim().count('download')).toBe(3);
	});

	test('two input items with 2 images each: four items, each paired with its input item', async () => {
		const result = await run(generate({ prompt: '={{ $json.p }}', numberOfImages: 2 }), [{ json: { p: 'A red kite' } }, { json: { p: 'A blue kite' } }]);
		expect(result.error).toBeUndefined();
		expect(result.items.map((item) => item.pairedItem)).toEqual([{ item: 0 }, { item: 0 }, { item: 1 }, { item: 1 }]);
		expect(result.items.map((item) => item.json.imageIndex)).toEqual([0, 1, 0, 1]);
		const [first, , third] = result.items;
		expect(first.json.taskId).not.toBe(third.json.taskId);
		expect((submittedBodies(sim()) as IDataObject[]).map((b) => b.prompt).sort()).toEqual(['A blue kite', 'A red kite']);
		for (const item of result.items) expect(item.binary?.data.fileName).toBe(`kling-${item.json.taskId}-${item.json.imageIndex}.png`);
	});

	test('Download Images off: one item per image with its URL, nothing downloaded; another output field name', async () => {
		const off = await run(generate({ numberOfImages: 2, downloadVideo: false }));
		expect(off.items.map((item) => [item.json.imageIndex, typeof item.json.imageUrl, item.binary])).toEqual([
			[0, 'string', undefined],
			[1, 'string', undefined],
		]);
		expect(sim().count('download')).toBe(0);
		const named = await run(generate({ binaryPropertyName: 'picture' }));
		expect(Object.keys(named.items[0].binary ?? {})).toEqual(['picture']);
	});

	test.each([
		['the official path layout (no prefix)', ''],
		['a flat, un-enveloped host that says "completed"', '/flat'],
		['a new-api gateway', '/newapi'],
	])('Generate works against %s', async (_name, prefix) => {
		const result = await run(generate({ numberOfImages: 2 }), undefined, prefix);
		expect(result.error).toBeUndefined();
		expect(result.items.map((item) => [item.json.status, item.json.imageIndex, item.binary?.data.mimeType])).toEqual([
			['succeed', 0, 'image/png'],
			['succeed', 1, 'image/png'],
		]);
		expect(result.items[0].json).not.toHaveProperty('videoUrl');
	});

	test('a failed image task is an error naming the task and the reason', async () => {
		sim().failNextTask('Risk control: the prompt was refused');
		const failed = await run(generate());
		expect(failed.error?.message).toMatch(/Kling task \d+ failed: Risk control/);
	});

	test('Omni-Image: reference images (URL and binary property), elements, the references\' auto ratio, resolution, n', async () => {
		const result = await run(
			omni({
				model: 'kling-v3-omni',
				prompt: 'The dog of <<<image_1>>> wearing the hat of <<<image_2>>>',
				referenceImages: { image: [{ image: URL_A }, { image: 'hat' }] },
				elements: { element: [{ elementId: '900000000000000001' }] },
				resolution: '2k',
				numberOfImages: 2,
			}),
			[itemWithImage('hat', JPEG_BASE64)],
		);
		expect(result.error).toBeUndefined();
		expect(submitted('omni-image').map((r) => r.body)).toEqual([
			{
				model_name: 'kling-v3-omni',
				prompt: 'The dog of <<<image_1>>> wearing the hat of <<<image_2>>>',
				image_list: [{ image: URL_A }, { image: JPEG_BASE64 }],
				element_list: [{ element_id: '900000000000000001' }],
				aspect_ratio: 'auto',
				resolution: '2k',
				n: 2,
				external_task_id: EXTERNAL_ID,
			},
		]);
		expect(result.items.map((item) => item.binary?.data.fileName)).toEqual([0, 1].map((i) => `kling-${result.items[0].json.taskId}-${i}.png`));
	});

	test('Omni-Image from the prompt alone: 16:9 is sent (auto is for image to image); a chosen ratio always', async () => {
		await run(omni({ prompt: 'A lantern festival over a river', waitForCompletion: false }));
		await run(omni({ prompt: 'A lantern festival over a river', aspectRatio: '21:9', waitForCompletion: false }));
		expect(submittedBodies(sim())).toEqual([
			{ model_name: 'kling-image-o1', prompt: 'A lantern festival over a river', aspect_ratio: '16:9', n: 1, external_task_id: EXTERNAL_ID },
			{ model_name: 'kling-image-o1', prompt: 'A lantern festival over a river', aspect_ratio: '21:9', n: 1, external_task_id: EXTERNAL_ID },
		]);
	});

	test('Omni-Image series (kling-v3-omni): result_type and series_amount sent, no n; one item per image of series_images', async () => {
		const result = await run(omni({ model: 'kling-v3-omni', referenceImages: { image: [{ image: URL_A }] }, resultType: 'series', numberOfImages: 3 }));
		expect(result.error).toBeUndefined();
		expect(submittedBodies(sim())).toEqual([
			{
				model_name: 'kling-v3-omni',
				prompt: 'The dog of <<<image_1>>> in a garden',
				image_list: [{ image: URL_A }],
				aspect_ratio: 'auto',
				result_type: 'series',
				series_amount: 4,
				external_task_id: EXTERNAL_ID,
			},
		]);
		const { taskId } = result.items[0].json;
		expect(result.items.map((item) => [item.json.imageIndex, item.json.imageCount, item.binary?.data.fileName])).toEqual(
			[0, 1, 2, 3].map((i) => [i, 4, `kling-${taskId}-${i}.png`]),
		);
		expect((await bytesOf(result.items[3])).subarray(0, 8).equals(PNG_SIGNATURE)).toBe(true);
	});

	test('Omni-Image series of Auto (Kling changelog 04/27/2026): sent as auto; as many items as Kling made', async () => {
		const result = await run(omni({ model: 'kling-v3-omni', referenceImages: { image: [{ image: URL_A }] }, resultType: 'series', seriesAmount: 'auto' }));
		expect(result.error).toBeUndefined();
		expect(submittedBodies(sim())[0]).toMatchObject({ result_type: 'series', series_amount: 'auto' });
		expect(submittedBodies(sim())[0]).not.toHaveProperty('n');
		// The simulator's auto series has 3 images.
		expect(result.items).toHaveLength(3);
	});

	test('Multi-Image to Image: subject images, scene and style images (a binary property), prompt, ratio and n', async () => {
		const result = await run(
			multi({
				model: 'kling-v2',
				subjectImages: { image: [{ image: URL_A }, { image: URL_B }] },
				prompt: 'The two friends having a picnic',
				sceneImage: 'https://example.com/park.jpg',
				styleImage: 'style',
				aspectRatio: '4:3',
				numberOfImages: 3,
				additionalFields: { watermark: false },
			}),
			[itemWithImage('style')],
		);
		expect(result.error).toBeUndefined();
		expect(submitted('multi-image2image').map((r) => r.body)).toEqual([
			{
				model_name: 'kling-v2',
				subject_image_list: [{ subject_image: URL_A }, { subject_image: URL_B }],
				prompt: 'The two friends having a picnic',
				scene_image: 'https://example.com/park.jpg',
				style_image: PNG_BASE64,
				aspect_ratio: '4:3',
				n: 3,
				watermark_info: { enabled: false },
				external_task_id: EXTERNAL_ID,
			},
		]);
		expect(result.items).toHaveLength(3);
	});

	test('Expand: the image and all four expansion ratios (0 too, as the API requires them), prompt and n', async () => {
		const result = await run(expand({ image: 'photo', upExpansion: 0.5, leftExpansion: 0.25, rightExpansion: '={{ 0.25 }}', prompt: 'More sky', numberOfImages: 2 }), [
			itemWithImage('photo'),
		]);
		expect(result.error).toBeUndefined();
		expect(submitted('editing/expand').map((r) => r.body)).toEqual([
			{
				image: PNG_BASE64,
				up_expansion_ratio: 0.5,
				down_expansion_ratio: 0,
				left_expansion_ratio: 0.25,
				right_expansion_ratio: 0.25,
				prompt: 'More sky',
				n: 2,
				external_task_id: EXTERNAL_ID,
			},
		]);
		const { taskId } = result.items[0].json;
		expect(sim().requests.some((r) => r.method === 'GET' && r.path === `/kling/v1/images/editing/expand/${taskId}`)).toBe(true);
		expect(result.items.map((item) => item.json.imageIndex)).toEqual([0, 1]);
	});

	test('Virtual Try-On: the model, the person and the garment; one image', async () => {
		const result = await run(tryOn({ clothImage: 'cloth', additionalFields: { externalTaskId: 'look-1' } }), [itemWithImage('cloth', JPEG_BASE64)]);
		expect(result.error).toBeUndefined();
		expect(submitted('kolors-virtual-try-on').map((r) => r.body)).toEqual([
			{ model_name: 'kolors-virtual-try-on-v1-5', human_image: URL_A, cloth_image: JPEG_BASE64, external_task_id: 'look-1' },
		]);
		expect(result.items).toHaveLength(1);
		expect(result.items[0].json).toMatchObject({ externalTaskId: 'look-1', imageIndex: 0 });
		expect((await bytesOf(result.items[0])).subarray(0, 8).equals(PNG_SIGNATURE)).toBe(true);
	});
});

describe('Image resource: rules, checked before anything is sent', () => {
	const sim = useSimulator();
	const idle = (parameters: INodeParameters) => ({ ...parameters, waitForCompletion: false });

	describe('Generate', () => {
		testRules(sim, (fields) => idle(generate(fields)), [
			['prompt required', { prompt: '={{ "  " }}' }, /Invalid input\. Prompt: is required/, { prompt: 'A kite' }],
			['prompt at most 2500 characters', { prompt: 'a'.repeat(2501) }, /Prompt: must be at most 2500 characters/, { prompt: 'a'.repeat(2500) }],
			['Number of Images at most 9', { numberOfImages: 10 }, /Number of Images: must be a whole number from 1 to 9/, { numberOfImages: 9 }],
			['Number of Images at least 1', { numberOfImages: 0 }, /Number of Images: must be a whole number from 1 to 9/, { numberOfImages: 1 }],
			['Number of Images whole', { numberOfImages: '={{ 2.5 }}' }, /Number of Images: must be a whole number from 1 to 9/, { numberOfImages: '={{ "2" }}' }],
			['model one of the image models', { model: 'kling-v2-6' }, /Model: "kling-v2-6" is not a model for this operation/, { model: 'kling-v2' }],
			['kling-v1 makes 1K only', { model: 'kling-v1', resolution: '2k' }, /Resolution: must be 1k for kling-v1/, { model: 'kling-v2-1', resolution: '2k' }],
			['kling-v1 has no 21:9', { model: 'kling-v1', aspectRatio: '21:9' }, /Aspect Ratio: 21:9 is not supported by kling-v1/, { model: 'kling-v1-5', aspectRatio: '21:9' }],
			['an aspect ratio Kling lists', { aspectRatio: '={{ "5:4" }}' }, /Aspect Ratio: must be one of 16:9, 9:16, 1:1, 4:3, 3:4, 3:2, 2:3, 21:9/, { aspectRatio: '2:3' }],
			[
				'no negative prompt with a Reference Image',
				{ image: URL_A, additionalFields: { negativePrompt: 'blur' } },
				/Negative Prompt: is not supported with a Reference Image/,
				{ additionalFields: { negativePrompt: 'blur' } },
			],
			[
				'Image Reference needs a Reference Image',
				{ model: 'kling-v1-5', additionalFields: { imageReference: 'subject' } },
				/Reference Image: is required when Image Reference is set/,
				{ model: 'kling-v1-5', image: URL_A, additionalFields: { imageReference: 'subject' } },
			],
			[
				'Image Reference only where the model takes it',
				{ model: 'kling-v2-1', image: URL_A, additionalFields: { imageReference: 'face' } },
				/Image Reference: is not supported by kling-v2-1 \(only kling-v1-5, kling-v3\)/,
				{ model: 'kling-v3', image: URL_A, additionalFields: { imageReference: 'face' } },
			],
			[
				'kling-v1-5 with a Reference Image needs an Image Reference',
				{ model: 'kling-v1-5', image: URL_A },
				/Image Reference: is required with a Reference Image on kling-v1-5/,
				{ model: 'kling-v1-5', image: URL_A, additionalFields: { imageReference: 'subject' } },
			],
			['kling-v2-new needs a Reference Image', { model: 'kling-v2-new' }, /Reference Image: is required for kling-v2-new/, { model: 'kling-v2-new', image: URL_A }],
			[
				'kling-v2 keeps a Reference Image\'s resolution',
				{ model: 'kling-v2', image: URL_A, resolution: '2k' },
				/Resolution: cannot be set for kling-v2 with a Reference Image/,
				{ model: 'kling-v2', resolution: '2k' },
			],
			[
				'fidelity from 0 to 1',
				{ image: URL_A, additionalFields: { imageFidelity: '={{ 1.5 }}' } },
				/Image Fidelity: must be from 0 to 1/,
				{ image: URL_A, additionalFields: { imageFidelity: 1 } },
			],
			['Reference Image a URL, a binary property or Base64', { image: 'not an image!' }, /Reference Image: "not an image!" is neither a URL/, { image: URL_A }],
			[
				'Reference Image a JPG or PNG',
				{ image: Buffer.from('GIF89a-not-ok').toString('base64') },
				/Reference Image: the image must be a JPG or PNG/,
				{ image: PNG_BASE64 },
			],
			['Callback URL an http(s) URL', { additionalFields: { callbackUrl: 'example.com/hook' } }, /Callback URL: must be an http\(s\) URL/, { additionalFields: { callbackUrl: 'https://example.com/hook' } }],
		]);
	});

	describe('Omni-Image', () => {
		const images = (n: number) => ({ image: Array.from({ length: n }, (_, i) => ({ image: `https://example.com/${i}.png` })) });
		const elements = (n: number) => ({ element: Array.from({ length: n }, (_, i) => ({ elementId: String(900000000000000001 + i) })) });
		testRules(sim, (fields) => idle(omni(fields)), [
			['prompt required', { prompt: '={{ "" }}' }, /Prompt: is required/, { prompt: 'A garden', referenceImages: images(1) }],
			// kling-api-2026.md §A image models: 4K with Image 3.0 Omni only.
			['4K with kling-v3-omni only', { model: 'kling-image-o1', resolution: '4k', referenceImages: images(1) }, /^Invalid input\. Resolution: must be 1k or 2k for kling-image-o1/, { model: 'kling-v3-omni', resolution: '4k', referenceImages: images(1) }],
			[
				'the prompt names only images that are given',
				{ prompt: 'Mix <<<image_1>>> and <<<image_3>>>', referenceImages: images(2) },
				/Prompt: refers to <<<image_3>>>, but only 2 Reference Images are given/,
				{ prompt: 'Mix <<<image_1>>> and <<<image_2>>>', referenceImages: images(2) },
			],
			[
				'at most 10 images and elements together',
				{ referenceImages: images(8), elements: elements(3) },
				/Reference Images: with the Elements, at most 10 references in all \(found 8 images and 3 elements\)/,
				{ referenceImages: images(8), elements: elements(2) },
			],
			['auto needs a reference', { prompt: 'A garden', aspectRatio: '={{ "auto" }}' }, /Aspect Ratio: auto needs a Reference Image or an Element/, { prompt: 'A garden', elements: elements(1), aspectRatio: '={{ "auto" }}' }],
			['model one of the omni image models', { model: 'kling-v2-1', referenceImages: images(1) }, /Model: "kling-v2-1" is not a model for this operation; use one of kling-image-o1, kling-v3-omni/, { model: 'kling-v3-omni', referenceImages: images(1) }],
			['Number of Images at most 9', { numberOfImages: 12, referenceImages: images(1) }, /Number of Images: must be a whole number from 1 to 9/, { numberOfImages: 9, referenceImages: images(1) }],
			['each Reference Image an image', { referenceImages: { image: [{ image: URL_A }, { image: 'nope!' }] }, prompt: 'x' }, /Reference Images #2 › Image: "nope!" is neither a URL/, { referenceImages: images(2), prompt: 'x' }],
			// Series: Image 3.0 Omni only (kling-api-2026.md §A), 2–9 or auto.
			[
				'a series only with kling-v3-omni',
				{ referenceImages: images(1), resultType: 'series' },
				/^Invalid input\. Result Type: a series is made only by kling-v3-omni \(not kling-image-o1\)/,
				{ model: 'kling-v3-omni', referenceImages: images(1), resultType: 'series' },
			],
			[
				'a series of 2 to 9 images, or auto',
				{ model: 'kling-v3-omni', referenceImages: images(1), resultType: 'series', seriesAmount: '={{ 10 }}' },
				/^Invalid input\. Series Amount: must be a whole number from 2 to 9, or auto/,
				{ model: 'kling-v3-omni', referenceImages: images(1), resultType: 'series', seriesAmount: '={{ "9" }}' },
			],
			[
				'a Series Amount only in a series',
				{ model: 'kling-v3-omni', referenceImages: images(1), additionalFields: { additionalBodyFields: '{"series_amount": 3}' } },
				/^Invalid input\. Series Amount: needs Result Type Series/,
				{ model: 'kling-v3-omni', referenceImages: images(1), additionalFields: { additionalBodyFields: '{"result_type": "series", "series_amount": 3}' } },
			],
		]);
	});

	describe('Multi-Image to Image', () => {
		const subjects = (n: number) => ({ image: Array.from({ length: n }, (_, i) => ({ image: `https://example.com/s${i}.png` })) });
		testRules(sim, (fields) => idle(multi(fields)), [
			['at least one subject image', { subjectImages: {} }, /Subject Images: needs 1 to 4 images/, { subjectImages: subjects(1) }],
			// The editor stops at 4 entries; more can still come from Additional Body Fields (JSON).
			[
				'at most four subject images',
				{ additionalFields: { additionalBodyFields: JSON.stringify({ subject_image_list: Array.from({ length: 5 }, () => ({ subject_image: URL_A })) }) } },
				/Subject Images: allows at most 4 images/,
				{ subjectImages: subjects(4) },
			],
			['model kling-v2 or kling-v2-1', { model: 'kling-v1-5' }, /Model: "kling-v1-5" is not a model for this operation; use one of kling-v2, kling-v2-1/, { model: 'kling-v2' }],
			['prompt at most 2500 characters', { prompt: 'a'.repeat(2501) }, /Prompt: must be at most 2500 characters/, { prompt: 'a'.repeat(2500) }],
			['Scene Image an image', { sceneImage: 'scene!' }, /Scene Image: "scene!" is neither a URL/, { sceneImage: URL_B }],
			['Number of Images at least 1', { numberOfImages: '={{ 0 }}' }, /Number of Images: must be a whole number from 1 to 9/, { numberOfImages: 4 }],
		]);
	});

	describe('Expand', () => {
		testRules(sim, (fields) => idle(expand(fields)), [
			['the image required', { image: '={{ "" }}' }, /Invalid input\. Image: is required/, { image: URL_A }],
			['each expansion at most 2', { rightExpansion: '={{ 2.5 }}' }, /Right Expansion: must be from 0 to 2/, { upExpansion: 0, rightExpansion: 2 }],
			['each expansion at least 0', { downExpansion: '={{ -0.1 }}' }, /Down Expansion: must be from 0 to 2/, { downExpansion: 0.1 }],
			[
				'the new image at most 3 times the area',
				{ upExpansion: 1, downExpansion: 0.5, leftExpansion: 0.25 },
				/Up Expansion: the new image would be 3\.13 times the original's area; Kling allows at most 3/,
				{ upExpansion: 0.5, downExpansion: 0.5, leftExpansion: 0.25, rightExpansion: 0.25 },
			],
			['prompt at most 2500 characters', { prompt: 'a'.repeat(2501) }, /Prompt: must be at most 2500 characters/, { prompt: 'More sea' }],
			['Number of Images at most 9', { numberOfImages: 10 }, /Number of Images: must be a whole number from 1 to 9/, { numberOfImages: 9 }],
		]);
	});

	describe('Virtual Try-On', () => {
		testRules(sim, (fields) => idle(tryOn(fields)), [
			['the person required', { humanImage: '={{ "" }}' }, /Human Image: is required/, { humanImage: URL_A }],
			['the garment required', { clothImage: '={{ "" }}' }, /Cloth Image: is required/, { clothImage: URL_B }],
			['the garment an image', { clothImage: 'cloth!' }, /Cloth Image: "cloth!" is neither a URL/, { clothImage: URL_B }],
			['a try-on model', { model: 'kling-v2-1' }, /Model: "kling-v2-1" is not a model for this operation; use one of kolors-virtual-try-on-v1, kolors-virtual-try-on-v1-5/, { model: 'kolors-virtual-try-on-v1' }],
		]);
	});

	test('one bad item stops the run before any task is made; with Continue On Fail only it fails', async () => {
		const items = [{ json: { n: 2 } }, { json: { n: 12 } }];
		const parameters = generate({ numberOfImages: '={{ $json.n }}' });
		const stopped = await runKling({ credentials: credentialsFor(sim()), parameters, items });
		expect(stopped.error?.message).toMatch(/Number of Images/);
		expect(sim().count('submit')).toBe(0);
		const going = await runKling({ credentials: credentialsFor(sim()), parameters, items, continueOnFail: true });
		expect(sim().count('submit')).toBe(1);
		expect(going.items.map((item) => [item.pairedItem, item.json.imageIndex ?? item.json.error])).toEqual([
			[{ item: 0 }, 0],
			[{ item: 0 }, 1],
			[{ item: 1 }, expect.stringMatching(/Number of Images: must be a whole number from 1 to 9/)],
		]);
	});
});

describe('Omni-Image series and the account\'s image concurrency', () => {
	const sim = useSimulator({ concurrency: { image: 5 } });

	test('a series takes a slot per image (Kling\'s concurrency rules): two series of 4 on an account of 5 run one after the other, none refused', async () => {
		const series = omni({
			model: 'kling-v3-omni',
			referenceImages: { image: [{ image: URL_A }] },
			resultType: 'series',
			seriesAmount: '4',
			downloadVideo: false,
			waitOptions: { pollIntervalSeconds: 0.25, accountConcurrency: 5 },
		});
		const result = await runKling({ credentials: credentialsFor(sim()), parameters: series, items: [{ json: {} }, { json: {} }] });
		expect(result.error).toBeUndefined();
		expect(result.items).toHaveLength(8);
		expect(sim().concurrency()).toMatchObject({ peak: { image: 4 }, refused: 0 });
	});
});

describe('Image resource: waiting by Kling callback, and Task → Get', () => {
	const sim = useSimulator({ taskDurationMs: 1500 });

	test('parks, and resumes on the final callback with one item per image, each paired with its input item', async () => {
		const parked = await runKling({
			credentials: credentialsFor(sim()),
			executionId: 'exec-img',
			items: [{ json: { p: 'A red kite' } }, { json: { p: 'A blue kite' } }],
			parameters: generate({
				prompt: '={{ $json.p }}',
				numberOfImages: 2,
				waitMethod: 'callback',
				waitOptions: { callbackUrlReachable: true, maxWaitMinutes: 5 },
			}),
		});
		expect(parked.run.status).toBe('waiting');
		expect(parked.items.map((item) => [item.json.externalTaskId, item.json.waitingFor])).toEqual([
			['n8n-exec-img-kling-r0-i0', 'callback'],
			['n8n-exec-img-kling-r0-i1', 'callback'],
		]);
		const url = callbackUrlOf(submittedBodies(sim()));
		expect(new URL(url).pathname).toBe('/webhook-waiting/exec-img');

		await until(() => [...sim().tasks.values()].every((t) => Date.now() - t.created_at > 1600));
		const task = [...sim().tasks.values()].find((t) => t.external_task_id === 'n8n-exec-img-kling-r0-i1')!;
		const body: IDataObject = { task_id: task.task_id, task_status: 'succeed', task_info: { external_task_id: task.external_task_id } };
		const answer = await deliverCallback(parked, url, body);
		expect(answer.result.webhookResponse).toEqual({ received: true, resumed: true });
		const [main] = answer.result.workflowData!;
		expect(main.map((item) => [item.pairedItem, item.json.externalTaskId, item.json.imageIndex])).toEqual([
			[{ item: 0 }, 'n8n-exec-img-kling-r0-i0', 0],
			[{ item: 0 }, 'n8n-exec-img-kling-r0-i0', 1],
			[{ item: 1 }, 'n8n-exec-img-kling-r0-i1', 0],
			[{ item: 1 }, 'n8n-exec-img-kling-r0-i1', 1],
		]);
		for (const item of main) {
			expect(item.json).toMatchObject({ status: 'succeed', imageCount: 2 });
			expect(item.binary?.data).toMatchObject({ mimeType: 'image/png', fileName: `kling-${item.json.taskId}-${item.json.imageIndex}.png` });
			expect((await bytesOf(item)).subarray(0, 8).equals(PNG_SIGNATURE)).toBe(true);
		}
		// Read back from the image endpoint, never from the callback's body.
		const reads = sim().requests.filter((r) => r.method === 'GET' && !r.path.startsWith('/files/'));
		expect(reads.length).toBeGreaterThan(0);
		expect(reads.every((r) => r.path.startsWith('/kling/v1/images/generations'))).toBe(true);
	});

	test('a failed image task resumes as one item with its error', async () => {
		const parked = await runKling({
			credentials: credentialsFor(sim()),
			executionId: 'exec-img-fail',
			items: [{ json: { p: 'A kite' } }, { json: { p: 'A kite [sim:fail]' } }],
			parameters: generate({ prompt: '={{ $json.p }}', numberOfImages: 2, waitMethod: 'callback', waitOptions: { callbackUrlReachable: true } }),
		});
		await until(() => [...sim().tasks.values()].every((t) => Date.now() - t.created_at > 1600));
		const task = [...sim().tasks.values()].find((t) => t.external_task_id === 'n8n-exec-img-fail-kling-r0-i0')!;
		const answer = await deliverCallback(parked, callbackUrlOf(submittedBodies(sim())), {
			task_id: task.task_id,
			task_status: 'succeed',
			task_info: { external_task_id: task.external_task_id },
		});
		const [main] = answer.result.workflowData!;
		expect(main.map((item) => [item.pairedItem, item.json.status, item.json.imageIndex ?? null])).toEqual([
			[{ item: 0 }, 'succeed', 0],
			[{ item: 0 }, 'succeed', 1],
			[{ item: 1 }, 'failed', null],
		]);
		expect(main[2].json.error).toMatch(/Simulated failure/);
	});

	test.each([
		['Generate', 'generations', generate({ numberOfImages: 2 }), 2],
		['Expand', 'editing/expand', expand({ numberOfImages: 3 }), 3],
		['Virtual Try-On', 'kolors-virtual-try-on', tryOn(), 1],
	])('Task → Get of a %s task (Task Type %s): waits for it and outputs one item per image', async (_name, taskKind, parameters, count) => {
		const created = await runKling({ credentials: credentialsFor(sim()), parameters: { ...parameters, waitForCompletion: false } });
		const { taskId } = created.items[0].json;
		const got = await runKling({
			credentials: credentialsFor(sim()),
			parameters: { resource: 'task', operation: 'get', taskKind, taskId: String(taskId), waitOptions: { pollIntervalSeconds: 1 } },
		});
		expect(got.error).toBeUndefined();
		expect(got.items).toHaveLength(count);
		for (const [i, item] of got.items.entries()) {
			expect(item.json).toMatchObject({ taskId, status: 'succeed', imageIndex: i, imageCount: count });
			expect(item.binary?.data).toMatchObject({ mimeType: 'image/png', fileName: `kling-${taskId}-${i}.png` });
			expect((await bytesOf(item)).subarray(0, 8).equals(PNG_SIGNATURE)).toBe(true);
		}
		expect(sim().requests.some((r) => r.method === 'GET' && r.path === `/kling/v1/images/${taskKind}/${taskId}`)).toBe(true);
	});

	test('Task → Get Many of an image kind lists its tasks with their images', async () => {
		await runKling({ credentials: credentialsFor(sim()), parameters: omni({ prompt: 'A garden', numberOfImages: 2 }) });
		const listed = await runKling({ credentials: credentialsFor(sim()), parameters: { resource: 'task', operation: 'list', taskKind: 'omni-image' } });
		expect(listed.error).toBeUndefined();
		expect(listed.items).toHaveLength(1);
		expect(listed.items[0].json).toMatchObject({ status: 'succeed', imageCount: 2, images: [{ index: 0 }, { index: 1 }] });
	});
});

describe('the simulator\'s image kinds refuse what Kling documents as invalid', () => {
	const sim = useSimulator();
	const post = async (kind: string, body: IDataObject) => {
		const response = await fetch(`${sim().baseUrl}/kling/v1/images/${kind}`, {
			method: 'POST',
			headers: { authorization: `Bearer ${sim().apiKey}`, 'content-type': 'application/json' },
			body: JSON.stringify(body),
		});
		return { status: response.status, body: (await response.json()) as IDataObject };
	};

	test.each([
		['generations', 'n 1–9', { prompt: 'x', n: 10 }, /n must be an integer in \[1, 9\]/],
		['generations', 'the eight aspect ratios', { prompt: 'x', aspect_ratio: '5:4' }, /aspect_ratio must be one of/],
		['generations', 'no negative prompt with an image', { prompt: 'x', image: URL_A, negative_prompt: 'y' }, /negative_prompt is not supported for image to image/],
		['omni-image', 'at most 10 references', { prompt: 'x', image_list: Array.from({ length: 11 }, () => ({ image: URL_A })) }, /at most 10 references/],
		['omni-image', 'a series only with Image 3.0 Omni', { prompt: 'x', model_name: 'kling-image-o1', result_type: 'series' }, /result_type series is not supported by kling-image-o1/],
		['omni-image', 'a series of 2 to 9 or auto', { prompt: 'x', model_name: 'kling-v3-omni', result_type: 'series', series_amount: 1 }, /series_amount must be an integer in \[2, 9\] or auto/],
		['multi-image2image', '1 to 4 subject images', { subject_image_list: [] }, /subject_image_list must not be empty|subject_image_list needs 1 to 4/],
		['editing/expand', 'at most 3 times the area', { image: URL_A, up_expansion_ratio: 1, down_expansion_ratio: 1, left_expansion_ratio: 0, right_expansion_ratio: 0.5 }, /at most 3 times the area/],
		['editing/expand', 'all four ratios', { image: URL_A, up_expansion_ratio: 0.5 }, /down_expansion_ratio is required/],
		['kolors-virtual-try-on', 'a garment', { human_image: URL_A }, /cloth_image is required/],
	])('%s: %s', async (kind, _rule, body, problem) => {
		const answer = await post(kind, body);
		expect(answer.status).toBe(400);
		expect(answer.body).toMatchObject({ code: 1201, message: expect.stringMatching(problem) });
		expect(sim().tasks.size).toBe(0);
	});

	test('a valid body makes a task whose result lists n images, each a PNG', async () => {
		const answer = await post('omni-image', { prompt: 'x', n: 3, aspect_ratio: 'auto', image_list: [{ image: URL_A }] });
		expect(answer.status).toBe(200);
		const taskId = String((answer.body.data as IDataObject).task_id);
		await until(() => Date.now() - sim().tasks.get(taskId)!.created_at > 1300);
		const read = (await (await fetch(`${sim().baseUrl}/kling/v1/images/omni-image/${taskId}`, { headers: { authorization: `Bearer ${sim().apiKey}` } })).json()) as IDataObject;
		const images = ((read.data as IDataObject).task_result as IDataObject).images as IDataObject[];
		expect(images).toEqual([0, 1, 2].map((index) => ({ index, url: `${sim().baseUrl}/files/${taskId}-${index}.png` })));
		const file = await fetch(String(images[2].url));
		expect(file.headers.get('content-type')).toBe('image/png');
		expect(Buffer.from(await file.arrayBuffer()).subarray(0, 8).equals(PNG_SIGNATURE)).toBe(true);
	});
});
