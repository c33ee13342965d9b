import type { IDataObject, INodeParameters } from 'n8n-workflow';

import { callbackUrlOf, deliverCallback } from './harness/deliverCallback';
import { runKling } from './harness/runKling';
import { credentialsFor, submittedBodies, textToVideo, useSimulator } from './harness/simulatorSuite';
import type { KlingSimulator } from './simulator';

/** Text to Video waiting by callback; the harness's n8n lives on 127.0.0.1, so it is declared reachable. */
const byCallback = (overrides: INodeParameters = {}) =>
	textToVideo({
		prompt: '={{ $json.p }}',
		waitMethod: 'callback',
		waitOptions: { callbackUrlReachable: true, maxWaitMinutes: 5 },
		...overrides,
	});

const items = (n: number, prompt = (i: number) => `Scene ${i + 1}`) => Array.from({ length: n }, (_, i) => ({ json: { p: prompt(i) } }));

/** The bare task object Kling posts, as the simulator renders it now. */
function callbackBody(sim: KlingSimulator, externalTaskId: string, overrides: IDataObject = {}): IDataObject {
	const task = [...sim.tasks.values()].find((t) => t.external_task_id === externalTaskId)!;
	return { task_id: task.task_id, task_status: 'succeed', task_info: { external_task_id: externalTaskId }, ...overrides };
}

const until = async (check: () => boolean, ms = 10_000) => {
	const end = Date.now() + ms;
	while (!check()) {
		if (Date.now() > end) throw new Error('condition not met in time');
		await new Promise((r) => setTimeout(r, 50));
	}
};

describe('waiting by Kling callback', () => {
	const sim = useSimulator({ taskDurationMs: 1500 });

	test('submits every item with the resume URL and parks the execution, holding nothing', async () => {
		const parked = await runKling({ credentials: credentialsFor(sim()), executionId: 'exec-7', items: items(3), parameters: byCallback() });
		expect(sim().count('poll')).toBe(0); // parked without reading the tasks back: it did not wait for them
		expect(parked.error).toBeUndefined();
		expect(parked.run.status).toBe('waiting');
		expect(parked.run.waitTill!.getTime()).toBeGreaterThan(Date.now() + 4 * 60_000);
		const bodies = submittedBodies(sim()) as IDataObject[];
		expect(bodies.map((b) => b.external_task_id)).toEqual(['n8n-exec-7-kling-r0-i0', 'n8n-exec-7-kling-r0-i1', 'n8n-exec-7-kling-r0-i2']);
		const url = new URL(String(bodies[0].callback_url));
		expect(url.pathname).toBe('/webhook-waiting/exec-7');
		expect(url.searchParams.get('kling_items')).toBe('3');
		expect(url.searchParams.get('kling_run')).toBe('0');
		expect(new Set(bodies.map((b) => b.callback_url)).size).toBe(1);
		// While parked, the node shows the submitted tasks.
		expect(parked.items.map((item) => [item.json.externalTaskId, item.json.waitingFor])).toEqual([
			['n8n-exec-7-kling-r0-i0', 'callback'],
			['n8n-exec-7-kling-r0-i1', 'callback'],
			['n8n-exec-7-kling-r0-i2', 'callback'],
		]);
		expect(sim().count('poll') + sim().count('list')).toBe(0);
	});

	test('intermediate, foreign and malformed callbacks keep it parked and read nothing', async () => {
		const parked = await runKling({ credentials: credentialsFor(sim()), executionId: 'exec-8', items: items(2), parameters: byCallback() });
		const url = callbackUrlOf(submittedBodies(sim()));
		const answers = [
			await deliverCallback(parked, url, callbackBody(sim(), 'n8n-exec-8-kling-r0-i0', { task_status: 'processing' })),
			await deliverCallback(parked, url, { task_id: '1', task_status: 'succeed', task_info: { external_task_id: 'n8n-other-kling-r0-i0' } }),
			await deliverCallback(parked, url, 'not json at all'),
			await deliverCallback(parked, url.replace('kling_items=2', 'kling_items=abc'), callbackBody(sim(), 'n8n-exec-8-kling-r0-i0')),
		];
		for (const answer of answers) {
			expect(answer.result.workflowData).toBeUndefined();
			expect(answer.result.webhookResponse).toMatchObject({ received: true, resumed: false });
		}
		expect(sim().count('poll') + sim().count('list')).toBe(0);
	});

	test('a forged final callback is checked against the API and cannot finish a task', async () => {
		const parked = await runKling({ credentials: credentialsFor(sim()), executionId: 'exec-9', items: items(1), parameters: byCallback() });
		const answer = await deliverCallback(parked, callbackUrlOf(submittedBodies(sim())), callbackBody(sim(), 'n8n-exec-9-kling-r0-i0'));
		expect(answer.result.workflowData).toBeUndefined();
		expect(JSON.stringify(answer.result.webhookResponse)).toContain('not final');
		expect(sim().count('list')).toBe(1);
	});

	test('resumes only when every task is final, with one item per input item and the videos as binary data', async () => {
		const parked = await runKling({ credentials: credentialsFor(sim()), executionId: 'exec-10', items: items(3), parameters: byCallback() });
		const url = callbackUrlOf(submittedBodies(sim()));
		await until(() => [...sim().tasks.values()].every((t) => Date.now() - t.created_at > 1600));
		const answer = await deliverCallback(parked, url, callbackBody(sim(), 'n8n-exec-10-kling-r0-i1'));
		expect(answer.result.webhookResponse).toEqual({ received: true, resumed: true });
		const [main] = answer.result.workflowData!;
		expect(main.map((item) => item.pairedItem)).toEqual([{ item: 0 }, { item: 1 }, { item: 2 }]);
		expect(main.map((item) => item.json.status)).toEqual(['succeed', 'succeed', 'succeed']);
		expect(main.map((item) => item.json.externalTaskId)).toEqual(['n8n-exec-10-kling-r0-i0', 'n8n-exec-10-kling-r0-i1', 'n8n-exec-10-kling-r0-i2']);
		for (const item of main) expect(item.binary?.data).toMatchObject({ mimeType: 'video/mp4', fileName: `kling-${item.json.taskId}.mp4` });
		// The submit plus one list read confirmed all three: well under 3 requests per task.
		expect(sim().count('submit') + sim().count('poll') + sim().count('list')).toBe(4);
	});

	test('a failed task resumes as an item with its error (on the error output when the node has one)', async () => {
		const prompts = items(2, (i) => (i === 1 ? 'A cat [sim:fail]' : 'A dog'));
		for (const onError of [undefined, 'continueErrorOutput'] as const) {
			sim().reset();
			const executionId = onError ? 'exec-f2' : 'exec-f1';
			const parked = await runKling({ credentials: credentialsFor(sim()), executionId, items: prompts, parameters: byCallback({ downloadVideo: false }), onError });
			await until(() => [...sim().tasks.values()].every((t) => Date.now() - t.created_at > 1600));
			const answer = await deliverCallback(parked, callbackUrlOf(submittedBodies(sim())), callbackBody(sim(), `n8n-${executionId}-kling-r0-i0`));
			const outputs = answer.result.workflowData!;
			const failed = onError ? outputs[1] : outputs[0].filter((item) => item.json.error);
			expect(failed).toHaveLength(1);
			expect(failed[0].pairedItem).toEqual({ item: 1 });
			expect(failed[0].json).toMatchObject({ status: 'failed', error: expect.stringContaining('Simulated failure') });
			expect(outputs[0].filter((item) => !item.json.error).map((item) => item.json.status)).toEqual(['succeed']);
		}
	});

	test('when the host fails while the tasks are read back, the execution stays parked', async () => {
		const parked = await runKling({ credentials: credentialsFor(sim()), executionId: 'exec-11', items: items(1), parameters: byCallback() });
		await until(() => [...sim().tasks.values()].every((t) => Date.now() - t.created_at > 1600));
		sim().inject({ on: 'any', times: 20, status: 503 });
		const answer = await deliverCallback(parked, callbackUrlOf(submittedBodies(sim())), callbackBody(sim(), 'n8n-exec-11-kling-r0-i0'));
		expect(answer.result.workflowData).toBeUndefined();
		expect(answer.result.webhookResponse).toMatchObject({ resumed: false });
		expect(JSON.stringify(answer.result.webhookResponse)).not.toContain(sim().apiKey);
	});

	test('refuses a webhook URL Kling cannot reach, naming WEBHOOK_URL, before anything is sent', async () => {
		const result = await runKling({
			credentials: credentialsFor(sim()),
			items: items(2),
			parameters: byCallback({ waitOptions: {} }),
		});
		expect(result.error?.message).toMatch(/Kling cannot call back this n8n: its webhook URL 127\.0\.0\.1 is a loopback address/);
		expect(result.error?.description).toContain('WEBHOOK_URL');
		expect(sim().count('submit')).toBe(0);
	});

	test('a user-set External Task ID or Callback URL is refused in callback mode, before anything is sent', async () => {
		for (const additionalFields of [{ externalTaskId: 'order-1' }, { callbackUrl: 'https://example.com/hook' }]) {
			const result = await runKling({ credentials: credentialsFor(sim()), items: items(1), parameters: byCallback({ additionalFields }) });
			expect(result.error?.message).toMatch(/^(External Task ID|Callback URL): leave it empty when waiting by callback$/);
		}
		expect(sim().count('submit')).toBe(0);
	});

	test('with Wait for Completion off, the wait method does not matter: the tasks come back at once', async () => {
		const result = await runKling({ credentials: credentialsFor(sim()), items: items(2), parameters: byCallback({ waitForCompletion: false }) });
		expect(result.run.status).not.toBe('waiting');
		expect(result.items.map((item) => item.json.status)).toEqual(['submitted', 'submitted']);
		expect((submittedBodies(sim()) as IDataObject[]).every((b) => b.callback_url === undefined)).toBe(true);
	});

	test('Task → Get waits by callback for tasks created elsewhere, read by their task ids', async () => {
		const created = await runKling({ credentials: credentialsFor(sim()), items: items(2), parameters: textToVideo({ prompt: '={{ $json.p }}', waitForCompletion: false }) });
		const input = created.items.map((item) => ({ json: { id: item.json.taskId } }));
		const parked = await runKling({
			credentials: credentialsFor(sim()),
			executionId: 'exec-tg',
			items: input,
			parameters: {
				resource: 'task',
				operation: 'get',
				taskKind: 'text2video',
				taskId: '={{ $json.id }}',
				waitMethod: 'callback',
				downloadVideo: false,
				waitOptions: { callbackUrlReachable: true },
			},
		});
		expect(parked.run.status).toBe('waiting');
		// The tasks' own Callback URL would have been this execution's $execution.resumeUrl.
		const resumeUrl = 'http://127.0.0.1/webhook-waiting/exec-tg?signature=abc';
		const first = [...sim().tasks.values()][0];
		const early = await deliverCallback(parked, resumeUrl, { task_id: first.task_id, task_status: 'succeed' });
		expect(early.result.workflowData).toBeUndefined();
		await until(() => [...sim().tasks.values()].every((t) => Date.now() - t.created_at > 1600));
		const answer = await deliverCallback(parked, resumeUrl, { task_id: first.task_id, task_status: 'succeed' });
		const [main] = answer.result.workflowData!;
		expect(main.map((item) => [item.json.taskId, item.json.status, item.pairedItem])).toEqual(
			input.map((item, i) => [item.json.id, 'succeed', { item: i }]),
		);
	});

	test('Lip-Sync waits by callback like every create: parked, resumed by the final callback, read back at its own endpoint, the video downloaded', async () => {
		const parked = await runKling({
			credentials: credentialsFor(sim()),
			executionId: 'exec-ls',
			items: [{ json: { text: 'Hello there' } }, { json: { text: 'Goodbye now' } }],
			parameters: {
				resource: 'video',
				operation: 'lipSync',
				lipSyncVideo: 'https://example.com/talk.mp4',
				lipSyncSpeech: 'text2video',
				lipSyncText: '={{ $json.text }}',
				lipSyncVoiceId: 'oversea_male1',
				waitMethod: 'callback',
				waitOptions: { callbackUrlReachable: true, maxWaitMinutes: 5 },
			},
		});
		expect(parked.run.status).toBe('waiting');
		const bodies = submittedBodies(sim()) as Array<IDataObject & { input: IDataObject }>;
		expect(bodies.map((b) => [b.external_task_id, b.input.text])).toEqual([
			['n8n-exec-ls-kling-r0-i0', 'Hello there'],
			['n8n-exec-ls-kling-r0-i1', 'Goodbye now'],
		]);
		expect(new URL(String(bodies[0].callback_url)).pathname).toBe('/webhook-waiting/exec-ls');
		await until(() => [...sim().tasks.values()].every((t) => Date.now() - t.created_at > 1600));
		const answer = await deliverCallback(parked, callbackUrlOf(bodies), callbackBody(sim(), 'n8n-exec-ls-kling-r0-i1'));
		expect(answer.result.webhookResponse).toEqual({ received: true, resumed: true });
		const [main] = answer.result.workflowData!;
		expect(main.map((item) => [item.json.externalTaskId, item.json.status, item.pairedItem])).toEqual([
			['n8n-exec-ls-kling-r0-i0', 'succeed', { item: 0 }],
			['n8n-exec-ls-kling-r0-i1', 'succeed', { item: 1 }],
		]);
		for (const item of main) expect(item.binary?.data).toMatchObject({ mimeType: 'video/mp4', fileName: `kling-${item.json.taskId}.mp4` });
		const reads = sim().requests.filter((r) => r.method === 'GET' && !r.path.startsWith('/files/'));
		expect(reads.length).toBeGreaterThan(0);
		for (const read of reads) expect(read.path).toMatch(/^\/kling\/v1\/videos\/lip-sync(\/|$)/);
	});
});
