import type { IDataObject, INodeParameters } from 'n8n-workflow';

import { itemWithImage, PNG_BASE64 } from './harness/images';
import { runKling } from './harness/runKling';
import { jpegHeaderOfSize, pngOfSize } from './harness/sizedImages';
import { credentialsFor, submittedBodies, useSimulator } from './harness/simulatorSuite';
import type { KlingSimulator } from './simulator';

const FRONT = 'https://example.com/nova-front.png';
const SIDE = 'https://example.com/nova-side.png';
const PNG_400 = pngOfSize(400, 400);

/** Element → Create with every field filled; tests override what they check. */
const createElement = (overrides: INodeParameters = {}): INodeParameters => ({
	resource: 'element',
	operation: 'create',
	elementName: 'Captain Nova',
	elementDescription: 'A woman in a silver space suit with short red hair',
	frontalImage: FRONT,
	elementReferenceImages: { image: [{ imageUrl: SIDE }] },
	elementTags: ['o_102'],
	...overrides,
});

/** Element → Create Advanced, from images, polled every second. */
const createAdvanced = (overrides: INodeParameters = {}): INodeParameters => ({
	resource: 'element',
	operation: 'createAdvanced',
	elementName: 'Captain Nova',
	elementDescription: 'A woman in a silver space suit',
	elementReferenceType: 'image_refer',
	advancedFrontalImage: FRONT,
	advancedReferenceImages: { image: [{ imageUrl: SIDE }] },
	waitOptions: { pollIntervalSeconds: 1 },
	...overrides,
});

const libraryCalls = (sim: KlingSimulator) => sim.requests.map((r) => `${r.method} ${r.path}${r.query.pageSize ? `?pageNum=${r.query.pageNum}&pageSize=${r.query.pageSize}` : ''}`);

describe('Element → Create (answered at once)', () => {
	const sim = useSimulator();
	const run = (parameters: INodeParameters, options: { prefix?: string; items?: IDataObject[] } = {}) =>
		runKling({
			credentials: credentialsFor(sim(), options.prefix),
			items: options.items?.map((json) => ({ json })),
			parameters: createElement(parameters),
		});

	test('sends the fields as Kling names them, once, and outputs the element in camelCase', async () => {
		const result = await run({ elementTags: ['o_102', 'o_105'] });
		expect(result.error).toBeUndefined();
		expect(libraryCalls(sim())).toEqual(['POST /kling/v1/general/custom-elements']);
		expect(submittedBodies(sim())).toEqual([
			{
				element_name: 'Captain Nova',
				element_description: 'A woman in a silver space suit with short red hair',
				element_frontal_image: FRONT,
				element_refer_list: [{ image_url: SIDE }],
				tag_list: [{ tag_id: 'o_102' }, { tag_id: 'o_105' }],
			},
		]);
		expect(result.items).toHaveLength(1);
		const { json } = result.items[0];
		expect(json).toEqual({
			elementId: expect.stringMatching(/^\d+$/),
			elementName: 'Captain Nova',
			elementDescription: 'A woman in a silver space suit with short red hair',
			elementFrontalImage: FRONT,
			elementReferList: [{ image_url: SIDE }],
			tagList: [
				{ id: 'o_102', name: 'o_102', description: '' },
				{ id: 'o_105', name: 'o_105', description: '' },
			],
			ownedBy: 'sim-user',
			source: 'custom',
		});
		expect(result.items[0].pairedItem).toEqual({ item: 0 });
	});

	test('images from a binary property of the input item or as Base64 are sent as Base64; 3 reference images at most', async () => {
		const result = await runKling({
			credentials: credentialsFor(sim()),
			items: [itemWithImage('photo', PNG_400)],
			parameters: createElement({
				frontalImage: 'photo',
				elementReferenceImages: { image: [{ imageUrl: `data:image/png;base64,${PNG_400}` }, { imageUrl: SIDE }, { imageUrl: jpegHeaderOfSize(600, 900) }] },
				elementTags: [],
			}),
		});
		expect(result.error).toBeUndefined();
		const [body] = submittedBodies(sim()) as IDataObject[];
		expect(body.element_frontal_image).toBe(PNG_400);
		expect(body.element_refer_list).toEqual([{ image_url: PNG_400 }, { image_url: SIDE }, { image_url: jpegHeaderOfSize(600, 900) }]);
		expect(body).not.toHaveProperty('tag_list');
	});

	test('Additional Body Fields (JSON) are merged into the body; Simplify off adds the host\'s answer', async () => {
		const result = await run({ simplify: false, additionalFields: { additionalBodyFields: '{"future_field": "x"}' } });
		expect(result.error).toBeUndefined();
		expect(submittedBodies(sim())[0]).toMatchObject({ future_field: 'x' });
		expect(result.items[0].json.raw).toMatchObject({ code: 0, data: { element_name: 'Captain Nova' } });
	});

	test('every item gets its own element; a bad item fails alone with Continue On Fail, before anything is sent for it', async () => {
		const result = await runKling({
			credentials: credentialsFor(sim()),
			continueOnFail: true,
			items: [{ json: { name: 'Nova' } }, { json: { name: 'A name far longer than twenty' } }, { json: { name: 'Fox' } }],
			parameters: createElement({ elementName: '={{ $json.name }}' }),
		});
		expect(result.items.map((item) => item.json.elementName ?? item.json.error)).toEqual([
			'Nova',
			'Invalid input. Name: must be at most 20 characters',
			'Fox',
		]);
		expect(result.items.map((item) => item.pairedItem)).toEqual([{ item: 0 }, { item: 1 }, { item: 2 }]);
		expect((submittedBodies(sim()) as IDataObject[]).map((body) => body.element_name)).toEqual(['Nova', 'Fox']);
	});

	describe('rules, checked before anything is sent', () => {
		test.each<[string, INodeParameters, RegExp]>([
			['name required', { elementName: '={{ "" }}' }, /Invalid input\. Name: is required/],
			['name at most 20 characters', { elementName: 'n'.repeat(21) }, /Name: must be at most 20 characters/],
			['description at most 100 characters', { elementDescription: 'd'.repeat(101) }, /Description: must be at most 100 characters/],
			['a frontal image', { frontalImage: '={{ "" }}' }, /Frontal Image: is required/],
			['at least one reference image', { elementReferenceImages: {} }, /Reference Images: needs 1 to 3 images/],
			[
				// (The editor lets no fourth entry be added; extra JSON can still send one.)
				'at most three reference images',
				{ additionalFields: { additionalBodyFields: JSON.stringify({ element_refer_list: [SIDE, SIDE, SIDE, SIDE].map((image_url) => ({ image_url })) }) } },
				/Reference Images: takes at most 3 images/,
			],
			['a tag Kling knows', { elementTags: '={{ ["o_999"] }}' }, /Tags #1 › tag_id: "o_999" is not a tag/],
			['an image file, not text', { frontalImage: 'not an image at all!' }, /Frontal Image: "not an image at all!" is neither a URL/],
			['a JPG or PNG', { frontalImage: Buffer.from('GIF89a-not-allowed').toString('base64') }, /Frontal Image: the image must be a JPG or PNG/],
			['at least 300 px on each side', { frontalImage: PNG_BASE64 }, /Frontal Image: the image is 1×1 px; Kling needs at least 300 px on each side/],
			[
				'an aspect ratio within 1:2.5 and 2.5:1',
				{ elementReferenceImages: { image: [{ imageUrl: jpegHeaderOfSize(1200, 400) }] } },
				/Reference Images #1 › Image: the image is 1200×400 px; Kling takes aspect ratios from 1:2.5 to 2.5:1/,
			],
			['Additional Body Fields a JSON object', { additionalFields: { additionalBodyFields: '[1]' } }, /Additional Body Fields \(JSON\): must be a JSON object/],
		])('%s', async (_rule, parameters, names) => {
			const result = await run(parameters);
			expect(result.error?.message).toMatch(names);
			expect(result.error?.description).toMatch(/Nothing was sent to Kling/);
			expect(sim().requests).toEqual([]);
		});

		test('a size at the limits passes: 300 px, 2.5:1, and images by URL are Kling\'s to measure', async () => {
			const result = await run({
				frontalImage: pngOfSize(300, 300),
				elementReferenceImages: { image: [{ imageUrl: jpegHeaderOfSize(750, 300) }, { imageUrl: 'https://example.com/tiny.png' }] },
			});
			expect(result.error).toBeUndefined();
			expect(sim().count('call')).toBe(1);
		});
	});

	test('throttled (HTTP 429): waits and sends again, nothing was created by the first', async () => {
		sim().inject({ on: 'call', status: 429, retryAfterSeconds: 0 });
		const result = await run({});
		expect(result.error).toBeUndefined();
		expect(sim().count('call')).toBe(2);
		expect(result.items[0].json.elementId).toBeDefined();
	});

	test.each([
		['the connection drops', { reset: true }],
		['a 502', { status: 502 }],
	])('a lost answer (%s) is never sent again: the element may exist, and the error says how to check', async (_name, fault) => {
		sim().inject({ on: 'call', ...fault });
		const result = await run({});
		expect(sim().count('call')).toBe(1);
		expect(result.error?.message).toMatch(/^The answer to the element create was lost \(.+\): the element "Captain Nova" may have been created$/);
		expect(result.error?.description).toMatch(/did not send it again.*Element → Get Many \(Source: Custom\).*run this item again only if it is not there/);
	});

	test('the host\'s refusal in its own words (a code 1201 is not taken for a duplicate)', async () => {
		sim().inject({ on: 'call', status: 400, code: 1201, message: 'Invalid parameter: element_frontal_image is too small' });
		const result = await run({});
		expect(sim().count('call')).toBe(1);
		expect(result.error?.message).toBe('Kling API error 1201 on the element create (HTTP 400): Invalid parameter: element_frontal_image is too small');
	});
});

describe('Element → Get, Get Many, Delete', () => {
	const sim = useSimulator();
	const run = (parameters: INodeParameters, prefix?: string) => runKling({ credentials: credentialsFor(sim(), prefix), parameters });
	const createMany = async (...names: string[]) =>
		(
			await runKling({
				credentials: credentialsFor(sim()),
				items: names.map((name) => ({ json: { name } })),
				parameters: createElement({ elementName: '={{ $json.name }}' }),
			})
		).items.map((item) => String(item.json.elementId));

	test('Get finds a custom element by ID in the account\'s list, 500 a page', async () => {
		const [id] = await createMany('Nova');
		sim().requests.length = 0;
		const result = await run({ resource: 'element', operation: 'get', elementId: id });
		expect(result.error).toBeUndefined();
		expect(result.items).toEqual([{ json: expect.objectContaining({ elementId: id, elementName: 'Nova', source: 'custom', ownedBy: 'sim-user' }), pairedItem: { item: 0 } }]);
		expect(libraryCalls(sim())).toEqual(['GET /kling/v1/general/custom-elements?pageNum=1&pageSize=500']);
	});

	test('Get finds a preset after the account\'s list; the ID may come as a resource locator', async () => {
		const result = await run({ resource: 'element', operation: 'get', elementId: { __rl: true, mode: 'id', value: '900000000000000002' } });
		expect(result.error).toBeUndefined();
		expect(result.items[0].json).toMatchObject({ elementId: '900000000000000002', elementName: 'Sim Red Fox', ownedBy: 'kling', source: 'preset' });
		expect(libraryCalls(sim())).toEqual([
			'GET /kling/v1/general/custom-elements?pageNum=1&pageSize=500',
			'GET /kling/v1/general/presets-elements?pageNum=1&pageSize=500',
		]);
	});

	test('Get of an unknown element: an error naming Element ID; an empty ID fails before any request', async () => {
		const missing = await run({ resource: 'element', operation: 'get', elementId: '123' });
		expect(missing.error?.message).toBe("Element ID: no element 123 in this account's elements or Kling's presets");
		sim().requests.length = 0;
		const empty = await run({ resource: 'element', operation: 'get', elementId: '={{ "" }}' });
		expect(empty.error?.message).toMatch(/^Invalid input\. Element ID: is required/);
		expect(sim().requests).toEqual([]);
	});

	test('Get Many: Custom (newest first), Preset, Both; one item per element', async () => {
		await createMany('First', 'Second');
		const names = async (parameters: INodeParameters) =>
			(await run({ resource: 'element', operation: 'getMany', returnAll: true, ...parameters })).items.map((item) => `${item.json.source}:${item.json.elementName}`);
		expect(await names({ librarySource: 'custom' })).toEqual(['custom:Second', 'custom:First']);
		expect(await names({ librarySource: 'preset' })).toEqual(['preset:Sim Astronaut', 'preset:Sim Red Fox', 'preset:Sim Coffee Cup']);
		expect(await names({ librarySource: 'both' })).toEqual(['custom:Second', 'custom:First', 'preset:Sim Astronaut', 'preset:Sim Red Fox', 'preset:Sim Coffee Cup']);
	});

	test('Get Many with a Limit stops there, and pages with the limit as the page size', async () => {
		await createMany('A', 'B', 'C');
		sim().requests.length = 0;
		const result = await run({ resource: 'element', operation: 'getMany', librarySource: 'both', limit: 4 });
		expect(result.items.map((item) => item.json.elementName)).toEqual(['C', 'B', 'A', 'Sim Astronaut']);
		expect(libraryCalls(sim())).toEqual([
			'GET /kling/v1/general/custom-elements?pageNum=1&pageSize=4',
			'GET /kling/v1/general/presets-elements?pageNum=1&pageSize=1',
		]);
		sim().requests.length = 0;
		const two = await run({ resource: 'element', operation: 'getMany', librarySource: 'custom', limit: 2 });
		expect(two.items.map((item) => item.json.elementName)).toEqual(['C', 'B']);
		expect(libraryCalls(sim())).toEqual(['GET /kling/v1/general/custom-elements?pageNum=1&pageSize=2']);
	});

	test('Get Many with Return All reads page after page until a page is not full', async () => {
		const many = Array.from({ length: 501 }, (_, i) => `E${i}`);
		await createMany(...many);
		sim().requests.length = 0;
		const result = await run({ resource: 'element', operation: 'getMany', returnAll: true });
		expect(result.items).toHaveLength(501);
		expect(libraryCalls(sim())).toEqual([
			'GET /kling/v1/general/custom-elements?pageNum=1&pageSize=500',
			'GET /kling/v1/general/custom-elements?pageNum=2&pageSize=500',
		]);
	}, 60_000);

	test('Delete removes a custom element: {deleted, elementId}; Get no longer finds it', async () => {
		const [id] = await createMany('Nova');
		sim().requests.length = 0;
		const result = await run({ resource: 'element', operation: 'delete', elementId: id });
		expect(result.error).toBeUndefined();
		expect(result.items).toEqual([{ json: { deleted: true, elementId: id }, pairedItem: { item: 0 } }]);
		expect(sim().requests.map((r) => [r.method, r.path, r.body])).toEqual([['POST', '/kling/v1/general/delete-elements', { element_id: id }]]);
		const gone = await run({ resource: 'element', operation: 'get', elementId: id });
		expect(gone.error?.message).toMatch(/^Element ID: no element/);
	});

	test('Delete of a preset: the host\'s refusal; a lost answer is not sent again', async () => {
		const preset = await run({ resource: 'element', operation: 'delete', elementId: '900000000000000001' });
		expect(preset.error?.message).toMatch(/Kling API error 1201 on the delete of element 900000000000000001 \(HTTP 400\): .*only custom elements/);
		sim().reset();
		sim().inject({ on: 'call', reset: true });
		const lost = await run({ resource: 'element', operation: 'delete', elementId: '42' });
		expect(sim().count('call')).toBe(1);
		expect(lost.error?.message).toMatch(/^The answer to the delete of element 42 was lost .*: it may have been deleted$/);
		expect(lost.error?.description).toMatch(/Element → Get/);
	});

	test('continueOnFail: an element that is not there becomes that item\'s error, the others go on', async () => {
		const [id] = await createMany('Nova');
		const result = await runKling({
			credentials: credentialsFor(sim()),
			continueOnFail: true,
			items: [{ json: { id: 'nope' } }, { json: { id } }],
			parameters: { resource: 'element', operation: 'get', elementId: '={{ $json.id }}' },
		});
		expect(result.items.map((item) => item.json.error ?? item.json.elementName)).toEqual([
			"Element ID: no element nope in this account's elements or Kling's presets",
			'Nova',
		]);
	});

	test('a long numeric element ID keeps every digit (JSON numbers past 2^53 would not), and any ID comes out as text', async () => {
		const { keepLongIds } = await import('../nodes/Kling/transport/longIds');
		const text = '{"data":[{"element_id": 842250903629086785,"element_name":"x"},{"element_id":12}],"task_id":842250903629086786}';
		expect(JSON.parse(keepLongIds(text))).toEqual({
			data: [{ element_id: '842250903629086785', element_name: 'x' }, { element_id: '12' }],
			task_id: '842250903629086786',
		});
	});
});

describe('Element → Create Advanced (a task)', () => {
	const sim = useSimulator();
	const run = (parameters: INodeParameters, prefix?: string) => runKling({ credentials: credentialsFor(sim(), prefix), parameters: createAdvanced(parameters) });

	test('from images: submits to advanced-custom-elements, waits, and outputs the element', async () => {
		const result = await run({ elementTags: ['o_102'], advancedFrontalImage: PNG_400 });
		expect(result.error).toBeUndefined();
		expect(submittedBodies(sim())).toEqual([
			{
				element_name: 'Captain Nova',
				element_description: 'A woman in a silver space suit',
				reference_type: 'image_refer',
				element_image_list: { frontal_image: PNG_400, refer_images: [{ image_url: SIDE }] },
				tag_list: [{ tag_id: 'o_102' }],
				external_task_id: expect.stringMatching(/^n8n-.+-kling-r0-i0$/),
			},
		]);
		const { json } = result.items[0];
		const taskId = String(json.taskId);
		expect(json).toMatchObject({
			status: 'succeed',
			elementId: `${taskId}-element`,
			elementName: 'Captain Nova',
			referenceType: 'image_refer',
			elementImageList: { frontal_image: expect.stringMatching(/^https:\/\//), refer_images: [{ image_url: SIDE }] },
			elements: [expect.objectContaining({ element_id: `${taskId}-element` })],
		});
		expect(result.items[0].binary).toBeUndefined();
		expect(sim().requests.some((r) => r.method === 'GET' && r.path === `/kling/v1/general/advanced-custom-elements/${taskId}`)).toBe(true);
		// The new element is in the account's list.
		const listed = await runKling({ credentials: credentialsFor(sim()), parameters: { resource: 'element', operation: 'get', elementId: `${taskId}-element` } });
		expect(listed.items[0].json).toMatchObject({ elementName: 'Captain Nova', source: 'custom' });
	});

	test('from a video with a voice: the video and the voice go where Kling takes them; the images are not sent', async () => {
		const result = await run({
			elementReferenceType: 'video_refer',
			elementReferenceVideo: 'https://example.com/nova.mp4',
			elementVoiceId: 'sim_voice_warm_en',
			waitForCompletion: false,
			additionalFields: { externalTaskId: 'nova-1', callbackUrl: 'https://example.com/hook' },
		});
		expect(result.error).toBeUndefined();
		expect(submittedBodies(sim())).toEqual([
			{
				element_name: 'Captain Nova',
				element_description: 'A woman in a silver space suit',
				reference_type: 'video_refer',
				element_video_list: { refer_videos: [{ video_url: 'https://example.com/nova.mp4' }] },
				element_voice_id: 'sim_voice_warm_en',
				callback_url: 'https://example.com/hook',
				external_task_id: 'nova-1',
			},
		]);
		expect(result.items[0].json).toMatchObject({ status: 'submitted', externalTaskId: 'nova-1' });
	});

	test.each<[string, INodeParameters, RegExp]>([
		['a frontal image for image elements', { advancedFrontalImage: '={{ "" }}' }, /Frontal Image: is required/],
		['reference images for image elements', { advancedReferenceImages: {} }, /Reference Images: needs 1 to 3 images/],
		['images of at least 300 px', { advancedFrontalImage: PNG_BASE64 }, /Frontal Image: the image is 1×1 px/],
		['a video for video elements', { elementReferenceType: 'video_refer', elementReferenceVideo: '={{ "" }}' }, /Reference Video: is required/],
		['the video by http(s) URL', { elementReferenceType: 'video_refer', elementReferenceVideo: 'ftp://example.com/a.mp4' }, /Reference Video: must be an http\(s\) URL/],
		[
			'a reference type Kling knows',
			{ elementReferenceType: '={{ "sketch" }}', elementReferenceVideo: 'https://example.com/a.mp4' },
			/Made From: must be one of image_refer, video_refer/,
		],
		['a voice only for video elements', { additionalFields: { additionalBodyFields: '{"element_voice_id": "v1"}' } }, /only an element made from a video takes a voice/],
	])('checked before anything is sent: %s', async (_rule, parameters, names) => {
		const result = await run(parameters);
		expect(result.error?.message).toMatch(names);
		expect(sim().requests).toEqual([]);
	});

	test('Task → Get reads an advanced-custom-elements task back at its endpoint and waits for it', async () => {
		const submitted = await run({ waitForCompletion: false });
		const taskId = String(submitted.items[0].json.taskId);
		const result = await runKling({
			credentials: credentialsFor(sim()),
			parameters: { resource: 'task', operation: 'get', taskKind: 'advanced-custom-elements', taskId, waitOptions: { pollIntervalSeconds: 1 } },
		});
		expect(result.error).toBeUndefined();
		expect(result.items[0].json).toMatchObject({ taskId, status: 'succeed', elementId: `${taskId}-element`, elementName: 'Captain Nova' });
		expect(sim().requests.filter((r) => r.method === 'GET').every((r) => r.path === `/kling/v1/general/advanced-custom-elements/${taskId}`)).toBe(true);
	});
});

describe('Element on a host without Kling\'s elements (a new-api gateway)', () => {
	const sim = useSimulator();
	const run = (parameters: INodeParameters) => runKling({ credentials: credentialsFor(sim(), '/newapi'), parameters });

	test.each<[string, INodeParameters, string]>([
		['Create', createElement(), 'POST /v1/general/custom-elements'],
		['Get', { resource: 'element', operation: 'get', elementId: '1' }, 'GET /v1/general/custom-elements'],
		['Get Many', { resource: 'element', operation: 'getMany', librarySource: 'preset' }, 'GET /v1/general/presets-elements'],
		['Delete', { resource: 'element', operation: 'delete', elementId: '1' }, 'POST /v1/general/delete-elements'],
		['Create Advanced', createAdvanced(), 'POST /v1/general/advanced-custom-elements'],
	])('%s: an error that says the host does not offer elements', async (_name, parameters, route) => {
		const result = await run(parameters);
		expect(result.error?.message).toBe(`This host does not offer Kling's elements (${route} answered "not found")`);
		expect(result.error?.description).toMatch(/official API.*api-singapore\.klingai\.com/);
		expect(sim().requests).toHaveLength(1);
	});
});
