import { Kling } from '../nodes/Kling/Kling.node';
import { runKling } from './harness/runKling';
import { credentialsFor, textToVideo, useSimulator } from './harness/simulatorSuite';

describe('Task resource', () => {
	const sim = useSimulator();

	async function submitOne(externalTaskId?: string) {
		const result = await runKling({
			credentials: credentialsFor(sim()),
			parameters: textToVideo({ waitForCompletion: false, additionalFields: externalTaskId ? { externalTaskId } : {} }),
		});
		return result.items[0].json.taskId as string;
	}

	test('Get by task id waits for the task and downloads the video', async () => {
		const taskId = await submitOne();
		const result = await runKling({
			credentials: credentialsFor(sim()),
			parameters: { resource: 'task', operation: 'get', taskKind: 'text2video', taskId, waitOptions: { pollIntervalSeconds: 1 } },
		});
		expect(result.items[0].json).toMatchObject({ taskId, status: 'succeed' });
		expect(result.items[0].binary?.data.fileName).toBe(`kling-${taskId}.mp4`);
		expect(sim().tasks.size).toBe(1);
	});

	test('Get by external task id, without waiting', async () => {
		const taskId = await submitOne('my-order-7');
		const result = await runKling({
			credentials: credentialsFor(sim()),
			parameters: { resource: 'task', operation: 'get', taskKind: 'text2video', taskId: 'my-order-7', waitForCompletion: false },
		});
		expect(result.items[0].json).toMatchObject({ taskId, externalTaskId: 'my-order-7' });
	});

	test('Get with an empty task id is an error naming the field, before any request', async () => {
		const result = await runKling({
			credentials: credentialsFor(sim()),
			parameters: { resource: 'task', operation: 'get', taskKind: 'text2video', taskId: '  ' },
		});
		expect(result.error?.message).toContain('Task ID: is required');
		expect(sim().requests).toHaveLength(0);
	});

	test('Get of an unknown task: the host\'s not-found in plain words', async () => {
		const result = await runKling({
			credentials: credentialsFor(sim()),
			parameters: { resource: 'task', operation: 'get', taskKind: 'text2video', taskId: 'nope' },
		});
		expect(result.error?.message).toMatch(/HTTP 404/);
	});

	test('Get Many lists one item per task, with the page asked for', async () => {
		await submitOne();
		await submitOne();
		const result = await runKling({
			credentials: credentialsFor(sim()),
			parameters: { resource: 'task', operation: 'list', taskKind: 'text2video', pageNum: 1, pageSize: 10 },
		});
		expect(result.items).toHaveLength(2);
		expect(result.items[0].json.taskId).toEqual(expect.any(String));
		const list = sim().requests.find((r) => r.method === 'GET' && r.path.endsWith('/text2video'));
		expect(list?.query).toEqual({ pageNum: '1', pageSize: '10' });
	});
});

describe('Task resource, audio tasks', () => {
	const sim = useSimulator();
	const creds = () => credentialsFor(sim());

	async function submitAudio(operation: 'textToAudio' | 'videoToAudio') {
		const fields =
			operation === 'textToAudio' ? { prompt: 'Waves on a pebble beach' } : { video: { __rl: true, mode: 'url', value: 'https://example.com/clip.mp4' } };
		const result = await runKling({ credentials: creds(), parameters: { resource: 'audio', operation, ...fields, waitForCompletion: false } });
		return result.items[0].json.taskId as string;
	}

	test('Task Type offers the audio kinds, read at /v1/audio/<kind>', () => {
		const taskKind = new Kling().description.properties.find((p) => p.name === 'taskKind')!;
		expect(taskKind.options).toEqual(
			expect.arrayContaining([
				{ name: 'Text to Audio', value: 'text-to-audio' },
				{ name: 'Video to Audio', value: 'video-to-audio' },
			]),
		);
	});

	test('Get a Text to Audio task: waits for it at its endpoint and downloads its MP3', async () => {
		const taskId = await submitAudio('textToAudio');
		const result = await runKling({
			credentials: creds(),
			parameters: { resource: 'task', operation: 'get', taskKind: 'text-to-audio', taskId, waitOptions: { pollIntervalSeconds: 1 } },
		});
		expect(result.error).toBeUndefined();
		expect(result.items[0].json).toMatchObject({ taskId, status: 'succeed', audioMp3Url: expect.stringMatching(/\.mp3$/) });
		expect(result.items[0].json).not.toHaveProperty('videos');
		expect(result.items[0].binary?.data).toMatchObject({ mimeType: 'audio/mpeg', fileName: `kling-${taskId}.mp3` });
		expect(sim().requests.filter((r) => r.method === 'GET' && !r.path.startsWith('/files/')).map((r) => r.path)).toContain(`/kling/v1/audio/text-to-audio/${taskId}`);
	});

	test('Get a Video to Audio task with Audio Format WAV: the WAV in data, the video with sound in data_video', async () => {
		const taskId = await submitAudio('videoToAudio');
		const result = await runKling({
			credentials: creds(),
			parameters: { resource: 'task', operation: 'get', taskKind: 'video-to-audio', taskId, audioFormat: 'wav', waitOptions: { pollIntervalSeconds: 1 } },
		});
		expect(result.error).toBeUndefined();
		expect(result.items[0].binary?.data).toMatchObject({ mimeType: 'audio/wav', fileName: `kling-${taskId}.wav` });
		expect(result.items[0].binary?.data_video).toMatchObject({ mimeType: 'video/mp4', fileName: `kling-${taskId}.mp4` });
	});

	test('Get an audio task under the wrong Task Type: the host\'s not-found', async () => {
		const taskId = await submitAudio('textToAudio');
		const result = await runKling({ credentials: creds(), parameters: { resource: 'task', operation: 'get', taskKind: 'video-to-audio', taskId } });
		expect(result.error?.message).toMatch(/HTTP 404/);
	});

	test('Get Many lists audio tasks with their audio URLs', async () => {
		await submitAudio('textToAudio');
		await submitAudio('textToAudio');
		await new Promise((r) => setTimeout(r, 1300));
		const result = await runKling({ credentials: creds(), parameters: { resource: 'task', operation: 'list', taskKind: 'text-to-audio', pageNum: 1, pageSize: 10 } });
		expect(result.items).toHaveLength(2);
		for (const item of result.items) expect(item.json).toMatchObject({ status: 'succeed', audioMp3Url: expect.stringMatching(/\.mp3$/), audioWavUrl: expect.stringMatching(/\.wav$/) });
		expect(sim().requests.some((r) => r.method === 'GET' && r.path === '/kling/v1/audio/text-to-audio')).toBe(true);
	});
});
