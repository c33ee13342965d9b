import { runKling } from './harness/runKling';
import { credentialsFor, submittedBodies, textToVideo, useSimulator } from './harness/simulatorSuite';

describe('faults: nothing lost, nothing charged twice', () => {
	const sim = useSimulator();

	test('429 with Retry-After on submit: waits as told, sends again, one task', async () => {
		sim().inject({ on: 'submit', status: 429, retryAfterSeconds: 1, code: 1302, message: 'Too many requests' });
		const started = Date.now();
		const result = await runKling({ credentials: credentialsFor(sim()), parameters: textToVideo() });
		expect(result.error).toBeUndefined();
		expect(result.items[0].json.status).toBe('succeed');
		expect(Date.now() - started).toBeGreaterThanOrEqual(1000);
		expect(sim().count('submit')).toBe(2);
		expect(sim().tasks.size).toBe(1);
	});

	test('HTTP 200 with code 1303 (concurrency limit) is retried: the task was not created', async () => {
		sim().inject({ on: 'submit', code: 1303, message: 'Concurrency limit reached' });
		const result = await runKling({ credentials: credentialsFor(sim()), parameters: textToVideo({ waitForCompletion: false }) });
		expect(result.error).toBeUndefined();
		expect(sim().tasks.size).toBe(1);
	});

	test('5xx on submit: looks the task up by its external id before sending again; one task', async () => {
		sim().inject({ on: 'submit', status: 502 });
		const result = await runKling({ credentials: credentialsFor(sim()), parameters: textToVideo() });
		expect(result.error).toBeUndefined();
		const [first, second] = submittedBodies(sim()) as Array<{ external_task_id: string }>;
		expect(second.external_task_id).toBe(first.external_task_id);
		const lookup = sim().requests.findIndex((r) => r.method === 'GET' && r.path.endsWith(`/${first.external_task_id}`));
		const resend = sim().requests.findIndex((r, i) => r.method === 'POST' && i > 0);
		expect(lookup).toBeGreaterThan(-1);
		expect(lookup).toBeLessThan(resend);
		expect(sim().tasks.size).toBe(1);
	});

	test('connection reset after the host accepted the task: found by external id, no second task', async () => {
		sim().inject({ on: 'submit', resetAfterAccept: true });
		const result = await runKling({ credentials: credentialsFor(sim()), parameters: textToVideo() });
		expect(result.error).toBeUndefined();
		expect(sim().count('submit')).toBe(1);
		expect(sim().tasks.size).toBe(1);
		const [task] = [...sim().tasks.values()];
		expect(result.items[0].json).toMatchObject({ taskId: task.task_id, status: 'succeed' });
		expect(result.items[0].binary?.data.mimeType).toBe('video/mp4');
	});

	test('a lost submit answer on a new-api gateway (no lookup by External Task ID): stops, says a task may exist and how to find it', async () => {
		sim().inject({ on: 'submit', resetAfterAccept: true });
		const result = await runKling({ credentials: credentialsFor(sim(), '/newapi'), parameters: textToVideo() });
		const externalId = (submittedBodies(sim())[0] as { external_task_id: string }).external_task_id;
		// The gateway answered the lookup as new-api does, and nothing was sent again.
		const lookup = sim().requests.find((r) => r.method === 'GET' && r.path.endsWith(`/${externalId}`));
		expect(lookup).toBeDefined();
		expect(sim().count('submit')).toBe(1);
		expect(sim().tasks.size).toBe(1);
		expect(result.error?.message).toMatch(/^The answer to the submit was lost \(.+\), and this host cannot look tasks up by External Task ID: a task may exist and be charged$/);
		expect(result.error?.message).not.toMatch(/^Kling API error task_not_exist/);
		expect(result.error?.description).toContain('did not send the request again');
		expect(result.error?.description).toContain(externalId);
		expect(result.error?.description).toContain("provider's task log");
		expect(result.error?.description).toContain('Task → Get');
	});

	test('on a new-api gateway, a read of an unknown task is explained, not a bare task_not_exist', async () => {
		const result = await runKling({
			credentials: credentialsFor(sim(), '/newapi'),
			parameters: { resource: 'task', operation: 'get', taskKind: 'text2video', taskId: 'my-order-1', waitForCompletion: false },
		});
		expect(result.error?.message).toBe('Kling API error task_not_exist on the read of task my-order-1 (HTTP 400): task_not_exist');
		expect(result.error?.description).toContain('know a task only by the task ID they returned on the submit');
	});

	test('malformed JSON in answer to a submit: looked up, never sent blind twice', async () => {
		sim().inject({ on: 'submit', malformedJson: true });
		const result = await runKling({ credentials: credentialsFor(sim()), parameters: textToVideo({ waitForCompletion: false }) });
		expect(result.error).toBeUndefined();
		expect(sim().tasks.size).toBe(1);
		const externalId = (submittedBodies(sim())[0] as { external_task_id: string }).external_task_id;
		expect(sim().requests.some((r) => r.method === 'GET' && r.path.endsWith(externalId))).toBe(true);
	});

	test('5xx and malformed JSON while polling are retried', async () => {
		sim().inject({ on: 'poll', status: 503, times: 2 });
		sim().inject({ on: 'poll', malformedJson: true });
		const result = await runKling({ credentials: credentialsFor(sim()), parameters: textToVideo() });
		expect(result.error).toBeUndefined();
		expect(result.items[0].json.status).toBe('succeed');
		expect(sim().tasks.size).toBe(1);
	});

	test('a re-run with the same External Task ID takes the existing task instead of paying again', async () => {
		const parameters = textToVideo({ additionalFields: { externalTaskId: 'order-77' } });
		const first = await runKling({ credentials: credentialsFor(sim()), parameters });
		const second = await runKling({ credentials: credentialsFor(sim()), parameters });
		expect(second.error).toBeUndefined();
		expect(second.items[0].json.taskId).toBe(first.items[0].json.taskId);
		expect(sim().count('submit')).toBe(2); // the second submit was refused as a duplicate (code 1201)
		expect(sim().tasks.size).toBe(1);
	});

	test('a duplicate refusal without such a task stays an error (nothing adopted)', async () => {
		sim().inject({ on: 'submit', status: 400, code: 1201, message: 'external_task_id already exists' });
		const result = await runKling({ credentials: credentialsFor(sim()), parameters: textToVideo({ additionalFields: { externalTaskId: 'order-78' } }) });
		expect(result.error?.message).toMatch(/Kling API error 1201 on the submit/);
		expect(sim().tasks.size).toBe(0);
	});

	test('a submit that stays throttled ends in a clear error after bounded retries', async () => {
		sim().inject({ on: 'submit', status: 429, retryAfterSeconds: 0, times: 20 });
		const result = await runKling({ credentials: credentialsFor(sim()), parameters: textToVideo({ waitForCompletion: false }) });
		expect(result.error?.message).toMatch(/HTTP 429/);
		expect(sim().count('submit')).toBe(5);
		expect(sim().tasks.size).toBe(0);
	}, 90_000);

	test('a video download that breaks off is an error, not a truncated file', async () => {
		sim().inject({ on: 'download', truncate: true });
		const result = await runKling({ credentials: credentialsFor(sim()), parameters: textToVideo() });
		expect(result.error?.message).toMatch(/download (broke off|is incomplete)/);
		expect(result.items).toHaveLength(0);
	});
});

describe('long tasks: maximum wait and cancellation', () => {
	const sim = useSimulator({ taskDurationMs: 120_000 });

	test('max wait exceeded names the task id and points to Task → Get', async () => {
		const result = await runKling({
			credentials: credentialsFor(sim()),
			parameters: textToVideo({ waitOptions: { pollIntervalSeconds: 1, maxWaitMinutes: 0.05 } }),
		});
		const [task] = [...sim().tasks.values()];
		expect(result.error?.message).toContain(`Task ${task.task_id} was not finished after the maximum wait`);
		expect(result.error?.description).toContain('Task → Get');
		expect(result.error?.description).toContain(task.task_id);
	});

	test('stopping the execution stops the waiting at once', async () => {
		const controller = new AbortController();
		const started = Date.now();
		setTimeout(() => controller.abort(), 2500);
		const result = await runKling({
			credentials: credentialsFor(sim()),
			abortSignal: controller.signal,
			parameters: textToVideo({ waitOptions: { pollIntervalSeconds: 5 } }),
		});
		const stoppedAfter = Date.now() - started;
		const pollsAtStop = sim().count('poll');
		await new Promise((resolve) => setTimeout(resolve, 6000));
		expect(stoppedAfter).toBeLessThan(4000);
		expect(result.run.status).toBe('canceled');
		expect(sim().count('poll')).toBe(pollsAtStop);
		expect(sim().tasks.size).toBe(1);
	}, 30_000);
});
