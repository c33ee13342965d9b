import type { INodeParameters } from 'n8n-workflow';

import { itemWithImage, JPEG_BASE64, PNG_BASE64 } from './harness/images';
import { runKling } from './harness/runKling';
import { credentialsFor, submittedBodies, useSimulator } from './harness/simulatorSuite';

const imageToVideo = (image: string, extra: INodeParameters = {}): INodeParameters => ({
	resource: 'video',
	operation: 'imageToVideo',
	model: 'kling-v2-6',
	image,
	waitForCompletion: false,
	...extra,
});

describe('images from a URL, Base64 or an incoming binary property', () => {
	const sim = useSimulator();
	const body = () => submittedBodies(sim())[0] as Record<string, unknown>;

	test('a binary property of the input item (a form upload) is encoded as plain Base64', async () => {
		const result = await runKling({
			credentials: credentialsFor(sim()),
			items: [itemWithImage('photo', JPEG_BASE64)],
			parameters: imageToVideo('photo', { additionalFields: { imageTail: 'photo' } }),
		});
		expect(result.error).toBeUndefined();
		expect(body().image).toBe(JPEG_BASE64);
		expect(body().image_tail).toBe(JPEG_BASE64);
	});

	test('each item encodes its own binary data', async () => {
		await runKling({
			credentials: credentialsFor(sim()),
			items: [itemWithImage('data', PNG_BASE64), itemWithImage('data', JPEG_BASE64)],
			parameters: imageToVideo('data'),
		});
		expect(submittedBodies(sim()).map((b) => (b as Record<string, unknown>).image).sort()).toEqual([JPEG_BASE64, PNG_BASE64].sort());
	});

	test('binary images in dynamic masks and multi-image references are encoded too', async () => {
		await runKling({
			credentials: credentialsFor(sim()),
			items: [itemWithImage('mask')],
			parameters: imageToVideo('https://example.com/a.jpg', {
				additionalFields: { dynamicMasks: { mask: [{ mask: 'mask', trajectories: '1,1; 2,2' }] } },
			}),
		});
		expect((body().dynamic_masks as Array<{ mask: string }>)[0].mask).toBe(PNG_BASE64);
	});

	test('Base64 is sent as is, a data: URL loses its prefix, a URL stays a URL', async () => {
		await runKling({ credentials: credentialsFor(sim()), parameters: imageToVideo(PNG_BASE64) });
		await runKling({ credentials: credentialsFor(sim()), parameters: imageToVideo(`data:image/png;base64,${PNG_BASE64}`) });
		await runKling({ credentials: credentialsFor(sim()), parameters: imageToVideo('https://example.com/a.jpg') });
		expect(submittedBodies(sim()).map((b) => (b as Record<string, unknown>).image)).toEqual([PNG_BASE64, PNG_BASE64, 'https://example.com/a.jpg']);
	});

	test.each([
		['a name that is no binary property and no Base64', 'my photo.jpg', /Image: "my photo.jpg" is neither a URL, nor a binary property of the input item, nor Base64/],
		['Base64 that is not a JPG or PNG', Buffer.from('GIF89a not allowed').toString('base64'), /Image: the image must be a JPG or PNG/],
	])('%s is an error naming the field, before sending', async (_case, value, names) => {
		const result = await runKling({ credentials: credentialsFor(sim()), parameters: imageToVideo(value) });
		expect(result.error?.message).toMatch(names);
		expect(sim().count('submit')).toBe(0);
	});

	test('an image over 10 MB is refused', async () => {
		const big = Buffer.alloc(10 * 1024 * 1024 + 1);
		Buffer.from(PNG_BASE64, 'base64').copy(big);
		const result = await runKling({
			credentials: credentialsFor(sim()),
			items: [itemWithImage('big', big.toString('base64'))],
			parameters: imageToVideo('big'),
		});
		expect(result.error?.message).toMatch(/Image: the image is 10\.0 MB; Kling takes at most 10 MB/);
	});
});
