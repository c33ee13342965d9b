import type { INodeExecutionData } from 'n8n-workflow';

import { runKling } from './harness/runKling';
import { credentialsFor, textToVideo, useSimulator } from './harness/simulatorSuite';

/**
 * The node's three On Error settings, through n8n-core's own error-output
 * handling (WorkflowExecute): one batch with a good item, a bad item (refused
 * before sending), a task Kling fails and an HTTP 200 answer carrying an
 * error code, waited for by polling.
 */
const batch: INodeExecutionData[] = [
	{ json: { p: 'A red fox runs through snow' } },
	{ json: { p: 'x'.repeat(2501) } },
	{ json: { p: 'A cat [sim:fail]' } },
	{ json: { p: 'A dog [sim:code=1301]' } },
];
const FAILED = [1, 2, 3];
const parameters = textToVideo({ prompt: '={{ $json.p }}', downloadVideo: false });
const pairedIndex = (item: INodeExecutionData) => (item.pairedItem as { item: number }).item;

describe('failed items and n8n\'s On Error settings', () => {
	const sim = useSimulator({ taskDurationMs: 300 });

	test('Continue (using error output): each failed item on the error output, paired; only real results on the success output', async () => {
		const result = await runKling({ credentials: credentialsFor(sim()), items: batch, parameters, onError: 'continueErrorOutput' });
		expect(result.error).toBeUndefined();
		const [success, failed] = result.outputs;
		expect(result.outputs).toHaveLength(2);
		expect(success.map(pairedIndex)).toEqual([0]);
		expect(success[0].json).toMatchObject({ status: 'succeed' });
		expect(success[0].json.error).toBeUndefined();
		expect(failed.map(pairedIndex)).toEqual(FAILED);
		expect(failed.map((item) => item.json.error)).toEqual([
			expect.stringContaining('Prompt: must be at most 2500 characters'),
			expect.stringMatching(/^Kling task \d+ failed: Simulated failure/),
			expect.stringContaining('1301'),
		]);
		// As n8n's own nodes build failed items: only `error`, the shape both n8n lines route and merge the input item's fields into.
		expect(failed.every((item) => Object.keys(item.json).join() === 'error')).toBe(true);
		// The bad item was never sent; the HTTP 200 error made no task.
		expect(sim().count('submit')).toBe(3);
		expect(sim().tasks.size).toBe(2);
	});

	test('Continue: every item on the main output, in order, each failed one with its error', async () => {
		const result = await runKling({ credentials: credentialsFor(sim()), items: batch, parameters, onError: 'continueRegularOutput' });
		expect(result.outputs).toHaveLength(1);
		expect(result.items.map(pairedIndex)).toEqual([0, 1, 2, 3]);
		expect(result.items.map((item) => typeof item.json.error)).toEqual(['undefined', 'string', 'string', 'string']);
		expect(result.items[2].json).toEqual({ error: expect.stringMatching(/^Kling task \d+ failed: Simulated failure/) });
	});

	test('Stop Workflow: the node fails with the first failed item\'s error, naming the item', async () => {
		const result = await runKling({ credentials: credentialsFor(sim()), items: batch, parameters });
		expect(result.error?.message).toContain('Prompt: must be at most 2500 characters');
		expect(result.error?.context?.itemIndex).toBe(1);
		expect(sim().count('submit')).toBe(0);
		// Without the bad item, the failed task fails the node, naming its item.
		sim().reset();
		const rest = await runKling({ credentials: credentialsFor(sim()), items: [batch[0], batch[2]], parameters });
		expect(rest.error?.message).toMatch(/^Kling task \d+ failed/);
		expect(rest.error?.context?.itemIndex).toBe(1);
	});

	test('an operation answered at once and Task → Get route failures the same way', async () => {
		const account = await runKling({
			credentials: { baseUrl: `${sim().baseUrl}/flat`, apiKey: sim().apiKey },
			items: [{ json: {} }],
			parameters: { resource: 'account', operation: 'getCosts' },
			onError: 'continueErrorOutput',
		});
		expect(account.outputs[0]).toHaveLength(0);
		expect(account.outputs[1].map(pairedIndex)).toEqual([0]);
		const get = await runKling({
			credentials: credentialsFor(sim()),
			items: [{ json: {} }],
			parameters: { resource: 'task', operation: 'get', taskId: 'no-such-task', waitForCompletion: false },
			onError: 'continueErrorOutput',
		});
		expect(get.outputs[0]).toHaveLength(0);
		expect(get.outputs[1].map(pairedIndex)).toEqual([0]);
		expect(get.outputs[1][0].json.error).toMatch(/not found|1203/i);
	});
});
