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
