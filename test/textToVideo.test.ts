import type { INodePropertyOptions } from 'n8n-workflow';

import { Kling } from '../nodes/Kling/Kling.node';
import { binaryDataService, runKling } from './harness/runKling';
import { credentialsFor, submittedBodies, textToVideo, useSimulator } from './harness/simulatorSuite';

// n8n-<execution>-<node>-r<run>-i<item>: rebuildable from what n8n shows.
const EXTERNAL_ID = expect.stringMatching(/^n8n-[A-Za-z0-9_-]+-kling-r0-i0$/);

describe('Text to Video', () => {
	const sim = useSimulator();

	test('sends every documented field the user set, shaped as the API wants', async () => {
		const result = await runKling({
			credentials: credentialsFor(sim()),
			parameters: textToVideo({
				model: 'kling-v1-6',
				prompt: 'A paper boat on a rainy street',
				mode: 'pro',
				aspectRatio: '9:16',
				duration: '10',
				waitForCompletion: false,
				additionalFields: {
					negativePrompt: 'blurry, text',
					cfgScale: 0.7,
					cameraControl: { settings: { type: 'simple', horizontal: 0, zoom: -4 } },
					watermark: true,
					callbackUrl: 'https://example.com/hook',
					externalTaskId: 'order-42',
				},
			}),
		});
		expect(result.error).toBeUndefined();
		expect(submittedBodies(sim())).toEqual([
			{
				model_name: 'kling-v1-6',
				prompt: 'A paper boat on a rainy street',
				mode: 'pro',
				aspect_ratio: '9:16',
				duration: '10',
				negative_prompt: 'blurry, text',
				cfg_scale: 0.7,
				camera_control: {
					type: 'simple',
					config: { horizontal: 0, vertical: 0, pan: 0, tilt: 0, roll: 0, zoom: -4 },
				},
				watermark_info: { enabled: true },
				callback_url: 'https://example.com/hook',
				external_task_id: 'order-42',
			},
		]);
	});

	test('sends sound on for models that support it, and presets without axis values', async () => {
		await runKling({
			credentials: credentialsFor(sim()),
			parameters: textToVideo({
				model: 'kling-v3',
				waitForCompletion: false,
				additionalFields: { sound: true, cameraControl: { settings: { type: 'forward_up', zoom: 3 } } },
			}),
		});
		expect(submittedBodies(sim())[0]).toMatchObject({ sound: 'on', camera_control: { type: 'forward_up' } });
		expect(submittedBodies(sim())[0]).not.toHaveProperty('camera_control.config');
	});

	test('a minimal set of fields sends no empty values (kling-v2-6 gets its default mode, pro)', async () => {
		await runKling({
			credentials: credentialsFor(sim()),
			parameters: textToVideo({
				waitForCompletion: false,
				additionalFields: { negativePrompt: '', callbackUrl: '', externalTaskId: '' },
			}),
		});
		expect(submittedBodies(sim())).toEqual([
			{
				model_name: 'kling-v2-6',
				prompt: 'A red fox runs through fresh snow at sunrise',
				mode: 'pro',
				aspect_ratio: '16:9',
				duration: '5',
				external_task_id: EXTERNAL_ID,
			},
		]);
	});

	test('Mode left at the model\'s default sends the model table\'s mode; a chosen mode is sent as chosen', async () => {
		const send = (model: string, mode?: string) =>
			runKling({ credentials: credentialsFor(sim()), parameters: textToVideo({ model, waitForCompletion: false, ...(mode ? { mode } : {}) }) });
		await send('kling-v1-6');
		await send('kling-v2-5-turbo');
		await send('kling-v2-6');
		await send('kling-v3');
		await send('kling-v2-6', 'std');
		expect(submittedBodies(sim()).map((body) => (body as { mode: string }).mode)).toEqual(['std', 'pro', 'pro', 'std', 'std']);
	});

	test('4K with Kling 3.0 (Kling changelog 04/23/2026): Mode offers it, naming kling-v3, and sends mode 4k', async () => {
		const mode = new Kling().description.properties.find((p) => p.name === 'mode' && p.displayOptions?.show?.operation?.includes('textToVideo'))!;
		const fourK = (mode.options as INodePropertyOptions[]).find((option) => option.value === '4k');
		expect(fourK).toMatchObject({ name: '4K', description: expect.stringContaining('Only kling-v3.') });
		const result = await runKling({ credentials: credentialsFor(sim()), parameters: textToVideo({ model: 'kling-v3', mode: '4k', duration: '15', waitForCompletion: false }) });
		expect(result.error).toBeUndefined();
		expect(submittedBodies(sim())).toEqual([
			{ model_name: 'kling-v3', prompt: expect.any(String), mode: '4k', aspect_ratio: '16:9', duration: '15', external_task_id: EXTERNAL_ID },
		]);
	});

	test('texts of only whitespace are left out; the derived External Task ID takes the place of a blank one', async () => {
		await runKling({
			credentials: credentialsFor(sim()),
			parameters: textToVideo({
				waitForCompletion: false,
				additionalFields: { negativePrompt: '\n  \n', callbackUrl: '   ', externalTaskId: ' \t ' },
			}),
		});
		const [body] = submittedBodies(sim()) as Array<Record<string, unknown>>;
		expect(body).not.toHaveProperty('negative_prompt');
		expect(body).not.toHaveProperty('callback_url');
		expect(body.external_task_id).toEqual(EXTERNAL_ID);
	});

	test('Multi-Shot from text with Kling 3.0: up to 6 shots adding up to a 3–15 s Duration', async () => {
		const result = await runKling({
			credentials: credentialsFor(sim()),
			parameters: textToVideo({
				model: 'kling-v3',
				duration: '12',
				waitForCompletion: false,
				additionalFields: {
					multiShot: true,
					shots: { shot: [2, 2, 2, 2, 2, 2].map((duration, i) => ({ prompt: `Shot ${i + 1}`, duration })) },
				},
			}),
		});
		expect(result.error).toBeUndefined();
		expect(submittedBodies(sim())[0]).toMatchObject({
			model_name: 'kling-v3',
			duration: '12',
			multi_shot: true,
			shot_type: 'customize',
			multi_prompt: [1, 2, 3, 4, 5, 6].map((index) => ({ index, prompt: `Shot ${index}`, duration: '2' })),
		});
	});

	test('waits for the task and hands on the video URL and the MP4 as binary data', async () => {
		const result = await runKling({ credentials: credentialsFor(sim()), parameters: textToVideo() });
		expect(result.error).toBeUndefined();
		const [item] = result.items;
		expect(item.json).toMatchObject({
			status: 'succeed',
			taskId: expect.any(String),
			videoUrl: expect.stringMatching(/^http:\/\/127\.0\.0\.1:\d+\/files\/.+\.mp4$/),
			externalTaskId: EXTERNAL_ID,
		});
		const binary = item.binary!.data;
		expect(binary).toMatchObject({ mimeType: 'video/mp4', fileName: `kling-${item.json.taskId}.mp4` });
		const bytes = await binaryDataService().getAsBuffer(binary);
		expect(bytes.subarray(4, 8).toString('latin1')).toBe('ftyp');
		expect(bytes.length).toBe(binary.bytes);
		expect(sim().count('submit')).toBe(1);
		expect(sim().count('poll')).toBeGreaterThanOrEqual(1);
	});

	test('puts the video in the binary field the user names', async () => {
		const result = await runKling({
			credentials: credentialsFor(sim()),
			parameters: textToVideo({ binaryPropertyName: 'video' }),
		});
		expect(Object.keys(result.items[0].binary ?? {})).toEqual(['video']);
	});

	test('without waiting, returns the submitted task at once and reads nothing back', async () => {
		const result = await runKling({
			credentials: credentialsFor(sim()),
			parameters: textToVideo({ waitForCompletion: false }),
		});
		expect(result.items[0].json).toMatchObject({ status: 'submitted', taskId: expect.any(String) });
		expect(result.items[0].binary).toBeUndefined();
		expect(sim().count('poll')).toBe(0);
	});

	test.each([
		['an aggregator under /kling', '/kling'],
		['the official path layout (no prefix)', ''],
		['a flat, un-enveloped host that says "completed"', '/flat'],
		['a new-api gateway', '/newapi'],
	])('works against %s', async (_name, prefix) => {
		const result = await runKling({ credentials: credentialsFor(sim(), prefix), parameters: textToVideo() });
		expect(result.error).toBeUndefined();
		expect(result.items[0].json).toMatchObject({ status: 'succeed', videoUrl: expect.stringContaining('/files/') });
		expect(result.items[0].binary?.data.mimeType).toBe('video/mp4');
	});

	test('a failed task is an error naming the task id and the reason', async () => {
		sim().failNextTask('Risk control: the prompt was refused');
		const result = await runKling({ credentials: credentialsFor(sim()), parameters: textToVideo() });
		const [task] = [...sim().tasks.values()];
		expect(result.error?.message).toContain(`Kling task ${task.task_id} failed`);
		expect(result.error?.message).toContain('Risk control: the prompt was refused');
	});

	test('with Continue On Fail, a failed task is that item\'s error and the other items go on', async () => {
		const result = await runKling({
			credentials: credentialsFor(sim()),
			continueOnFail: true,
			items: [{ json: { p: 'fine' } }, { json: { p: 'x [sim:fail]' } }, { json: { p: 'also fine' } }],
			parameters: textToVideo({ prompt: '={{ $json.p }}' }),
		});
		expect(result.error).toBeUndefined();
		expect(result.items).toHaveLength(3);
		expect(result.items[0].json.status).toBe('succeed');
		expect(result.items[1].json.error).toEqual(expect.stringContaining('failed'));
		expect(result.items[2].json.status).toBe('succeed');
	});
});

describe('Simplify Output', () => {
	const sim = useSimulator();

	test('on (default): no raw answer; off: the host\'s answer under raw', async () => {
		const simple = await runKling({ credentials: credentialsFor(sim()), parameters: textToVideo({ waitForCompletion: false }) });
		const full = await runKling({ credentials: credentialsFor(sim()), parameters: textToVideo({ waitForCompletion: false, simplify: false }) });
		expect(simple.items[0].json).not.toHaveProperty('raw');
		expect(full.items[0].json.raw).toMatchObject({ code: 0, data: { task_status: 'submitted' } });
	});
});
