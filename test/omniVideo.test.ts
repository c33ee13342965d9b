import type { INodeParameters } from 'n8n-workflow';

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
