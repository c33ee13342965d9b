import type { IDataObject, INodeParameters, INodePropertyOptions } from 'n8n-workflow';

import { Kling } from '../nodes/Kling/Kling.node';

import type { Rule } from './harness/ruleTable';
import { testRules } from './harness/ruleTable';
import { runKling } from './harness/runKling';
import { credentialsFor, submittedBodies, useSimulator } from './harness/simulatorSuite';

const FRAME = 'https://example.com/frame.jpg';
const VIDEO = 'https://example.com/clip.mp4';

const omni = (overrides: INodeParameters = {}): INodeParameters => ({
	resource: 'video',
	operation: 'omniVideo',
	model: 'kling-video-o1',
	prompt: 'A dancer on the beach',
	waitForCompletion: false,
	...overrides,
});

const image = (type: string) => ({ imageUrl: FRAME, type });
const feature = { video: [{ videoUrl: VIDEO, referType: 'feature' }] };
const twoShots = { shot: [{ prompt: 'one', duration: 3 }, { prompt: 'two', duration: 3 }] };

describe('Omni-Video', () => {
	const sim = useSimulator();
	const run = (parameters: INodeParameters) => runKling({ credentials: credentialsFor(sim()), parameters: omni(parameters) });

	test('a minimal set of fields', async () => {
		const result = await run({});
		expect(result.error).toBeUndefined();
		expect(submittedBodies(sim())).toEqual([
			{
				model_name: 'kling-video-o1',
				prompt: 'A dancer on the beach',
				mode: 'std',
				aspect_ratio: '16:9',
				duration: '5',
				external_task_id: expect.stringMatching(/^n8n-/),
			},
		]);
	});

	test('every field: frames and references, a feature video, elements, sound, watermark', async () => {
		const result = await run({
			model: 'kling-v3-omni',
			mode: 'pro',
			aspectRatio: '',
			duration: '15',
			additionalFields: {
				images: { image: [image('first_frame'), image('end_frame'), image('reference')] },
				videos: { video: [{ videoUrl: VIDEO, referType: 'feature', keepOriginalSound: false }] },
				elements: { element: [{ elementId: '835266081714884677' }] },
				sound: true,
				watermark: true,
				callbackUrl: 'https://example.com/hook',
				externalTaskId: 'omni-1',
			},
		});
		expect(result.error).toBeUndefined();
		expect(submittedBodies(sim())[0]).toEqual({
			model_name: 'kling-v3-omni',
			prompt: 'A dancer on the beach',
			mode: 'pro',
			duration: '15',
			image_list: [
				{ image_url: FRAME, type: 'first_frame' },
				{ image_url: FRAME, type: 'end_frame' },
				{ image_url: FRAME },
			],
			video_list: [{ video_url: VIDEO, refer_type: 'feature', keep_original_sound: 'no' }],
			element_list: [{ element_id: '835266081714884677' }],
			sound: 'on',
			watermark_info: { enabled: true },
			callback_url: 'https://example.com/hook',
			external_task_id: 'omni-1',
		});
	});

	test('Aspect Ratio left to the input: 16:9 from the prompt alone, nothing next to a first frame or a video to edit', async () => {
		await run({ aspectRatio: '' });
		await run({ aspectRatio: '', additionalFields: { images: { image: [image('first_frame')] } } });
		await run({ aspectRatio: '', additionalFields: { videos: { video: [{ videoUrl: VIDEO, referType: 'base' }] } } });
		await run({ aspectRatio: '9:16', additionalFields: { images: { image: [image('first_frame')] } } });
		const bodies = submittedBodies(sim()) as Array<Record<string, unknown>>;
		expect(bodies.map((body) => body.aspect_ratio)).toEqual(['16:9', undefined, undefined, '9:16']);
	});

	test('a video to edit sets the length: Duration is not checked against the model', async () => {
		const result = await run({
			duration: '7',
			additionalFields: { videos: { video: [{ videoUrl: VIDEO, referType: 'base' }] } },
		});
		expect(result.error).toBeUndefined();
		expect(submittedBodies(sim())).toHaveLength(1);
	});

	test('kling-v3-omni in 4K, next to a feature reference video too (Kling changelog 04/23/2026; with a reference video since 06/17/2026)', async () => {
		const mode = new Kling().description.properties.find((p) => p.name === 'mode' && p.displayOptions?.show?.operation?.includes('omniVideo'))!;
		expect((mode.options as INodePropertyOptions[]).find((option) => option.value === '4k')?.description).toContain('Only kling-v3-omni, kling-3.0-omni.');
		const result = await run({ model: 'kling-v3-omni', mode: '4k', duration: '12', additionalFields: { videos: feature } });
		expect(result.error).toBeUndefined();
		expect(submittedBodies(sim())).toEqual([
			{
				model_name: 'kling-v3-omni',
				prompt: 'A dancer on the beach',
				mode: '4k',
				aspect_ratio: '16:9',
				duration: '12',
				video_list: [{ video_url: VIDEO, refer_type: 'feature', keep_original_sound: 'yes' }],
				external_task_id: expect.stringMatching(/^n8n-/),
			},
		]);
	});

	test('kling-v3-omni: Multi-Shot with a first and an end frame (Kling changelog 05/07/2026)', async () => {
		const result = await run({
			model: 'kling-v3-omni',
			prompt: '',
			aspectRatio: '',
			duration: '6',
			additionalFields: { images: { image: [image('first_frame'), image('end_frame')] }, multiShot: true, shots: twoShots },
		});
		expect(result.error).toBeUndefined();
		expect(submittedBodies(sim())).toEqual([
			{
				model_name: 'kling-v3-omni',
				mode: 'std',
				duration: '6',
				image_list: [
					{ image_url: FRAME, type: 'first_frame' },
					{ image_url: FRAME, type: 'end_frame' },
				],
				multi_shot: true,
				shot_type: 'customize',
				multi_prompt: [{ index: 1, prompt: 'one', duration: '3' }, { index: 2, prompt: 'two', duration: '3' }],
				external_task_id: expect.stringMatching(/^n8n-/),
			},
		]);
	});

	test('intelligent shots (Shot Type, kling-v3-omni): the shots described in the Prompt, next to a feature video (Kling changelog 03/11/2026, 06/17/2026)', async () => {
		const prompt = 'Shot 1: the dancer in a wide view of the beach; shot 2: a close-up of her feet in the surf';
		const result = await run({
			model: 'kling-v3-omni',
			prompt,
			duration: '10',
			additionalFields: { videos: feature, multiShot: true, shotType: 'intelligence' },
		});
		expect(result.error).toBeUndefined();
		expect(submittedBodies(sim())).toEqual([
			{
				model_name: 'kling-v3-omni',
				prompt,
				mode: 'std',
				aspect_ratio: '16:9',
				duration: '10',
				video_list: [{ video_url: VIDEO, refer_type: 'feature', keep_original_sound: 'yes' }],
				multi_shot: true,
				shot_type: 'intelligence',
				external_task_id: expect.stringMatching(/^n8n-/),
			},
		]);
	});

	test('editing a base video with multi-shot and no prompt', async () => {
		const result = await run({
			prompt: '',
			aspectRatio: '',
			duration: '6',
			additionalFields: {
				videos: { video: [{ videoUrl: VIDEO, referType: 'base', keepOriginalSound: true }] },
				multiShot: true,
				shots: { shot: [{ prompt: 'one', duration: 3 }, { prompt: 'two', duration: 3 }] },
			},
		});
		expect(result.error).toBeUndefined();
		expect(submittedBodies(sim())[0]).toMatchObject({
			video_list: [{ video_url: VIDEO, refer_type: 'base', keep_original_sound: 'yes' }],
			multi_shot: true,
			shot_type: 'customize',
			multi_prompt: [{ index: 1, prompt: 'one', duration: '3' }, { index: 2, prompt: 'two', duration: '3' }],
		});
	});
});

const rules: Rule[] = [
	[
		'an end frame needs a first frame',
		{ additionalFields: { images: { image: [image('end_frame')] } } },
		/Images: an end frame needs a first frame/,
		{ additionalFields: { images: { image: [image('first_frame'), image('end_frame')] } } },
	],
	[
		'a base video excludes first and end frames',
		{ additionalFields: { images: { image: [image('first_frame')] }, videos: { video: [{ videoUrl: VIDEO, referType: 'base' }] } } },
		/^Invalid input\. Videos: a base video \(video to edit\) cannot be combined with a first or end frame/,
		{ additionalFields: { images: { image: [image('reference')] }, videos: { video: [{ videoUrl: VIDEO, referType: 'base' }] } } },
	],
	['the prompt is required without multi-shot', { prompt: '={{ "" }}' }, /Prompt: is required \(unless Multi-Shot is on\)/, { prompt: 'x' }],
	['a prompt of only spaces and line breaks is no prompt', { prompt: ' \n\t \n' }, /^Invalid input\. Prompt: is required \(unless Multi-Shot is on\)/, { prompt: ' x ' }],
	[
		'kling-video-o1 lasts 3 to 10 seconds (with a reference image)',
		{ duration: '11', additionalFields: { images: { image: [image('reference')] } } },
		/Duration: must be one of 3, 4, 5, 6, 7, 8, 9, 10 seconds for kling-video-o1$/,
		{ duration: '3', additionalFields: { images: { image: [image('reference')] } } },
	],
	[
		'kling-video-o1 from the prompt alone lasts 5 or 10 seconds',
		{ duration: '7' },
		/Duration: must be one of 5, 10 seconds for kling-video-o1 from the prompt alone or a first frame alone/,
		{ duration: '10' },
	],
	[
		'kling-video-o1 from a first frame alone lasts 5 or 10 seconds; with an end frame 3 to 10',
		{ duration: '3', additionalFields: { images: { image: [image('first_frame')] } } },
		/Duration: must be one of 5, 10 seconds for kling-video-o1 from the prompt alone or a first frame alone/,
		{ duration: '3', additionalFields: { images: { image: [image('first_frame'), image('end_frame')] } } },
	],
	[
		'kling-v3-omni from the prompt alone takes 3 to 15 seconds (the 5/10 rule is kling-video-o1\'s)',
		{ model: 'kling-v3-omni', duration: '2' },
		/Duration: must be one of 3, .*15 seconds for kling-v3-omni$/,
		{ model: 'kling-v3-omni', duration: '7' },
	],
	[
		'at most 7 images',
		{ additionalFields: { images: { image: Array.from({ length: 8 }, () => image('reference')) } } },
		/^Invalid input\. Images: allows at most 7 images/,
		{ additionalFields: { images: { image: Array.from({ length: 7 }, () => image('reference')) } } },
	],
	[
		'at most 4 images next to a video',
		{ additionalFields: { images: { image: Array.from({ length: 5 }, () => image('reference')) }, videos: { video: [{ videoUrl: VIDEO, referType: 'feature' }] } } },
		/^Invalid input\. Images: allows at most 4 images next to a video \(found 5\)/,
		{ additionalFields: { images: { image: Array.from({ length: 4 }, () => image('reference')) }, videos: { video: [{ videoUrl: VIDEO, referType: 'feature' }] } } },
	],
	[
		'at most 1 video',
		{ additionalFields: { videos: { video: [{ videoUrl: VIDEO, referType: 'feature' }, { videoUrl: VIDEO, referType: 'feature' }] } } },
		/^Invalid input\. Videos: allows at most 1 video/,
		{ additionalFields: { videos: { video: [{ videoUrl: VIDEO, referType: 'feature' }] } } },
	],
	['kling-v3-omni lasts up to 15 seconds', { model: 'kling-v3-omni', duration: '16' }, /Duration: must be one of 3, .*15 seconds/, { model: 'kling-v3-omni', duration: '15' }],
	['a classic model is not an Omni model', { model: 'kling-v2-6' }, /Model: "kling-v2-6" is not a model for this operation/, { model: 'kling-v3-omni' }],
	[
		'shot durations add up to the Duration',
		{ additionalFields: { multiShot: true, shots: { shot: [{ prompt: 'a', duration: 4 }] } } },
		/Shots: the shot durations add up to 4 s but Duration is 5 s/,
		{ additionalFields: { multiShot: true, shots: { shot: [{ prompt: 'a', duration: 5 }] } } },
	],
	[
		'a reference video needs an http(s) URL',
		{ additionalFields: { videos: { video: [{ videoUrl: 'clip.mp4', referType: 'feature' }] } } },
		/^Invalid input\. Videos #1 › Video URL: must be an http\(s\) URL/,
		{ additionalFields: { videos: { video: [{ videoUrl: VIDEO, referType: 'feature' }] } } },
	],
	['the prompt is at most 2500 characters', { prompt: 'p'.repeat(2501) }, /Prompt: must be at most 2500 characters/, { prompt: 'p'.repeat(2500) }],
	[
		'a key no Omni-Video field sends is named under Additional Body Fields (JSON)',
		{ additionalFields: { additionalBodyFields: '{"cfg_scale": 0.5}' } },
		/^Invalid input\. Additional Body Fields \(JSON\) › cfg_scale: is not supported by kling-video-o1/,
		{ additionalFields: { additionalBodyFields: '{"future_field": 1}' } },
	],
	// 4K (kling-api-2026.md §D 04/23/2026): kling-v3-omni only.
	['4K only with kling-v3-omni', { mode: '4k' }, /^Invalid input\. Mode: 4K is not rendered by kling-video-o1; only by kling-v3-omni/, { model: 'kling-v3-omni', mode: '4k' }],
	// kling-api-2026.md §D 03/11/2026, §A: Kling O1's first/last-frame tasks take no elements (kling-v3-omni's do).
	[
		'kling-video-o1: no elements with a first and an end frame',
		{ additionalFields: { images: { image: [image('first_frame'), image('end_frame')] }, elements: { element: [{ elementId: '835266081714884677' }] } } },
		/^Invalid input\. Elements: cannot be used by kling-video-o1 together with a first and an end frame/,
		{ model: 'kling-v3-omni', additionalFields: { images: { image: [image('first_frame'), image('end_frame')] }, elements: { element: [{ elementId: '835266081714884677' }] } } },
	],
	// Intelligent shots (§D 03/11/2026, 06/17/2026).
	[
		'intelligent shots only with kling-v3-omni',
		{ additionalFields: { multiShot: true, shotType: 'intelligence' } },
		/^Invalid input\. Shot Type: intelligent shots are not rendered by kling-video-o1; only by kling-v3-omni/,
		{ model: 'kling-v3-omni', additionalFields: { multiShot: true, shotType: 'intelligence' } },
	],
	[
		'intelligent shots need the Prompt that describes them',
		{ model: 'kling-v3-omni', prompt: '={{ "" }}', additionalFields: { multiShot: true, shotType: 'intelligence' } },
		/^Invalid input\. Prompt: is required with intelligent shots: it describes the shots/,
		{ model: 'kling-v3-omni', prompt: 'Shot 1: wide; shot 2: close-up', additionalFields: { multiShot: true, shotType: 'intelligence' } },
	],
	[
		'intelligent shots take no Shots list',
		{ model: 'kling-v3-omni', duration: '6', additionalFields: { multiShot: true, shotType: 'intelligence', shots: twoShots } },
		/^Invalid input\. Shots: are not used with intelligent shots: describe the shots in the Prompt, or choose Custom shots/,
		{ model: 'kling-v3-omni', duration: '6', additionalFields: { multiShot: true, shotType: 'customize', shots: twoShots } },
	],
	[
		'a Shot Type needs Multi-Shot on',
		{ model: 'kling-v3-omni', additionalFields: { shotType: 'intelligence' } },
		/^Invalid input\. Shot Type: needs Multi-Shot on/,
		{ model: 'kling-v3-omni', additionalFields: { multiShot: true, shotType: 'intelligence' } },
	],
	[
		'a Shot Type Kling does not have',
		{ model: 'kling-v3-omni', additionalFields: { multiShot: true, shotType: '={{ "auto" }}' } },
		/^Invalid input\. Shot Type: must be one of customize, intelligence/,
		{ model: 'kling-v3-omni', duration: '6', additionalFields: { multiShot: true, shotType: 'customize', shots: twoShots } },
	],
	[
		'a video URL of only whitespace is missing',
		{ additionalFields: { videos: { video: [{ videoUrl: '  ', referType: 'feature' }] } } },
		/^Invalid input\. Videos #1 › Video URL: is required/,
		{ additionalFields: { videos: { video: [{ videoUrl: VIDEO, referType: 'feature' }] } } },
	],
];

describe('Omni-Video: every rule, before anything is sent', () => {
	const sim = useSimulator();
	testRules(sim, omni, rules);
});

describe('the simulator\'s omni-video refuses what Kling documents as invalid', () => {
	const sim = useSimulator();
	const post = async (body: IDataObject) => {
		const response = await fetch(`${sim().baseUrl}/kling/v1/videos/omni-video`, {
			method: 'POST',
			headers: { authorization: `Bearer ${sim().apiKey}`, 'content-type': 'application/json' },
			body: JSON.stringify(body),
		});
		return { status: response.status, body: (await response.json()) as IDataObject };
	};
	const base = { prompt: 'x', aspect_ratio: '16:9', duration: '5' };

	test.each([
		['4K with kling-video-o1', { ...base, model_name: 'kling-video-o1', mode: '4k' }, /mode must be one of std, pro for kling-video-o1/],
		['intelligent shots with kling-video-o1', { ...base, model_name: 'kling-video-o1', multi_shot: true, shot_type: 'intelligence' }, /shot_type must be customize/],
		['intelligent shots without a prompt', { aspect_ratio: '16:9', duration: '5', model_name: 'kling-v3-omni', multi_shot: true, shot_type: 'intelligence' }, /prompt is required with shot_type intelligence/],
	])('%s', async (_rule, body, problem) => {
		const answer = await post(body);
		expect(answer.status).toBe(400);
		expect(answer.body).toMatchObject({ code: 1201, message: expect.stringMatching(problem) });
		expect(sim().tasks.size).toBe(0);
	});

	test('4K and intelligent shots with kling-v3-omni next to a feature video are taken', async () => {
		const video_list = [{ video_url: VIDEO, refer_type: 'feature' }];
		const answer = await post({ ...base, model_name: 'kling-v3-omni', mode: '4k', multi_shot: true, shot_type: 'intelligence', video_list });
		expect(answer).toMatchObject({ status: 200, body: { code: 0 } });
	});
});
