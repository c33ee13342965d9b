import type { IDataObject, INodeExecutionData, INodeParameters } from 'n8n-workflow';
import { NodeHelpers } from 'n8n-workflow';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { Kling } from '../nodes/Kling/Kling.node';
import { itemWithImage, PNG_BASE64 } from './harness/images';
import { binaryDataService, runKling } from './harness/runKling';
import { credentialsFor, useSimulator } from './harness/simulatorSuite';
import { jpegHeaderOfSize, pngOfSize } from './harness/sizedImages';

const MASK_PNG = readFileSync(join(__dirname, 'simulator', 'fixtures', 'sample.png'));
const PHOTO = 'https://example.com/photos/person.jpg';
const PNG_400 = pngOfSize(400, 400);
const ROUTE = '/kling/v1/videos/image-recognize';

/** Image → Recognize; tests override what they check. */
const recognize = (overrides: INodeParameters = {}): INodeParameters => ({ resource: 'image', operation: 'recognize', image: PHOTO, ...overrides });

describe('Image → Recognize (answered at once)', () => {
	const sim = useSimulator();
	const run = (parameters: INodeParameters = {}, items?: INodeExecutionData[], prefix = '/kling') =>
		runKling({ credentials: credentialsFor(sim(), prefix), parameters: recognize(parameters), items });
	const apiCalls = () => sim().requests.filter((r) => !r.path.startsWith('/files/'));
	const downloads = () => sim().requests.filter((r) => r.path.startsWith('/files/'));
	const bytesOf = async (item: INodeExecutionData, property: string) => await binaryDataService().getAsBuffer(item.binary![property]);

	test('one POST /v1/videos/image-recognize with the image; the four masks as PNG binary properties, found flags, URLs and cost in the JSON', async () => {
		const result = await run();
		expect(result.error).toBeUndefined();
		expect(apiCalls().map((r) => `${r.method} ${r.path}`)).toEqual([`POST ${ROUTE}`]);
		expect(apiCalls()[0].body).toEqual({ image: PHOTO });

		expect(result.items).toHaveLength(1);
		const [item] = result.items;
		const urls = downloads().map((r) => `${sim().baseUrl}${r.path}`);
		const maskUrl = (index: number) => expect.stringMatching(new RegExp(`^${sim().baseUrl}/files/\\d+-${index}\\.png$`));
		expect(item.json).toEqual({
			// The photo it looked at (given by URL), for a later node to send on.
			imageUrl: PHOTO,
			subjectFound: true,
			headFound: true,
			faceFound: true,
			clothFound: true,
			subjectMaskUrl: maskUrl(0),
			headMaskUrl: maskUrl(1),
			faceMaskUrl: maskUrl(2),
			clothMaskUrl: maskUrl(3),
			masks: [
				{ type: 'object_seg', name: 'subject', found: true, url: maskUrl(0) },
				{ type: 'head_seg', name: 'head', found: true, url: maskUrl(1) },
				{ type: 'face_seg', name: 'face', found: true, url: maskUrl(2) },
				{ type: 'cloth_seg', name: 'cloth', found: true, url: maskUrl(3) },
			],
			// Kling bills 0.1 unit a call (final_unit_deduction).
			cost: { units: 0.1 },
		});
		expect(Object.keys(item.binary ?? {}).sort()).toEqual(['clothMask', 'faceMask', 'headMask', 'subjectMask']);
		for (const name of ['subject', 'head', 'face', 'cloth']) {
			expect(item.binary?.[`${name}Mask`]).toMatchObject({ mimeType: 'image/png', fileName: `kling-${name}-mask.png`, fileExtension: 'png' });
			expect((await bytesOf(item, `${name}Mask`)).equals(MASK_PNG)).toBe(true);
			expect(urls).toContain(item.json[`${name}MaskUrl`]);
		}
		expect(item.pairedItem).toEqual({ item: 0 });
	});

	test('what was not found is false and gets no binary property (its URL stays in the JSON)', async () => {
		const result = await run({ image: `${PHOTO}?sim-missing=face,cloth` });
		expect(result.error).toBeUndefined();
		const [item] = result.items;
		expect(item.json).toMatchObject({ subjectFound: true, headFound: true, faceFound: false, clothFound: false });
		expect(item.json.faceMaskUrl).toEqual(expect.stringContaining('/files/'));
		expect((item.json.masks as IDataObject[]).map((mask) => [mask.name, mask.found])).toEqual([
			['subject', true],
			['head', true],
			['face', false],
			['cloth', false],
		]);
		expect(Object.keys(item.binary ?? {}).sort()).toEqual(['headMask', 'subjectMask']);
		expect(downloads()).toHaveLength(2);
	});

	test('nothing found: four false flags and no binary data at all', async () => {
		const result = await run({ image: `${PHOTO}?sim-missing=subject,head,face,cloth` });
		expect(result.items[0].json).toMatchObject({ subjectFound: false, headFound: false, faceFound: false, clothFound: false });
		expect(result.items[0].binary).toBeUndefined();
		expect(downloads()).toHaveLength(0);
	});

	test('the image from a binary property of the input item, or as Base64 with a data: prefix, is sent as plain Base64', async () => {
		const fromBinary = await run({ image: 'photo' }, [itemWithImage('photo', PNG_400)]);
		expect(fromBinary.error).toBeUndefined();
		const fromBase64 = await run({ image: `data:image/png;base64,${PNG_400}` });
		expect(fromBase64.error).toBeUndefined();
		expect(apiCalls().map((r) => r.body)).toEqual([{ image: PNG_400 }, { image: PNG_400 }]);
	});

	test('Download Masks off: the flags and URLs only, nothing downloaded; Simplify Output off adds the host\'s answer', async () => {
		const result = await run({ downloadVideo: false, simplify: false });
		expect(result.error).toBeUndefined();
		const [item] = result.items;
		expect(item.binary).toBeUndefined();
		expect(downloads()).toHaveLength(0);
		expect(item.json.subjectFound).toBe(true);
		expect(item.json.raw).toMatchObject({ code: 0, data: { final_unit_deduction: '0.1', task_result: { images: expect.any(Array) } } });
	});

	test('Additional Body Fields (JSON) are merged into the body (the simulator, like a strict host, refuses the unknown key)', async () => {
		const result = await run({ additionalFields: { additionalBodyFields: '{"new_field": "x"}' } });
		expect(apiCalls()[0].body).toEqual({ image: PHOTO, new_field: 'x' });
		expect(result.error?.message).toBe('Kling API error 1201 on the image recognition (HTTP 400): Invalid parameter: unknown parameter new_field');
	});

	test.each<[string, INodeParameters, RegExp]>([
		['Image required', { image: '={{ "" }}' }, /^Invalid input\. Image: is required$/],
		['Image a URL, a binary property or Base64', { image: 'not an image at all!' }, /^Invalid input\. Image: "not an image at all!" is neither a URL/],
		['Image a JPG or PNG', { image: Buffer.from('GIF89a-not-allowed').toString('base64') }, /^Invalid input\. Image: the image must be a JPG or PNG/],
		['Image at least 300 px on each side', { image: PNG_BASE64 }, /^Invalid input\. Image: the image is 1×1 px; Kling needs at least 300 px on each side/],
		['Image within 1:2.5 and 2.5:1', { image: jpegHeaderOfSize(1200, 400) }, /^Invalid input\. Image: the image is 1200×400 px; Kling takes aspect ratios from 1:2\.5 to 2\.5:1/],
		['Additional Body Fields a JSON object', { additionalFields: { additionalBodyFields: '[1]' } }, /^Invalid input\. Additional Body Fields \(JSON\): must be a JSON object/],
	])('%s: refused before anything is sent', async (_rule, parameters, message) => {
		const result = await run(parameters);
		expect(result.error?.message).toMatch(message);
		expect(sim().requests).toEqual([]);
	});

	test('a size at the limits passes: 300 px and 2.5:1; an image by URL is Kling\'s to measure', async () => {
		for (const image of [pngOfSize(300, 300), jpegHeaderOfSize(750, 300), 'https://example.com/tiny.png']) {
			expect((await run({ image, downloadVideo: false })).error).toBeUndefined();
		}
		expect(apiCalls()).toHaveLength(3);
	});

	test('a bad item stops every item before anything is sent; with Continue On Fail it alone fails and the others are recognized', async () => {
		const items = [{ json: { photo: PHOTO } }, { json: { photo: 'nope!' } }, { json: { photo: `${PHOTO}?sim-missing=cloth` } }];
		const parameters = recognize({ image: '={{ $json.photo }}' });
		const stopped = await runKling({ credentials: credentialsFor(sim()), parameters, items });
		expect(stopped.error?.message).toMatch(/Image: "nope!" is neither a URL/);
		expect(sim().requests).toEqual([]);

		const going = await runKling({ credentials: credentialsFor(sim()), parameters, items, continueOnFail: true });
		expect(going.items.map((item) => [item.pairedItem, item.json.clothFound ?? item.json.error])).toEqual([
			[{ item: 0 }, true],
			[{ item: 1 }, expect.stringMatching(/Image: "nope!" is neither a URL/)],
			[{ item: 2 }, false],
		]);
		expect(apiCalls()).toHaveLength(2);
	});

	test('throttling is waited out and sent again; a lost answer is never sent again (the call may be charged)', async () => {
		sim().inject({ on: 'call', status: 429, retryAfterSeconds: 1 });
		const throttled = await run();
		expect(throttled.error).toBeUndefined();
		expect(apiCalls()).toHaveLength(2);

		sim().reset();
		sim().inject({ on: 'call', status: 502, html: true });
		const lost = await run();
		expect(lost.error?.message).toMatch(/^The answer to the image recognition was lost \(.*\): it may have been made and charged$/);
		expect(lost.error?.description).toContain('did not send it again');
		expect(apiCalls()).toHaveLength(1);
	});

	test('a host without the route (a new-api gateway): an error that says so, without the key', async () => {
		const result = await run({}, undefined, '/newapi');
		expect(result.error?.message).toBe('This host does not offer Kling\'s image recognition (POST /v1/videos/image-recognize answered "not found")');
		expect(result.error?.description).toContain(`${sim().baseUrl}/newapi has no POST /v1/videos/image-recognize.`);
		expect(JSON.stringify(result.run.data.resultData)).not.toContain(sim().apiKey);
	});

	test('an aggregator\'s flat answer (the data without the envelope) is read alike', async () => {
		const result = await run({ image: `${PHOTO}?sim-missing=head` }, undefined, '/flat');
		expect(result.error).toBeUndefined();
		expect(result.items[0].json).toMatchObject({ subjectFound: true, headFound: false, cost: { units: 0.1 } });
		expect(Object.keys(result.items[0].binary ?? {}).sort()).toEqual(['clothMask', 'faceMask', 'subjectMask']);
	});

	test('an answer that lists no masks is an error, never "nothing found"', async () => {
		sim().inject({ on: 'call', status: 200, code: 0, message: 'SUCCEED' });
		const result = await run();
		expect(result.error?.message).toMatch(/^The host's answer to the image recognition lists no masks/);
	});
});

describe('the Recognize panel', () => {
	const description = new Kling().description;
	const shown = (parameters: INodeParameters) =>
		description.properties
			.filter((p) => NodeHelpers.displayParameter({ downloadVideo: true, ...parameters }, p, null, description))
			.map((p) => p.displayName)
			.filter((name) => !['Authentication', 'Resource', 'Operation', 'Simplify Output'].includes(name));

	test('in the Image picker; its own fields, no Wait for Completion, callback or output field', () => {
		const picker = description.properties.find((p) => p.name === 'operation' && p.displayOptions?.show?.resource?.includes('image'))!;
		expect((picker.options as Array<{ name: string; value: string }>).find((o) => o.value === 'recognize')?.name).toBe('Recognize');
		expect(shown({ resource: 'image', operation: 'recognize' })).toEqual(['Image', 'Download Masks', 'Additional Fields']);
	});
});

describe('the simulator\'s Image Recognize refuses what Kling documents as invalid', () => {
	const sim = useSimulator();
	const post = async (body: unknown) => {
		const response = await fetch(`${sim().baseUrl}${ROUTE}`, {
			method: 'POST',
			headers: { authorization: `Bearer ${sim().apiKey}`, 'content-type': 'application/json' },
			body: JSON.stringify(body),
		});
		return { status: response.status, body: (await response.json()) as IDataObject };
	};

	test.each([
		['an image', {}, /image is required/],
		['a URL or Base64', { image: 'data:image/png;base64,AAAA' }, /must be a URL or Base64/],
		['at least 300 px', { image: PNG_BASE64 }, /at least 300 px/],
		['nothing but the image', { image: PHOTO, model_name: 'kling-v1' }, /unknown parameter model_name/],
	])('%s', async (_rule, body, problem) => {
		const answer = await post(body);
		expect(answer.status).toBe(400);
		expect(answer.body).toMatchObject({ code: 1201, message: expect.stringMatching(problem) });
	});
});
