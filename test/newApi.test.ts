import type { IDataObject, INodeParameters } from 'n8n-workflow';

import { readTask, isFinished } from '../nodes/Kling/transport/taskShape';
import { callbackUrlOf, deliverCallback } from './harness/deliverCallback';
import { runKling } from './harness/runKling';
import { credentialsFor, submittedBodies, textToVideo, useSimulator } from './harness/simulatorSuite';
import type { KlingSimulator, RecordedRequest } from './simulator';

// n8n-<execution>-<node>-r<run>-i<item>: the node's own External Task ID.
const EXTERNAL_ID = expect.stringMatching(/^n8n-[A-Za-z0-9_-]+-kling-r0-i0$/);
const IMAGE = 'https://example.com/first-frame.png';
const VIDEO = 'https://example.com/clip.mp4';

const turbo = (overrides: INodeParameters = {}) => textToVideo({ model: 'kling-3.0-turbo', ...overrides });
const imageToVideo = (overrides: INodeParameters = {}): INodeParameters => ({
	resource: 'video',
	operation: 'imageToVideo',
	model: 'kling-3.0-turbo',
	image: IMAGE,
	prompt: 'The girl turns to the window',
	waitForCompletion: false,
	...overrides,
});

const posts = (sim: KlingSimulator) => sim.requests.filter((r) => r.method === 'POST');
const taskReads = (sim: KlingSimulator) => sim.requests.filter((r) => r.method === 'GET' && r.path === '/kling/tasks');
const idsOf = (read: RecordedRequest, key = 'task_ids') => String(read.query[key] ?? '').split(',').filter(Boolean);

const until = async (check: () => boolean, ms = 10_000) => {
	const end = Date.now() + ms;
	while (!check()) {
		if (Date.now() > end) throw new Error('condition not met in time');
		await new Promise((resolve) => setTimeout(resolve, 50));
	}
};

describe("Kling's new API: the request", () => {
	const sim = useSimulator();
	const run = (parameters: INodeParameters, credentials = credentialsFor(sim())) => runKling({ credentials, parameters });

	test('Text to Video with Kling 3.0 Turbo goes to POST /text-to-video/kling-3.0-turbo in the new shape, nothing empty', async () => {
		const result = await run(turbo({ waitForCompletion: false }));
		expect(result.error).toBeUndefined();
		expect(posts(sim()).map((r) => [r.path, r.body])).toEqual([
			[
				'/kling/text-to-video/kling-3.0-turbo',
				{
					prompt: 'A red fox runs through fresh snow at sunrise',
					settings: { resolution: '720p', aspect_ratio: '16:9', duration: 5 },
					options: { external_task_id: EXTERNAL_ID },
				},
			],
		]);
		// The new API's create answer (data{id, status, create_time, external_id}) is read as any task.
		expect(result.items[0].json).toMatchObject({ status: 'submitted', externalTaskId: EXTERNAL_ID, createdAt: expect.any(String) });
		expect(result.items[0].json.taskId).toBe([...sim().tasks.values()][0].task_id);
	});

	test('the fields that mean the same thing go where the new API has them; extra JSON merges into its objects', async () => {
		const result = await run(
			turbo({
				mode: 'pro',
				aspectRatio: '9:16',
				duration: '12',
				waitForCompletion: false,
				additionalFields: {
					watermark: true,
					callbackUrl: 'https://example.com/hook',
					externalTaskId: 'order-3t',
					additionalBodyFields: JSON.stringify({ settings: { resolution: '720p' } }),
				},
			}),
		);
		expect(result.error).toBeUndefined();
		expect(submittedBodies(sim())).toEqual([
			{
				prompt: 'A red fox runs through fresh snow at sunrise',
				// Mode Professional is 1080p; the extra JSON's settings.resolution replaces it.
				settings: { resolution: '720p', aspect_ratio: '9:16', duration: 12 },
				options: { callback_url: 'https://example.com/hook', external_task_id: 'order-3t', watermark_info: { enabled: true } },
			},
		]);
	});

	test('Multi-Shot: the shots go into the prompt as "shot n, m, words;" (the simulator checks they add up)', async () => {
		const result = await run(
			turbo({
				duration: '6',
				waitForCompletion: false,
				additionalFields: {
					multiShot: true,
					shots: { shot: [{ prompt: 'A fox wakes', duration: 2 }, { prompt: 'It runs, fast', duration: 4 }] },
				},
			}),
		);
		expect(result.error).toBeUndefined();
		expect((submittedBodies(sim())[0] as IDataObject).prompt).toBe('shot 1, 2, A fox wakes; shot 2, 4, It runs, fast;');
	});

	test('Image to Video with 3.0 Turbo: the prompt and the first frame in contents[]', async () => {
		const result = await run(imageToVideo({ duration: '4' }));
		expect(result.error).toBeUndefined();
		expect(posts(sim()).map((r) => [r.path, r.body])).toEqual([
			[
				'/kling/image-to-video/kling-3.0-turbo',
				{
					contents: [
						{ type: 'prompt', text: 'The girl turns to the window' },
						{ type: 'first_frame', url: IMAGE },
					],
					settings: { resolution: '720p', duration: 4 },
					options: { external_task_id: EXTERNAL_ID },
				},
			],
		]);
	});

	test('Omni-Video with 3.0 Omni: images, the video and elements as contents[] with ids, the prompt citing them as @image_1', async () => {
		const result = await run({
			resource: 'video',
			operation: 'omniVideo',
			model: 'kling-3.0-omni',
			prompt: '<<<element_1>>> walks into <<<image_2>>>, styled like <<<video_1>>>',
			mode: 'pro',
			waitForCompletion: false,
			additionalFields: {
				images: { image: [{ imageUrl: IMAGE, type: 'first_frame' }, { imageUrl: 'https://example.com/scene.png', type: 'reference' }] },
				videos: { video: [{ videoUrl: VIDEO, referType: 'feature', keepOriginalSound: true }] },
				elements: { element: [{ elementId: '835266081714884677' }] },
			},
		});
		expect(result.error).toBeUndefined();
		expect(posts(sim()).map((r) => [r.path, r.body])).toEqual([
			[
				'/kling/omni-video/kling-3.0-omni',
				{
					contents: [
						{ type: 'prompt', text: '@element_1 walks into @image_2, styled like @video_1' },
						{ type: 'first_frame', url: IMAGE, id: 'image_1' },
						{ type: 'refer_image', url: 'https://example.com/scene.png', id: 'image_2' },
						{ type: 'feature_video', url: VIDEO, id: 'video_1' },
						{ type: 'element', element_id: '835266081714884677', id: 'element_1' },
					],
					// A feature video takes no sound of its own: no audio is sent.
					settings: { resolution: '1080p', duration: 5 },
					options: { external_task_id: EXTERNAL_ID },
				},
			],
		]);
	});

	test('Omni-Video with 3.0 Omni in 4K: settings.resolution "4k" (kling-api-2026.md §0 settings: 4k on kling-3.0-omni)', async () => {
		const result = await run({ resource: 'video', operation: 'omniVideo', model: 'kling-3.0-omni', prompt: 'A dancer', mode: '4k', duration: '8', waitForCompletion: false });
		expect(result.error).toBeUndefined();
		expect((submittedBodies(sim())[0] as IDataObject).settings).toEqual({ resolution: '4k', aspect_ratio: '16:9', duration: 8 });
		expect(result.items[0].json.estimatedUnits).toBe(24); // 3.0 Omni at 4K: 3 units a second
	});

	test('Omni-Video with a video to edit keeps its sound (audio original) and sends no duration', async () => {
		const result = await run({
			resource: 'video',
			operation: 'omniVideo',
			model: 'kling-3.0-omni',
			prompt: 'Make it night',
			waitForCompletion: false,
			additionalFields: { videos: { video: [{ videoUrl: VIDEO, referType: 'base', keepOriginalSound: true }] } },
		});
		expect(result.error).toBeUndefined();
		expect((submittedBodies(sim())[0] as IDataObject).settings).toEqual({ audio: 'original', resolution: '720p' });
	});

	test('Motion Control with 3.0: image, video and prompt in contents[], orientation and the original sound in settings', async () => {
		const result = await run({
			resource: 'video',
			operation: 'motionControl',
			model: 'kling-3.0',
			characterImage: IMAGE,
			referenceVideo: VIDEO,
			characterOrientation: 'image',
			keepOriginalSound: false,
			prompt: 'On a rooftop at night',
			waitForCompletion: false,
		});
		expect(result.error).toBeUndefined();
		expect(posts(sim()).map((r) => [r.path, r.body])).toEqual([
			[
				'/kling/motion-control/kling-3.0',
				{
					contents: [
						{ type: 'prompt', text: 'On a rooftop at night' },
						{ type: 'image', url: IMAGE },
						{ type: 'video', url: VIDEO },
					],
					settings: { character_orientation: 'image', audio: 'off', resolution: '720p' },
					options: { external_task_id: EXTERNAL_ID },
				},
			],
		]);
	});

	test('the old API is unchanged: a legacy model goes to /v1/videos/text2video with model_name, read there', async () => {
		const result = await run(textToVideo({ model: 'kling-v3', downloadVideo: false }));
		expect(result.error).toBeUndefined();
		expect(posts(sim()).map((r) => r.path)).toEqual(['/kling/v1/videos/text2video']);
		expect(submittedBodies(sim())[0]).toMatchObject({ model_name: 'kling-v3', mode: 'std', duration: '5' });
		const taskId = String(result.items[0].json.taskId);
		expect(sim().requests.filter((r) => r.method === 'GET').every((r) => r.path === `/kling/v1/videos/text2video/${taskId}`)).toBe(true);
		expect(taskReads(sim())).toHaveLength(0);
	});
});

describe("Kling's new API: refused before anything is sent, naming the field", () => {
	const sim = useSimulator();

	const refusals: Array<[string, INodeParameters, RegExp]> = [
		['Negative Prompt', turbo({ additionalFields: { negativePrompt: 'blurry' } }), /^Invalid input\. Negative Prompt: is not taken by kling-3\.0-turbo on Kling's new API: write what the video should not show in the Prompt/],
		['Camera Control', turbo({ additionalFields: { cameraControl: { settings: { type: 'forward_up' } } } }), /^Invalid input\. Camera Control: is not taken by kling-3\.0-turbo/],
		['Sound', turbo({ additionalFields: { sound: true } }), /^Invalid input\. Sound: is not taken by kling-3\.0-turbo on Kling's new API: it renders its own sound/],
		['Tail Image', imageToVideo({ additionalFields: { imageTail: 'https://example.com/last.png' } }), /^Invalid input\. Tail Image: is not taken by kling-3\.0-turbo on Kling's new API: it takes a first frame only/],
		['Static Mask', imageToVideo({ additionalFields: { staticMask: 'https://example.com/mask.png' } }), /^Invalid input\. Static Mask \(Motion Brush\): is not taken by kling-3\.0-turbo/],
		['Aspect Ratio (image to video)', imageToVideo({ aspectRatio: '9:16' }), /^Invalid input\. Aspect Ratio: is not taken by kling-3\.0-turbo on Kling's new API: the image sets the shape/],
		[
			'a shot prompt with ";"',
			turbo({ additionalFields: { multiShot: true, shots: { shot: [{ prompt: 'One; two', duration: 5 }] } } }),
			/^Invalid input\. Shots #1 › Prompt: must not hold ";" with kling-3\.0-turbo/,
		],
		['a duration the model lacks', turbo({ duration: '2' }), /^Invalid input\. Duration/],
		['a prompt over 3072 characters', turbo({ prompt: 'x'.repeat(3073) }), /^Invalid input\. Prompt: must be at most 3072 characters/],
	];

	test.each(refusals)('%s', async (_, parameters, message) => {
		const result = await runKling({ credentials: credentialsFor(sim()), parameters: { ...parameters, waitForCompletion: false } });
		expect(result.error?.message).toMatch(message);
		expect(result.error?.description).toContain('Nothing was sent to Kling');
		expect(sim().requests).toHaveLength(0);
	});

	test('a prompt of 3072 characters passes on the new API; a legacy model keeps its 2500', async () => {
		expect((await runKling({ credentials: credentialsFor(sim()), parameters: turbo({ prompt: 'x'.repeat(3072), waitForCompletion: false }) })).error).toBeUndefined();
		const legacy = await runKling({ credentials: credentialsFor(sim()), parameters: textToVideo({ prompt: 'x'.repeat(2501), waitForCompletion: false }) });
		expect(legacy.error?.message).toBe('Invalid input. Prompt: must be at most 2500 characters');
	});

	test('the access key credential cannot reach the new API: refused naming Model and Authentication', async () => {
		const result = await runKling({
			credentials: { baseUrl: `${sim().baseUrl}/kling`, accessKey: 'ak-test', secretKey: 'sk-test' },
			parameters: turbo({ waitForCompletion: false }),
		});
		expect(result.error?.message).toBe(
			"Invalid input. Model: kling-3.0-turbo is served by Kling's new API, which takes API keys only, and Authentication is Access Key + Secret Key",
		);
		expect(result.error?.description).toContain('set Authentication to API Key');
		expect(sim().requests).toHaveLength(0);
	});

	test('the simulator refuses an access-key token on the new API (API keys only)', async () => {
		const response = await fetch(`${sim().baseUrl}/kling/text-to-video/kling-3.0-turbo`, {
			method: 'POST',
			headers: { 'content-type': 'application/json', authorization: 'Bearer aaa.bbb.ccc' },
			body: JSON.stringify({ prompt: 'x' }),
		});
		expect(response.status).toBe(401);
		expect(await response.json()).toMatchObject({ code: 1000, message: expect.stringContaining('API keys only') });
	});
});

describe('waiting for a 3.0 Turbo task', () => {
	const sim = useSimulator({ taskDurationMs: 1500 });

	test('by polling: read at GET /tasks?task_ids=, the MP4 downloaded, the cost from billing[]', async () => {
		const result = await runKling({ credentials: credentialsFor(sim()), parameters: turbo() });
		expect(result.error).toBeUndefined();
		const [item] = result.items;
		expect(item.json).toMatchObject({ status: 'succeed', videoDuration: '5', cost: { units: 1 } });
		expect(item.json.videoUrl).toBe(`${sim().baseUrl}/files/${String(item.json.taskId)}.mp4`);
		expect(item.binary?.data).toMatchObject({ mimeType: 'video/mp4', fileName: `kling-${String(item.json.taskId)}.mp4` });
		const reads = taskReads(sim());
		expect(reads.length).toBeGreaterThanOrEqual(1);
		for (const read of reads) expect(read.query).toEqual({ task_ids: item.json.taskId });
	});

	test('a status word the new API does not document is not taken as finished: the node reads on', async () => {
		const result = await runKling({ credentials: credentialsFor(sim()), parameters: turbo({ prompt: 'A slow fox [sim:status=rendering]', downloadVideo: false }) });
		expect(result.error).toBeUndefined();
		expect(result.items[0].json).toMatchObject({ status: 'succeed', videoUrl: expect.any(String) });
		// The read at 1 s said "rendering"; only the one after it (succeeded) ended the wait.
		expect(taskReads(sim()).length).toBeGreaterThanOrEqual(2);
		const odd = readTask({ code: 0, data: { id: '1', status: 'rendering', create_time: 1 } })!;
		expect([odd.status, odd.hostStatus, isFinished(odd)]).toEqual(['processing', 'rendering', false]);
	});

	const byCallback = (overrides: INodeParameters = {}) =>
		turbo({ prompt: '={{ $json.p }}', waitMethod: 'callback', waitOptions: { callbackUrlReachable: true, maxWaitMinutes: 5 }, ...overrides });

	test('by callback: parked; the new API calls back in its shape; read back at /tasks?external_task_ids=; resumed with the videos', async () => {
		const items = [{ json: { p: 'A fox' } }, { json: { p: 'A hare' } }];
		const parked = await runKling({ credentials: credentialsFor(sim()), executionId: 'exec-new1', items, parameters: byCallback() });
		expect(parked.error).toBeUndefined();
		expect(parked.run.status).toBe('waiting');
		const url = callbackUrlOf(posts(sim()).map((r) => (r.body as { options: IDataObject }).options));
		expect(new URL(url).searchParams.get('kling_api')).toBe('new');
		expect(posts(sim()).map((r) => r.path)).toEqual(['/kling/text-to-video/kling-3.0-turbo', '/kling/text-to-video/kling-3.0-turbo']);

		// Kling's final callback, in the new shape (kling-get-started-callbacks.md "New Callback Function").
		await until(() => sim().callbacks.filter((c) => c.status === 'succeeded').length === 2);
		const final = sim().callbacks.find((c) => c.status === 'succeeded' && c.externalTaskId === 'n8n-exec-new1-kling-r0-i1')!;
		expect(final.body).toMatchObject({ id: expect.any(String), status: 'succeeded', external_id: 'n8n-exec-new1-kling-r0-i1', outputs: [{ type: 'video' }], billing: [expect.any(Object)] });
		const answer = await deliverCallback(parked, url, final.body);
		expect(answer.result.webhookResponse).toEqual({ received: true, resumed: true });
		const [main] = answer.result.workflowData!;
		expect(main.map((item) => [item.json.externalTaskId, item.json.status])).toEqual([
			['n8n-exec-new1-kling-r0-i0', 'succeed'],
			['n8n-exec-new1-kling-r0-i1', 'succeed'],
		]);
		for (const item of main) expect(item.binary?.data).toMatchObject({ mimeType: 'video/mp4' });
		// One read of both tasks, by their External Task IDs; no legacy read.
		expect(taskReads(sim()).map((r) => r.query)).toEqual([{ external_task_ids: 'n8n-exec-new1-kling-r0-i0,n8n-exec-new1-kling-r0-i1' }]);
		expect(sim().requests.some((r) => r.path.startsWith('/kling/v1/'))).toBe(false);
	});

	test('a callback with a status word the new API does not document keeps the execution parked and reads nothing', async () => {
		const parked = await runKling({ credentials: credentialsFor(sim()), executionId: 'exec-new2', items: [{ json: { p: 'A fox' } }], parameters: byCallback() });
		const url = callbackUrlOf(posts(sim()).map((r) => (r.body as { options: IDataObject }).options));
		const [task] = [...sim().tasks.values()];
		const answer = await deliverCallback(parked, url, { id: task.task_id, status: 'rendering', external_id: task.external_task_id, create_time: task.created_at });
		expect(answer.result.workflowData).toBeUndefined();
		expect(answer.result.webhookResponse).toMatchObject({ received: true, resumed: false });
		expect(taskReads(sim())).toHaveLength(0);
	});
});

describe('idempotent submits and Task → Get on the new API', () => {
	const sim = useSimulator({ taskDurationMs: 1000 });

	test('a submit whose answer was lost is looked up by External Task ID (GET /tasks?external_task_ids=) and not sent again', async () => {
		sim().inject({ on: 'submit', resetAfterAccept: true });
		const result = await runKling({ credentials: credentialsFor(sim()), parameters: turbo({ waitForCompletion: false, additionalFields: { externalTaskId: 'order-lost' } }) });
		expect(result.error).toBeUndefined();
		expect(sim().tasks.size).toBe(1);
		expect(posts(sim())).toHaveLength(1);
		expect(taskReads(sim()).map((r) => r.query)).toEqual([{ external_task_ids: 'order-lost' }]);
		expect(result.items[0].json).toMatchObject({ externalTaskId: 'order-lost', taskId: [...sim().tasks.values()][0].task_id });
	});

	test('a re-run with the same External Task ID takes the existing task instead of paying again', async () => {
		const parameters = turbo({ waitForCompletion: false, additionalFields: { externalTaskId: 'order-again' } });
		const first = await runKling({ credentials: credentialsFor(sim()), parameters });
		const second = await runKling({ credentials: credentialsFor(sim()), parameters });
		expect(second.error).toBeUndefined();
		expect(second.items[0].json.taskId).toBe(first.items[0].json.taskId);
		expect(posts(sim())).toHaveLength(2); // the second refused as a duplicate (1201), then looked up
		expect(sim().tasks.size).toBe(1);
	});

	test('Task → Get with Task Type Text to Video reads a 3.0 Turbo task by task ID and by External Task ID, waits and downloads', async () => {
		const made = await runKling({ credentials: credentialsFor(sim()), parameters: turbo({ waitForCompletion: false, additionalFields: { externalTaskId: 'order-get' } }) });
		const taskId = String(made.items[0].json.taskId);
		sim().requests.length = 0;
		const got = await runKling({
			credentials: credentialsFor(sim()),
			items: [{ json: { id: taskId } }, { json: { id: 'order-get' } }],
			parameters: { resource: 'task', operation: 'get', taskKind: 'text2video', taskId: '={{ $json.id }}', waitOptions: { pollIntervalSeconds: 1 } },
		});
		expect(got.error).toBeUndefined();
		expect(got.items.map((item) => [item.json.taskId, item.json.status, item.binary?.data?.mimeType])).toEqual([
			[taskId, 'succeed', 'video/mp4'],
			[taskId, 'succeed', 'video/mp4'],
		]);
		// The legacy endpoint did not know it; the new API did.
		expect(sim().requests.some((r) => r.path === `/kling/v1/videos/text2video/${taskId}`)).toBe(true);
		expect(taskReads(sim()).some((r) => r.query.external_task_ids === 'order-get')).toBe(true);
	});

	test('Task → Get of an id neither API knows keeps the legacy "not found"', async () => {
		const got = await runKling({ credentials: credentialsFor(sim()), parameters: { resource: 'task', operation: 'get', taskKind: 'text2video', taskId: 'nobody', waitForCompletion: false } });
		expect(got.error?.message).toMatch(/Kling API error 1203 on the read of task nobody/);
	});
});

describe('batch polling: one read per interval for all the items', () => {
	const sim = useSimulator({ taskDurationMs: 2500 });
	const N = 12;
	const items = Array.from({ length: N }, (_, i) => ({ json: { p: `Scene ${i + 1}` } }));
	const batch = (model: string, prefix = '/kling') =>
		runKling({
			credentials: credentialsFor(sim(), prefix),
			items,
			parameters: textToVideo({ model, prompt: '={{ $json.p }}', downloadVideo: false, waitOptions: { pollIntervalSeconds: 1, maxConcurrentTasks: N } }),
		});
	// Tasks of 2.5 s read every second: 3 or 4 reads for all of them (one per interval), not 3 or 4 each.
	const INTERVALS = 4;

	test('the new API: GET /tasks?task_ids=a,b,… reads every pending task of the batch in one request', async () => {
		const result = await batch('kling-3.0-turbo');
		expect(result.items.map((item) => item.json.status)).toEqual(Array(N).fill('succeed'));
		const reads = taskReads(sim());
		expect(reads.length).toBeLessThanOrEqual(INTERVALS);
		expect(idsOf(reads[0])).toHaveLength(N);
		const taskIds = new Set([...sim().tasks.values()].map((t) => t.task_id));
		for (const read of reads) expect(idsOf(read).every((id) => taskIds.has(id))).toBe(true);
		const perTask = (posts(sim()).length + reads.length) / N;
		expect(perTask).toBeLessThan(1.5);
	});

	test('the old API: one list page per interval, no read of a single task', async () => {
		const result = await batch('kling-v2-6');
		expect(result.items.map((item) => item.json.status)).toEqual(Array(N).fill('succeed'));
		const gets = sim().requests.filter((r) => r.method === 'GET' && r.path.startsWith('/kling/v1/videos/text2video'));
		const lists = gets.filter((r) => r.path === '/kling/v1/videos/text2video');
		expect(lists.length).toBeGreaterThanOrEqual(2);
		expect(lists.length).toBeLessThanOrEqual(INTERVALS);
		expect(lists[0].query).toEqual({ pageNum: '1', pageSize: String(N + 50) });
		expect(gets.length - lists.length).toBe(0);
	});

	test('a host without a task list (a new-api gateway): the list is tried once, then each task is read on its own', async () => {
		const result = await batch('kling-v2-6', '/newapi');
		expect(result.items.map((item) => item.json.status)).toEqual(Array(N).fill('succeed'));
		const gets = sim().requests.filter((r) => r.method === 'GET' && r.path.startsWith('/newapi/v1/videos/text2video'));
		expect(gets.filter((r) => r.path === '/newapi/v1/videos/text2video')).toHaveLength(1);
		expect(gets.length - 1).toBeGreaterThanOrEqual(2 * N);
	});

	test('items with their own Max Wait: a batch read serves them all, each ends on its own', async () => {
		const result = await runKling({
			credentials: credentialsFor(sim()),
			continueOnFail: true,
			items: [{ json: { p: 'Short wait', wait: 0.02 } }, { json: { p: 'Long wait', wait: 5 } }],
			parameters: turbo({ prompt: '={{ $json.p }}', downloadVideo: false, waitOptions: { pollIntervalSeconds: 1, maxWaitMinutes: '={{ $json.wait }}' } }),
		});
		expect(JSON.stringify(result.items[0].json)).toContain('was not finished after the maximum wait');
		expect(result.items[1].json.status).toBe('succeed');
	});
});
