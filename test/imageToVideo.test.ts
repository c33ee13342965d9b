import type { INodeParameters } from 'n8n-workflow';

import { PNG_BASE64 } from './harness/images';
import type { Rule } from './harness/ruleTable';
import { testRules } from './harness/ruleTable';
import { runKling } from './harness/runKling';
import { credentialsFor, submittedBodies, useSimulator } from './harness/simulatorSuite';

const EXTERNAL_ID = expect.stringMatching(/^n8n-/);
const IMAGE = 'https://example.com/first-frame.jpg';

const imageToVideo = (overrides: INodeParameters = {}): INodeParameters => ({
	resource: 'video',
	operation: 'imageToVideo',
	model: 'kling-v2-6',
	image: IMAGE,
	waitForCompletion: false,
	...overrides,
});

describe('Image to Video', () => {
	const sim = useSimulator();
	const run = (parameters: INodeParameters) => runKling({ credentials: credentialsFor(sim()), parameters });

	test('a minimal set of fields: the image and the defaults, nothing empty; the image sets the aspect ratio', async () => {
		const result = await run(imageToVideo({ prompt: '', additionalFields: { negativePrompt: '' } }));
		expect(result.error).toBeUndefined();
		expect(submittedBodies(sim())).toEqual([{ model_name: 'kling-v2-6', image: IMAGE, mode: 'pro', duration: '5', external_task_id: EXTERNAL_ID }]);
	});

	test('every field with masks (kling-v1-6): cfg scale, static and dynamic masks, extra JSON', async () => {
		const result = await run(
			imageToVideo({
				model: 'kling-v1-6',
				prompt: 'The flag waves',
				mode: 'pro',
				aspectRatio: '1:1',
				duration: '10',
				additionalFields: {
					negativePrompt: 'blur',
					cfgScale: 0.3,
					staticMask: PNG_BASE64,
					dynamicMasks: { mask: [{ mask: 'https://example.com/mask.png', trajectories: '10,20; 30,40; 50,60' }] },
					watermark: false,
					callbackUrl: 'https://example.com/hook',
					externalTaskId: 'i2v-1',
					additionalBodyFields: '{"future_field": {"a": 1}}',
				},
			}),
		);
		expect(result.error).toBeUndefined();
		expect(submittedBodies(sim())).toEqual([
			{
				model_name: 'kling-v1-6',
				image: IMAGE,
				prompt: 'The flag waves',
				mode: 'pro',
				aspect_ratio: '1:1',
				duration: '10',
				negative_prompt: 'blur',
				cfg_scale: 0.3,
				static_mask: PNG_BASE64,
				dynamic_masks: [{ mask: 'https://example.com/mask.png', trajectories: [{ x: 10, y: 20 }, { x: 30, y: 40 }, { x: 50, y: 60 }] }],
				watermark_info: { enabled: false },
				callback_url: 'https://example.com/hook',
				external_task_id: 'i2v-1',
				future_field: { a: 1 },
			},
		]);
	});

	test('every field with a tail image (kling-v2-6): sound, voices, multi-shot', async () => {
		const result = await run(
			imageToVideo({
				prompt: 'ignored with multi-shot',
				additionalFields: {
					imageTail: 'https://example.com/last-frame.png',
					sound: true,
					voices: { voice: [{ voiceId: 'voice-a' }, { voiceId: 'voice-b' }] },
					multiShot: true,
					shots: { shot: [{ prompt: 'Close-up', duration: 2 }, { prompt: 'Wide', duration: 3 }] },
				},
			}),
		);
		expect(result.error).toBeUndefined();
		expect(submittedBodies(sim())[0]).toEqual({
			model_name: 'kling-v2-6',
			image: IMAGE,
			prompt: 'ignored with multi-shot',
			mode: 'pro',
			duration: '5',
			image_tail: 'https://example.com/last-frame.png',
			sound: 'on',
			voice_list: [{ voice_id: 'voice-a' }, { voice_id: 'voice-b' }],
			multi_shot: true,
			shot_type: 'customize',
			multi_prompt: [
				{ index: 1, prompt: 'Close-up', duration: '2' },
				{ index: 2, prompt: 'Wide', duration: '3' },
			],
			external_task_id: EXTERNAL_ID,
		});
	});

	test('Kling 3.0: first and last frames with Multi-Shot (Kling changelog 05/07/2026), in 4K (04/23/2026)', async () => {
		const result = await run(
			imageToVideo({
				model: 'kling-v3',
				mode: '4k',
				duration: '8',
				additionalFields: {
					imageTail: 'https://example.com/last-frame.png',
					multiShot: true,
					shots: { shot: [{ prompt: 'The door opens', duration: 3 }, { prompt: 'She walks out', duration: 5 }] },
				},
			}),
		);
		expect(result.error).toBeUndefined();
		expect(submittedBodies(sim())).toEqual([
			{
				model_name: 'kling-v3',
				image: IMAGE,
				mode: '4k',
				duration: '8',
				image_tail: 'https://example.com/last-frame.png',
				multi_shot: true,
				shot_type: 'customize',
				multi_prompt: [
					{ index: 1, prompt: 'The door opens', duration: '3' },
					{ index: 2, prompt: 'She walks out', duration: '5' },
				],
				external_task_id: EXTERNAL_ID,
			},
		]);
	});

	test('a camera preset and a JSON trajectory are sent as the API wants', async () => {
		await run(imageToVideo({ additionalFields: { cameraControl: { settings: { type: 'down_back' } } } }));
		await run(imageToVideo({ additionalFields: { dynamicMasks: { mask: [{ mask: IMAGE, trajectories: '[{"x":1,"y":2},{"x":3,"y":4}]' }] } } }));
		const [camera, masks] = submittedBodies(sim()) as Array<Record<string, unknown>>;
		expect(camera.camera_control).toEqual({ type: 'down_back' });
		expect(masks.dynamic_masks).toEqual([{ mask: IMAGE, trajectories: [{ x: 1, y: 2 }, { x: 3, y: 4 }] }]);
	});

	test('waits and downloads like Text to Video', async () => {
		const result = await run(imageToVideo({ waitForCompletion: true, waitOptions: { pollIntervalSeconds: 1 } }));
		expect(result.items[0].json.status).toBe('succeed');
		expect(result.items[0].binary?.data.mimeType).toBe('video/mp4');
	});
});

const point = (i: number) => `${i},${i}`;
const trajectory = (n: number) => Array.from({ length: n }, (_, i) => point(i)).join('; ');
const mask = (trajectories: string) => ({ mask: IMAGE, trajectories });

/** [rule, fields that break it, what the error names] and [rule, fields that keep it]. */
const rules: Rule[] = [
	[
		'Tail Image, masks and Camera Control exclude each other',
		{ additionalFields: { imageTail: IMAGE, cameraControl: { settings: { type: 'forward_up' } } } },
		/^Invalid input\. Camera Control: cannot be combined with Tail Image; Kling takes one of Tail Image, the masks/,
		{ additionalFields: { imageTail: IMAGE } },
	],
	[
		'masks and Camera Control exclude each other',
		{ additionalFields: { staticMask: IMAGE, cameraControl: { settings: { type: 'forward_up' } } } },
		/^Invalid input\. Camera Control: cannot be combined with the masks/,
		{ additionalFields: { cameraControl: { settings: { type: 'forward_up' } } } },
	],
	[
		'voices need Sound on',
		{ additionalFields: { voices: { voice: [{ voiceId: 'v1' }] } } },
		/Voices: need Sound on/,
		{ additionalFields: { sound: true, voices: { voice: [{ voiceId: 'v1' }] } } },
	],
	[
		'voices need a model that supports them',
		{ model: 'kling-v1-6', additionalFields: { voices: { voice: [{ voiceId: 'v1' }] } } },
		/Voices: are not supported by kling-v1-6/,
		{ model: 'kling-v3', additionalFields: { sound: true, voices: { voice: [{ voiceId: 'v1' }] } } },
	],
	[
		'at most 2 voices',
		{ additionalFields: { sound: true, additionalBodyFields: '{"voice_list":[{"voice_id":"a"},{"voice_id":"b"},{"voice_id":"c"}]}' } },
		/Voices: allows at most 2 voices/,
		{ additionalFields: { sound: true, additionalBodyFields: '{"voice_list":[{"voice_id":"a"},{"voice_id":"b"}]}' } },
	],
	[
		'CFG Scale is not for v2.x models',
		{ additionalFields: { cfgScale: 0.5 } },
		/CFG Scale: is not supported by kling-v2-6/,
		{ model: 'kling-v1-5', additionalFields: { cfgScale: 0.5 } },
	],
	[
		'simple camera control needs exactly one non-zero axis in [-10, 10]',
		{ additionalFields: { cameraControl: { settings: { type: 'simple', pan: 1, tilt: 1 } } } },
		/Camera Control: type "simple" needs exactly one non-zero axis/,
		{ additionalFields: { cameraControl: { settings: { type: 'simple', pan: 10 } } } },
	],
	[
		'shot durations add up to the Duration',
		{ additionalFields: { multiShot: true, shots: { shot: [{ prompt: 'a', duration: 2 }, { prompt: 'b', duration: 2 }] } } },
		/Shots: the shot durations add up to 4 s but Duration is 5 s/,
		{ additionalFields: { multiShot: true, shots: { shot: [{ prompt: 'a', duration: 1 }, { prompt: 'b', duration: 4 }] } } },
	],
	[
		'each shot lasts at least 1 s',
		{ duration: '10', additionalFields: { multiShot: true, shots: { shot: [{ prompt: 'a', duration: 0.5 }, { prompt: 'b', duration: 9.5 }] } } },
		/Shots #1 › Duration \(Seconds\): must be at least 1/,
		{ duration: '10', additionalFields: { multiShot: true, shots: { shot: [{ prompt: 'a', duration: 1 }, { prompt: 'b', duration: 9 }] } } },
	],
	[
		'Multi-Shot needs shots',
		{ additionalFields: { multiShot: true } },
		/Shots: Multi-Shot needs 1 to 6 shots \(found 0\)/,
		{ additionalFields: { multiShot: true, shots: { shot: [{ prompt: 'a', duration: 5 }] } } },
	],
	[
		'at most 6 shots',
		{ duration: '10', additionalFields: { multiShot: true, shots: { shot: [1, 1, 1, 1, 1, 1, 4].map((d) => ({ prompt: 'x', duration: d })) } } },
		/Shots: Multi-Shot needs 1 to 6 shots \(found 7\)/,
		{ duration: '10', additionalFields: { multiShot: true, shots: { shot: [1, 1, 1, 1, 1, 5].map((d) => ({ prompt: 'x', duration: d })) } } },
	],
	[
		'a shot prompt is at most 512 characters',
		{ additionalFields: { multiShot: true, shots: { shot: [{ prompt: 'p'.repeat(513), duration: 5 }] } } },
		/Shots #1 › Prompt: must be at most 512 characters/,
		{ additionalFields: { multiShot: true, shots: { shot: [{ prompt: 'p'.repeat(512), duration: 5 }] } } },
	],
	[
		'a trajectory has at least 2 points',
		{ additionalFields: { dynamicMasks: { mask: [mask(trajectory(1))] } } },
		/Dynamic Masks \(Motion Brush\) #1 › Trajectory: needs at least 2 points/,
		{ additionalFields: { dynamicMasks: { mask: [mask(trajectory(2))] } } },
	],
	[
		'a trajectory has at most 77 points',
		{ additionalFields: { dynamicMasks: { mask: [mask(trajectory(78))] } } },
		/Dynamic Masks \(Motion Brush\) #1 › Trajectory: allows at most 77 points/,
		{ additionalFields: { dynamicMasks: { mask: [mask(trajectory(77))] } } },
	],
	[
		'at most 6 dynamic masks',
		{ additionalFields: { dynamicMasks: { mask: Array.from({ length: 7 }, () => mask(trajectory(2))) } } },
		/Dynamic Masks \(Motion Brush\): allows at most 6 masks/,
		{ additionalFields: { dynamicMasks: { mask: Array.from({ length: 6 }, () => mask(trajectory(2))) } } },
	],
	[
		'a trajectory must be readable',
		{ additionalFields: { dynamicMasks: { mask: [mask('left then right')] } } },
		/Dynamic Masks \(Motion Brush\) #1 › Trajectory: must be points like/,
		{ additionalFields: { dynamicMasks: { mask: [mask('1 2; 3 4')] } } },
	],
	['the prompt is at most 2500 characters', { prompt: 'p'.repeat(2501) }, /Prompt: must be at most 2500 characters/, { prompt: 'p'.repeat(2500) }],
	['an Image of only whitespace is no image', { image: ' \n ' }, /^Invalid input\. Image: is required/, { image: IMAGE }],
	[
		'masks and Camera Control: reported on the field to take out, never as "Request"',
		{ additionalFields: { dynamicMasks: { mask: [mask(trajectory(2))] }, cameraControl: { settings: { type: 'forward_up' } } } },
		/^Invalid input\. Camera Control: cannot be combined with the masks/,
		{ additionalFields: { dynamicMasks: { mask: [mask(trajectory(2))] } } },
	],
	[
		'Kling 3.0 takes 3 to 15 seconds from an image; the others 5 or 10',
		{ duration: '8' },
		/^Invalid input\. Duration: must be one of 5, 10 seconds for kling-v2-6/,
		{ model: 'kling-v3', duration: '8' },
	],
	[
		'4K only with kling-v3 (Kling changelog 04/23/2026)',
		{ mode: '4k' },
		/^Invalid input\. Mode: 4K is not rendered by kling-v2-6; only by kling-v3/,
		{ model: 'kling-v3', mode: '4k' },
	],
	[
		'Additional Body Fields must be a JSON object',
		{ additionalFields: { additionalBodyFields: '[1, 2]' } },
		/Additional Body Fields \(JSON\): must be a JSON object/,
		{ additionalFields: { additionalBodyFields: '{}' } },
	],
];

describe('Image to Video: every rule, before anything is sent', () => {
	const sim = useSimulator();
	testRules(sim, imageToVideo, rules);
});
