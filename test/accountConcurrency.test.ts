import type { IDataObject, INodeExecutionData } from 'n8n-workflow';

import { deliverCallback } from './harness/deliverCallback';
import { runKling } from './harness/runKling';
import { credentialsFor, textToVideo, useSimulator } from './harness/simulatorSuite';

/**
 * Kling's account concurrency with polling: the simulator runs at most 5 video
 * tasks at once and answers 1303 beyond that (as Kling does); items over it
 * wait for a free slot instead of failing.
 */
const prompts = (n: number): INodeExecutionData[] => Array.from({ length: n }, (_, i) => ({ json: { p: `Scene ${i + 1}` } }));
const byPolling = (waitOptions: IDataObject = {}) =>
	textToVideo({ prompt: '={{ $json.p }}', downloadVideo: false, waitOptions: { pollIntervalSeconds: 0.25, ...waitOptions } });

/** Tasks created more than once for one External Task ID. */
const duplicates = (tasks: Iterable<{ external_task_id?: string }>) => {
	const ids = [...tasks].map((task) => task.external_task_id);
	return ids.length - new Set(ids).size;
};

describe("the Kling account's concurrency, waiting by polling", () => {
	const sim = useSimulator({ taskDurationMs: 1200, concurrency: { video: 5 } });

	test('12 items on an account of 5 all finish, never more than 5 at once, at most one refused submit per item, none created twice', async () => {
		const result = await runKling({ credentials: credentialsFor(sim()), items: prompts(12), parameters: byPolling(), continueOnFail: true });
		expect(result.items.map((item) => item.json.status)).toEqual(Array(12).fill('succeed'));
		const { peak, refused } = sim().concurrency();
		expect(peak.video).toBeLessThanOrEqual(5);
		expect(refused).toBeLessThanOrEqual(12 - 5);
		expect(sim().tasks.size).toBe(12);
		expect(duplicates(sim().tasks.values())).toBe(0);
	});

	test('Account Concurrency stated: the node never sends more than that, and Kling refuses nothing', async () => {
		const result = await runKling({ credentials: credentialsFor(sim()), items: prompts(6), parameters: byPolling({ accountConcurrency: 2 }) });
		expect(result.error).toBeUndefined();
		expect(result.items).toHaveLength(6);
		expect(sim().concurrency().peak.video).toBe(2);
		expect(sim().concurrency().refused).toBe(0);
	});

	test("when the account stays full past Max Wait, the item fails saying so; nothing was created for it", async () => {
		sim().setConcurrency({ video: 1 });
		const result = await runKling({
			credentials: credentialsFor(sim()),
			items: prompts(3),
			parameters: byPolling({ maxWaitMinutes: 0.05 }),
			continueOnFail: true,
		});
		const [first, , second] = result.items;
		expect(first.json.status).toBe('succeed');
		expect(result.items[1].json.status).toBe('succeed');
		expect(second.json.error).toMatch(/^The Kling account's concurrency stayed full for .* min: no video task was created for this item$/);
		expect(sim().tasks.size).toBe(2);
	});

	test('an aggregator that answers a bare HTTP 429 is treated as a busy account too', async () => {
		sim().setConcurrency({ video: 2 });
		const result = await runKling({ credentials: credentialsFor(sim(), '/flat'), items: prompts(4), parameters: byPolling() });
		expect(result.error).toBeUndefined();
		expect(result.items.map((item) => item.json.status)).toEqual(Array(4).fill('succeed'));
		expect(sim().concurrency().peak.video).toBeLessThanOrEqual(2);
	});

	test('a used-up resource pack (1102) and arrears (1101) are not retried and say what they mean', async () => {
		for (const code of [1102, 1101]) {
			sim().reset();
			sim().inject({ on: 'submit', status: 429, code, message: 'resource pack exhausted' });
			const result = await runKling({ credentials: credentialsFor(sim()), items: prompts(1), parameters: byPolling() });
			expect(sim().count('submit')).toBe(1);
			expect(result.error?.message).toContain(`Kling API error ${code}`);
			expect(result.error?.description).toMatch(code === 1102 ? /resource pack is used up/ : /arrears/);
		}
	});

	test('an Account Concurrency of 0, a negative number or text is refused before anything is sent, naming the setting', async () => {
		for (const accountConcurrency of [0, -3, 'five', 2.5]) {
			const result = await runKling({ credentials: credentialsFor(sim()), items: prompts(1), parameters: byPolling({ accountConcurrency }) });
			expect(result.error?.message).toContain('Options → Account Concurrency: must be a whole number of at least 1');
		}
		expect(sim().requests).toHaveLength(0);
	});

	test('stopping the execution while items wait for a slot ends the wait at once and submits nothing more', async () => {
		sim().setConcurrency({ video: 1 });
		const abort = new AbortController();
		const started = Date.now();
		const running = runKling({ credentials: credentialsFor(sim()), items: prompts(3), parameters: byPolling({ pollIntervalSeconds: 30, maxWaitMinutes: 5 }), abortSignal: abort.signal });
		// The first item runs; the others wait for its slot (the node learned the limit of 1 in the test before).
		while (sim().count('submit') < 1 && Date.now() - started < 5000) await new Promise((r) => setTimeout(r, 20));
		await new Promise((r) => setTimeout(r, 300));
		const submitsAtStop = sim().count('submit');
		abort.abort();
		const stoppedAt = Date.now();
		await running;
		expect(Date.now() - stoppedAt).toBeLessThan(5000); // far below the 30 s poll interval and the running task's slot: the wait ended on the stop
		await new Promise((r) => setTimeout(r, 1500));
		expect(sim().count('submit')).toBe(submitsAtStop);
	});
});

describe("the Kling account's concurrency, waiting by callback", () => {
	const sim = useSimulator({ taskDurationMs: 1200, concurrency: { video: 2 } });
	const byCallback = textToVideo({
		prompt: '={{ $json.p }}',
		downloadVideo: false,
		waitMethod: 'callback',
		waitOptions: { callbackUrlReachable: true, maxWaitMinutes: 5 },
	});
	const taskOf = (externalTaskId: string) => [...sim().tasks.values()].find((task) => task.external_task_id === externalTaskId);
	const ended = async (ids: string[]) => {
		const until = Date.now() + 10_000;
		while (!ids.every((id) => taskOf(id) && Date.now() - taskOf(id)!.created_at > 1300)) {
			if (Date.now() > until) throw new Error(`tasks ${ids.join(', ')} did not end`);
			await new Promise((r) => setTimeout(r, 50));
		}
	};
	const finalCallback = (externalTaskId: string) => ({ task_id: taskOf(externalTaskId)!.task_id, task_status: 'succeed', task_info: { external_task_id: externalTaskId } });

	test('a batch of 6 on an account of 2: the account takes 2, the rest queue, and each final callback sends what the account takes; it resumes with all 6', async () => {
		const id = (i: number) => `n8n-exec-cc1-kling-r0-i${i}`;
		const parked = await runKling({ credentials: credentialsFor(sim()), executionId: 'exec-cc1', items: prompts(6), parameters: byCallback });
		expect(parked.run.status).toBe('waiting');
		expect(parked.items.map((item) => item.json.status)).toEqual(['submitted', 'submitted', 'queued', 'queued', 'queued', 'queued']);
		expect(parked.items[2].json).toMatchObject({ externalTaskId: id(2), waitingFor: 'accountCapacity' });
		const url = String((sim().requests.find((r) => r.method === 'POST')!.body as IDataObject).callback_url);
		let resumed;
		for (const round of [[0, 1], [2, 3], [4, 5]]) {
			await ended(round.map(id));
			const answer = await deliverCallback(parked, url, finalCallback(id(round[0])));
			resumed = answer.result.workflowData;
			if (round[0] < 4) expect(JSON.stringify(answer.result.webhookResponse)).toContain('sent 2 queued item(s)');
		}
		expect(resumed![0].map((item) => [item.json.externalTaskId, item.json.status])).toEqual([0, 1, 2, 3, 4, 5].map((i) => [id(i), 'succeed']));
		// Sent again from the handler exactly as prepared in the execution: the same prompt and callback URL.
		const bodies = sim().requests.filter((r) => r.method === 'POST' && r.path.endsWith('/text2video')).map((r) => r.body as IDataObject);
		expect(bodies.filter((body) => body.external_task_id === id(5)).every((body) => body.prompt === 'Scene 6' && body.callback_url === url)).toBe(true);
		expect(sim().concurrency().peak.video).toBe(2);
		expect(sim().tasks.size).toBe(6);
		expect(duplicates(sim().tasks.values())).toBe(0);
	});

	test('when other runs fill the account, the batch waits for room for one task before it parks (so that a callback of its own will come)', async () => {
		sim().setConcurrency({ video: 1 });
		await runKling({ credentials: credentialsFor(sim()), items: prompts(1), parameters: textToVideo({ waitForCompletion: false }) });
		const started = Date.now();
		const parked = await runKling({ credentials: credentialsFor(sim()), executionId: 'exec-cc2', items: prompts(2), parameters: byCallback });
		expect(Date.now() - started).toBeGreaterThan(1000); // the other run's 1.2 s task held the account
		expect(parked.run.status).toBe('waiting');
		expect(parked.items.map((item) => item.json.status)).toEqual(['submitted', 'queued']);
		expect(sim().concurrency().peak.video).toBe(1);
	});
});
