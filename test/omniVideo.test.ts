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
		/Reference Videos: a base video \(video to edit\) cannot be combined with a first or end frame/,
		{ additionalFields: { images: { image: [image('reference')] }, videos: { video: [{ videoUrl: VIDEO, referType: 'base' }] } } },
	],
	[
		'aspect ratio is required without a first frame or base video',
		{ aspectRatio: '' },
		/Aspect Ratio: is required when neither a first frame nor a base video is given/,
		{ aspectRatio: '', additionalFields: { images: { image: [image('first_frame')] } } },
	],
	['the prompt is required without multi-shot', { prompt: '={{ "" }}' }, /Prompt: is required \(unless Multi-Shot is on\)/, { prompt: 'x' }],
	['kling-video-o1 lasts 3 to 10 seconds', { duration: '11' }, /Duration: must be one of 3, 4, 5, 6, 7, 8, 9, 10 seconds for kling-video-o1/, { duration: '3' }],
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
		/Reference Videos #1 › video_url: must be an http\(s\) URL/,
		{ additionalFields: { videos: { video: [{ videoUrl: VIDEO, referType: 'feature' }] } } },
	],
	['the prompt is at most 2500 characters', { prompt: 'p'.repeat(2501) }, /Prompt: must be at most 2500 characters/, { prompt: 'p'.repeat(2500) }],
];

describe('Omni-Video: every rule, before anything is sent', () => {
	const sim = useSimulator();
	testRules(sim, omni, rules);
});
