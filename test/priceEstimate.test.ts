import type { IDataObject } from 'n8n-workflow';

import { TASK_OPERATIONS } from '../nodes/Kling/operations/registry';
import { estimateUnits, withEstimate } from '../nodes/Kling/pipeline/estimateUnits';

/*
 * The figures below are read from Kling's price pages as shared/spec/kling-api-2026.md §C
 * quotes them (video units a second at 720p (std) / 1080p (pro) / 4K; image units an image),
 * written out here rather than taken from prices.ts, so that the table is checked too.
 */
const video = (value: string, body: IDataObject) => estimateUnits({ resource: 'video', value }, body);
const image = (value: string, body: IDataObject) => estimateUnits({ resource: 'image', value }, body);

describe("the estimate from Kling's published prices", () => {
	test.each([
		// [model, mode, duration, sound, units]
		['kling-v3', 'std', '5', undefined, 3], // 0.6/s
		['kling-v3', 'pro', '10', 'off', 8], // 0.8/s
		['kling-v3', '4k', '5', undefined, 15], // 3.0/s
		['kling-v3', 'std', '3', 'on', 2.7], // native audio 0.9/s
		['kling-v3', 'pro', '15', 'on', 18], // native audio 1.2/s
		['kling-v2-6', 'pro', '5', undefined, 2.5], // 0.5/s
		['kling-v2-6', 'std', '10', undefined, 3], // 0.3/s
		['kling-v2-6', 'pro', '10', 'on', 10], // native audio, 1080p only: 1.0/s
		['kling-v2-5-turbo', 'std', '10', undefined, 3], // 0.3/s
		['kling-v2-5-turbo', 'pro', '5', undefined, 2.5], // 0.5/s
	])('Text to Video, %s %s %s s, sound %s: %d video units', (model_name, mode, duration, sound, units) => {
		const body: IDataObject = { model_name, mode, duration, ...(sound ? { sound } : {}) };
		expect(video('textToVideo', body)).toEqual({ pack: 'video', units });
		expect(video('imageToVideo', body)).toEqual({ pack: 'video', units });
	});

	test("the new API's ids: 3.0 Turbo 0.8/1.0 a second (always with its sound); 3.0 Omni priced as kling-v3-omni", () => {
		expect(video('textToVideo', { model_name: 'kling-3.0-turbo', mode: 'std', duration: '10' })).toEqual({ pack: 'video', units: 8 });
		expect(video('imageToVideo', { model_name: 'kling-3.0-turbo', mode: 'pro', duration: '5' })).toEqual({ pack: 'video', units: 5 });
		expect(video('textToVideo', { model_name: 'kling-3.0-turbo', mode: '4k', duration: '5' }).unknown).toContain('4K');
		expect(video('omniVideo', { model_name: 'kling-3.0-omni', mode: 'pro', duration: '5', sound: 'on' })).toEqual({ pack: 'video', units: 5 });
		expect(video('omniVideo', { model_name: 'kling-3.0-omni', mode: '4k', duration: '4' })).toEqual({ pack: 'video', units: 12 });
		expect(video('motionControl', { model_name: 'kling-3.0' }).unknown).toContain('0.9–1.2 units a second');
	});

	test('Image to Video with voices on kling-v2-6 is billed "with voice control" (1.2/s at 1080p)', () => {
		expect(video('imageToVideo', { model_name: 'kling-v2-6', mode: 'pro', duration: '5', sound: 'on', voice_list: [{ voice_id: 'v' }] })).toEqual({ pack: 'video', units: 6 });
	});

	test('no mode is Kling\'s default, std; no duration its default, 5 s', () => {
		expect(video('textToVideo', { model_name: 'kling-v3' })).toEqual({ pack: 'video', units: 3 });
	});

	test('a combination without a published price is unknown, saying why', () => {
		expect(video('textToVideo', { model_name: 'kling-v2-6', mode: 'std', duration: '5', sound: 'on' })).toEqual({
			pack: 'video',
			unknown: 'Kling publishes no price for kling-v2-6 with native audio at 720p (std)',
		});
		expect(video('textToVideo', { model_name: 'kling-v3', duration: '5', sound: 'on', voice_list: [{ voice_id: 'v' }] }).unknown).toContain('voice control');
		expect(video('textToVideo', { model_name: 'kling-v2-6', mode: '4k', duration: '5' }).unknown).toBe('Kling publishes no price for kling-v2-6 without audio at 4K');
		for (const model_name of ['kling-v1', 'kling-v1-5', 'kling-v1-6', 'kling-v2-master', 'kling-v2-1', 'kling-v2-1-master', 'kling-v9']) {
			expect(video('textToVideo', { model_name, mode: 'std', duration: '5' })).toEqual({ pack: 'video', unknown: `Kling publishes no 2026 price for ${model_name}` });
		}
	});

	test('Omni-Video: 3.0 Omni and O1, with and without a feature video; a video to edit is unknown (billed by its length)', () => {
		expect(video('omniVideo', { model_name: 'kling-v3-omni', mode: 'std', duration: '5' })).toEqual({ pack: 'video', units: 3 }); // 0.6/s
		expect(video('omniVideo', { model_name: 'kling-v3-omni', mode: 'pro', duration: '10', sound: 'on' })).toEqual({ pack: 'video', units: 10 }); // 1.0/s
		expect(video('omniVideo', { model_name: 'kling-v3-omni', mode: '4k', duration: '4' })).toEqual({ pack: 'video', units: 12 }); // 3.0/s
		const feature = [{ video_url: 'https://example.com/v.mp4', refer_type: 'feature' }];
		expect(video('omniVideo', { model_name: 'kling-v3-omni', mode: 'std', duration: '5', video_list: feature })).toEqual({ pack: 'video', units: 4.5 }); // 0.9/s
		expect(video('omniVideo', { model_name: 'kling-video-o1', mode: 'pro', duration: '10', video_list: feature })).toEqual({ pack: 'video', units: 12 }); // 1.2/s
		expect(video('omniVideo', { model_name: 'kling-video-o1', mode: 'pro', duration: '10' })).toEqual({ pack: 'video', units: 8 }); // 0.8/s
		expect(video('omniVideo', { model_name: 'kling-v3-omni', duration: '5', sound: 'on', video_list: feature }).unknown).toContain('video input and native audio');
		expect(video('omniVideo', { model_name: 'kling-video-o1', duration: '5', sound: 'on' }).unknown).toContain('kling-video-o1 with native audio');
		expect(video('omniVideo', { model_name: 'kling-v3-omni', duration: '5', video_list: [{ video_url: 'https://example.com/v.mp4' }] }).unknown).toContain('billed by its own length');
	});

	test('audio and voices: per call, in video units', () => {
		expect(estimateUnits({ resource: 'audio', value: 'textToAudio' }, { prompt: 'rain', duration: 10 })).toEqual({ pack: 'video', units: 0.25 });
		expect(estimateUnits({ resource: 'audio', value: 'videoToAudio' }, { video_id: 'v' })).toEqual({ pack: 'video', units: 0.25 });
		expect(estimateUnits({ resource: 'voice', value: 'create' }, { voice_name: 'n' })).toEqual({ pack: 'video', units: 0.05 });
	});

	test('operations billed by the length of an input, or without a published price, are unknown', () => {
		expect(video('motionControl', { model_name: 'kling-v3', mode: 'pro' }).unknown).toBe(
			'Motion Control is billed per second of the reference video (0.9–1.2 units a second), whose length the node does not know before sending',
		);
		expect(video('avatar', { mode: 'std' }).unknown).toContain('0.4–0.8 units a second');
		expect(video('lipSync', {}).unknown).toContain('0.5 units per 5 seconds');
		expect(video('videoExtend', {}).unknown).toBe('Kling publishes no price for Extend');
		expect(video('videoEffects', {}).unknown).toContain('Video Effects Center');
		expect(video('multiImageToVideo', { model_name: 'kling-v1-6' }).unknown).toContain('kling-v1-6');
		expect(estimateUnits({ resource: 'element', value: 'createAdvanced' }, {}).units).toBeUndefined();
		expect(image('virtualTryOn', {})).toEqual({ pack: 'try-on', unknown: 'Kling publishes no price for Virtual Try-On' });
	});

	test('images: image units an image, times Number of Images', () => {
		expect(image('generate', { model_name: 'kling-v2-1', n: 3 })).toEqual({ pack: 'image', units: 12 }); // text to image 4
		expect(image('generate', { model_name: 'kling-v2-1', image: 'https://example.com/a.png', n: 3 })).toEqual({ pack: 'image', units: 24 }); // image to image 8
		expect(image('generate', { model_name: 'kling-v3', n: 2, resolution: '2k' })).toEqual({ pack: 'image', units: 16 }); // 8
		expect(image('generate', { model_name: 'kling-v3' })).toEqual({ pack: 'image', units: 8 }); // n defaults to 1
		expect(image('omniImage', { model_name: 'kling-image-o1', n: 1 })).toEqual({ pack: 'image', units: 8 });
		expect(image('omniImage', { model_name: 'kling-v3-omni', resolution: '4k', n: 2 })).toEqual({ pack: 'image', units: 32 }); // 16 at 4K
		expect(image('omniImage', { model_name: 'kling-v3-omni', result_type: 'series', series_amount: 4 })).toEqual({ pack: 'image', units: 32 });
		expect(image('omniImage', { model_name: 'kling-v3-omni', result_type: 'series', series_amount: 'auto' }).unknown).toContain('number of images');
		expect(image('multiImageToImage', { model_name: 'kling-v2-1', n: 2 })).toEqual({ pack: 'image', units: 32 }); // 16
		expect(image('expand', { n: 2 })).toEqual({ pack: 'image', units: 16 }); // outpainting 8
		expect(image('generate', { model_name: 'kling-v1', n: 1 }).unknown).toBe('Kling publishes no price for kling-v1 text-to-image');
		expect(image('multiImageToImage', { model_name: 'kling-v2', n: 1 }).unknown).toContain('kling-v2 multi-image to image');
	});

	test('every task operation has an estimate (a figure or a reason), in its pack', () => {
		for (const op of TASK_OPERATIONS) {
			const estimate = estimateUnits(op, { model_name: 'kling-v3', duration: '5' });
			expect([op.value, estimate.units !== undefined || typeof estimate.unknown === 'string']).toEqual([op.value, true]);
			expect([op.value, estimate.pack]).toEqual([op.value, op.resource === 'image' ? (op.value === 'virtualTryOn' ? 'try-on' : 'image') : 'video']);
		}
	});

	test('estimatedUnits sits beside cost (or before createdAt), and only when known', () => {
		const [withCost] = withEstimate([{ json: { taskId: 't', cost: { units: 1 }, createdAt: 'x' } }], { pack: 'video', units: 2.5 });
		expect(Object.entries(withCost.json)).toEqual([['taskId', 't'], ['cost', { units: 1 }], ['estimatedUnits', 2.5], ['createdAt', 'x']]);
		const [noCost] = withEstimate([{ json: { taskId: 't', createdAt: 'x' } }], { pack: 'video', units: 2.5 });
		expect(Object.keys(noCost.json)).toEqual(['taskId', 'estimatedUnits', 'createdAt']);
		expect(withEstimate([{ json: { taskId: 't' } }], { pack: 'video', unknown: 'why' })[0].json).toEqual({ taskId: 't' });
	});
});
