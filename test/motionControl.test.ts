import type { INodeParameters, INodePropertyOptions } from 'n8n-workflow';

import { Kling } from '../nodes/Kling/Kling.node';

import { itemWithImage, JPEG_BASE64 } from './harness/images';
import { testRules } from './harness/ruleTable';
import { runKling } from './harness/runKling';
import { credentialsFor, submittedBodies, useSimulator } from './harness/simulatorSuite';

const EXTERNAL_ID = expect.stringMatching(/^n8n-/);
const IMAGE = 'https://example.com/character.png';
const VIDEO = 'https://example.com/dance.mp4';
const motion = (overrides: INodeParameters = {}): INodeParameters => ({
	resource: 'video',
	operation: 'motionControl',
	characterImage: IMAGE,
	referenceVideo: VIDEO,
	waitForCompletion: false,
	...overrides,
});

describe('Motion Control', () => {
	const sim = useSimulator();
	const run = (parameters: INodeParameters, items?: Parameters<typeof runKling>[0]['items']) =>
		runKling({ credentials: credentialsFor(sim()), parameters: motion(parameters), items });

	test("a minimal set of fields: image, video and the defaults (Mode at the model's default: pro for kling-v2-6), nothing empty", async () => {
		expect((await run({ prompt: '' })).error).toBeUndefined();
		expect(submittedBodies(sim())).toEqual([
			{
				model_name: 'kling-v2-6',
				image_url: IMAGE,
				video_url: VIDEO,
				character_orientation: 'video',
				mode: 'pro',
				keep_original_sound: 'yes',
				external_task_id: EXTERNAL_ID,
			},
		]);
	});

	test('every field, to its own endpoint, read back at the same path; the video downloaded', async () => {
		const result = await run({
			model: 'kling-v3',
			characterOrientation: 'image',
			mode: 'pro',
			keepOriginalSound: false,
			prompt: 'On a neon-lit rooftop at night',
			waitForCompletion: true,
			waitOptions: { pollIntervalSeconds: 1 },
			additionalFields: { watermark: true, callbackUrl: 'https://example.com/hook', externalTaskId: 'motion-1', additionalBodyFields: '{"element_list": [{"element_id": "42"}]}' },
		});
		expect(result.error).toBeUndefined();
		expect(submittedBodies(sim())).toEqual([
			{
				model_name: 'kling-v3',
				image_url: IMAGE,
				video_url: VIDEO,
				character_orientation: 'image',
				mode: 'pro',
				keep_original_sound: 'no',
				prompt: 'On a neon-lit rooftop at night',
				watermark_info: { enabled: true },
				callback_url: 'https://example.com/hook',
				external_task_id: 'motion-1',
				element_list: [{ element_id: '42' }],
			},
		]);
		const taskId = result.items[0].json.taskId;
		expect(result.items[0].json).toMatchObject({ status: 'succeed', externalTaskId: 'motion-1' });
		expect(result.items[0].binary?.data).toMatchObject({ mimeType: 'video/mp4', fileName: `kling-${taskId}.mp4` });
		const [submit, poll] = sim().requests;
		expect(`${submit.method} ${submit.path}`).toBe('POST /kling/v1/videos/motion-control');
		expect(`${poll.method} ${poll.path}`).toBe(`GET /kling/v1/videos/motion-control/${taskId}`);
		const read = await runKling({
			credentials: credentialsFor(sim()),
			parameters: { resource: 'task', operation: 'get', taskKind: 'motion-control', taskId: 'motion-1', waitForCompletion: false },
		});
		expect(read.items[0].json).toMatchObject({ taskId, status: 'succeed' });
	});

	test('the character image from a binary property of the input item, as plain Base64', async () => {
		expect((await run({ characterImage: 'photo' }, [itemWithImage('photo', JPEG_BASE64)])).error).toBeUndefined();
		expect(submittedBodies(sim())[0]).toMatchObject({ image_url: JPEG_BASE64, video_url: VIDEO });
	});

	test('the Model field: kling-v2-6 by default, and kling-v3 (Kling changelog 03/04/2026); Mode offers no 4K (3.0 Motion Control has none)', () => {
		const { properties } = new Kling().description;
		const shownFor = (name: string) => properties.find((p) => p.name === name && p.displayOptions?.show?.operation?.includes('motionControl'))!;
		const model = shownFor('model');
		expect(model.default).toBe('kling-v2-6');
		// kling-3.0: 3.0 Motion Control on Kling's new API (the model in the path).
		expect((model.options as INodePropertyOptions[]).map((option) => option.value)).toEqual(['kling-v2-6', 'kling-v3', 'kling-3.0']);
		expect((shownFor('mode').options as INodePropertyOptions[]).map((option) => option.value)).toEqual(['', 'std', 'pro']);
	});

	describe('rules', () => {
		testRules(sim, motion, [
			// kling-api-2026.md §A: "motion control: no 4K".
			['no 4K in Motion Control', { model: 'kling-v3', mode: '={{ "4k" }}' }, /^Invalid input\. Mode: 4K is not rendered by kling-v3 here \(no model of this operation renders 4K\)/, { model: 'kling-v3', mode: 'pro' }],
			['a character image', { characterImage: '={{ "" }}' }, /Character Image: is required/, { characterImage: JPEG_BASE64 }],
			['a JPG or PNG character image', { characterImage: 'R0lGODlhAQABAAAAACw=' }, /Character Image: the image must be a JPG or PNG/, { characterImage: IMAGE }],
			['a reference video', { referenceVideo: '={{ "" }}' }, /Reference Video: is required/, { referenceVideo: VIDEO }],
			['a reference video of more than whitespace', { referenceVideo: ' \n ' }, /Reference Video: is required/, { referenceVideo: VIDEO }],
			['an http(s) reference video URL', { referenceVideo: 'dance.mp4' }, /Reference Video: must be an http\(s\) URL/, { referenceVideo: 'http://example.com/dance.mov' }],
			['a model of motion control', { model: 'kling-v2-1' }, /Model: "kling-v2-1" is not a model for this operation; use one of kling-v2-6, kling-v3/, { model: 'kling-v3' }],
			['an orientation image or video', { characterOrientation: '={{ "left" }}' }, /Character Orientation: must be image or video/, { characterOrientation: 'image' }],
			['a prompt of at most 2500 characters', { prompt: 'a'.repeat(2501) }, /Prompt: must be at most 2500 characters/, { prompt: 'a'.repeat(2500) }],
		]);
	});
});
