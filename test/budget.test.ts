import type { IDataObject, INodeParameters } from 'n8n-workflow';

import { callbackUrlOf, deliverCallback } from './harness/deliverCallback';
import { runKling } from './harness/runKling';
import { credentialsFor, submittedBodies, textToVideo, useSimulator } from './harness/simulatorSuite';

const items = (n: number) => Array.from({ length: n }, (_, i) => ({ json: { p: `Scene ${i + 1}` } }));

/**
 * Text to Video with kling-v2-6 (Model's Default: pro = 1080p), 5 s, no sound:
 * 0.5 units a second on Kling's video price table, so 2.5 units an item.
 */
const video = (waitOptions: IDataObject, overrides: INodeParameters = {}) =>
	textToVideo({ prompt: '={{ $json.p }}', downloadVideo: false, waitOptions: { pollIntervalSeconds: 1, ...waitOptions }, ...overrides });

const byCallback = (waitOptions: IDataObject) =>
	video({ callbackUrlReachable: true, maxWaitMinutes: 5, ...waitOptions }, { waitMethod: 'callback' });

const until = async (check: () => boolean, ms = 10_000) => {
	const end = Date.now() + ms;
	while (!check()) {
		if (Date.now() > end) throw new Error('condition not met in time');
		await new Promise((r) => setTimeout(r, 50));
	}
};

describe('Options → Budget (Units)', () => {
	const sim = useSimulator({ taskDurationMs: 1200 });

	test('a run within its budget is sent; each item carries its estimate beside the cost Kling reports', async () => {
		const result = await runKling({ credentials: credentialsFor(sim()), items: items(2), parameters: video({ budgetUnits: 5 }) });
		expect(result.error).toBeUndefined();
		expect(sim().count('submit')).toBe(2);
		expect(result.items.map((item) => item.json.estimatedUnits)).toEqual([2.5, 2.5]);
		// estimatedUnits follows cost in the item.
		const keys = Object.keys(result.items[0].json);
		expect(keys.indexOf('estimatedUnits')).toBe(keys.indexOf('cost') + 1);
		expect(result.items[0].json.cost).toEqual({ units: 1 });
	});

	test('a run over its budget is refused before anything is sent, naming the estimate, the budget and the largest items', async () => {
		const result = await runKling({
			credentials: credentialsFor(sim()),
			items: [{ json: { p: 'Short', d: '5' } }, { json: { p: 'Long', d: '10' } }, { json: { p: 'Short too', d: '5' } }],
			parameters: video({ budgetUnits: 9.99 }, { duration: '={{ $json.d }}' }),
		});
		expect(result.error?.message).toBe("Options → Budget (Units): this run's estimate, 10 video units, is over the budget of 9.99");
		expect(result.error?.description).toContain('Largest items: item 1 (5), item 0 (2.5), item 2 (2.5).');
		expect(result.error?.description).toContain('nothing was sent');
		expect(sim().requests).toHaveLength(0);
	});

	test('an item Kling publishes no price for refuses the run (the safe side), naming it and why', async () => {
		const result = await runKling({
			credentials: credentialsFor(sim()),
			items: items(2),
			parameters: video({ budgetUnits: 1000 }, { model: '={{ $itemIndex === 1 ? "kling-v1-6" : "kling-v2-6" }}' }),
		});
		expect(result.error?.message).toBe("Options → Budget (Units): this run's cost cannot be estimated, so it cannot be held to the budget of 1000 video units");
		expect(result.error?.description).toContain('No published price for item 1: Kling publishes no 2026 price for kling-v1-6.');
		expect(result.error?.description).toContain('remove the budget');
		expect(sim().requests).toHaveLength(0);

		const extend = await runKling({
			credentials: credentialsFor(sim()),
			parameters: { resource: 'video', operation: 'videoExtend', videoId: '860153214585004098', waitOptions: { budgetUnits: 50 } },
		});
		expect(extend.error?.description).toContain('item 0: Kling publishes no price for Extend');
		expect(sim().requests).toHaveLength(0);
	});

	test('without a budget, a run is sent whatever its price; an item of unknown price carries no estimate', async () => {
		const result = await runKling({ credentials: credentialsFor(sim()), items: items(1), parameters: video({}, { model: 'kling-v1-6', waitForCompletion: false }) });
		expect(result.error).toBeUndefined();
		expect(sim().count('submit')).toBe(1);
		expect(result.items[0].json.status).toBe('submitted');
		expect(result.items[0].json).not.toHaveProperty('estimatedUnits');
	});

	test('a submitted task (Wait for Completion off) carries its estimate too', async () => {
		const result = await runKling({ credentials: credentialsFor(sim()), items: items(1), parameters: video({}, { model: 'kling-v3', mode: 'pro', duration: '10', waitForCompletion: false }) });
		expect(result.error).toBeUndefined();
		// kling-v3 at 1080p (pro), no audio: 0.8 units a second.
		expect(result.items[0].json).toMatchObject({ status: 'submitted', estimatedUnits: 8 });
	});

	test('a budget of 0, a negative number or text is refused before anything is sent, naming the option', async () => {
		for (const budgetUnits of [0, -5, 'ten', '12']) {
			const result = await runKling({ credentials: credentialsFor(sim()), items: items(1), parameters: video({ budgetUnits }) });
			expect(result.error?.message).toBe(`Invalid input. Options → Budget (Units): must be a number greater than 0 (it is ${JSON.stringify(budgetUnits)})`);
		}
		expect(sim().requests).toHaveLength(0);
	});

	test('with Continue On Fail, every item of a refused run is the refusal, and nothing is sent', async () => {
		const result = await runKling({ credentials: credentialsFor(sim()), items: items(3), parameters: video({ budgetUnits: 2 }), continueOnFail: true });
		expect(result.error).toBeUndefined();
		expect(result.items.map((item) => item.json.error)).toEqual(Array(3).fill("Options → Budget (Units): this run's estimate, 7.5 video units, is over the budget of 2"));
		expect(result.items.map((item) => item.pairedItem)).toEqual([{ item: 0 }, { item: 1 }, { item: 2 }]);
		expect(sim().requests).toHaveLength(0);
	});

	test('images are held to a budget in image units', async () => {
		const result = await runKling({
			credentials: credentialsFor(sim()),
			parameters: { resource: 'image', operation: 'generate', model: 'kling-v2-1', prompt: 'A lighthouse', numberOfImages: 3, waitOptions: { budgetUnits: 10 } },
		});
		// Kling Image 2.1 text to image: 4 image units an image.
		expect(result.error?.message).toBe("Options → Budget (Units): this run's estimate, 12 image units, is over the budget of 10");
		expect(sim().requests).toHaveLength(0);
	});

	describe('waiting by Kling callback', () => {
		test('a run over its budget is refused before anything is sent, and the execution is not paused', async () => {
			const result = await runKling({ credentials: credentialsFor(sim()), executionId: 'budget-1', items: items(2), parameters: byCallback({ budgetUnits: 4 }) });
			expect(result.error?.message).toBe("Options → Budget (Units): this run's estimate, 5 video units, is over the budget of 4");
			expect(result.run.status).not.toBe('waiting');
			expect(sim().requests).toHaveLength(0);
		});

		test('an unknown price refuses the run the same way', async () => {
			const result = await runKling({
				credentials: credentialsFor(sim()),
				executionId: 'budget-2',
				items: items(1),
				parameters: { ...byCallback({ budgetUnits: 4 }), model: 'kling-v2-master' },
			});
			expect(result.error?.message).toContain('cannot be estimated');
			expect(sim().requests).toHaveLength(0);
		});

		test('a run within its budget is paused, and the resumed items carry their estimate and cost as polling gives them', async () => {
			const parked = await runKling({ credentials: credentialsFor(sim()), executionId: 'budget-3', items: items(2), parameters: byCallback({ budgetUnits: 5 }) });
			expect(parked.error).toBeUndefined();
			expect(parked.run.status).toBe('waiting');
			expect(sim().count('submit')).toBe(2);
			await until(() => [...sim().tasks.values()].every((t) => Date.now() - t.created_at > 1300));
			const task = [...sim().tasks.values()].find((t) => t.external_task_id === 'n8n-budget-3-kling-r0-i0')!;
			const answer = await deliverCallback(parked, callbackUrlOf(submittedBodies(sim())), {
				task_id: task.task_id,
				task_status: 'succeed',
				task_info: { external_task_id: 'n8n-budget-3-kling-r0-i0' },
			});
			const [main] = answer.result.workflowData!;
			expect(main.map((item) => [item.json.status, item.json.estimatedUnits, item.json.cost])).toEqual([
				['succeed', 2.5, { units: 1 }],
				['succeed', 2.5, { units: 1 }],
			]);
		});
	});
});
