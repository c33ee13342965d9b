import { runKling } from './harness/runKling';
import { credentialsFor, textToVideo, useSimulator } from './harness/simulatorSuite';

/** Most tasks that were running at the same moment, from the simulator's own task records. */
function peakOverlap(tasks: Array<{ created_at: number }>, durationMs: number): number {
	const events = tasks.flatMap((t) => [[t.created_at, 1] as const, [t.created_at + durationMs, -1] as const]);
	events.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
	let current = 0;
	let peak = 0;
	for (const [, delta] of events) peak = Math.max(peak, (current += delta));
	return peak;
}

describe('batches', () => {
	const sim = useSimulator({ taskDurationMs: 1500 });
	const prompts = Array.from({ length: 6 }, (_, i) => ({ json: { p: `Scene ${i + 1}` } }));

	test('all items are submitted and waited on together', async () => {
		const started = Date.now();
		const result = await runKling({
			credentials: credentialsFor(sim()),
			items: prompts,
			parameters: textToVideo({ prompt: '={{ $json.p }}', downloadVideo: false }),
		});
		expect(result.items.map((item) => item.json.status)).toEqual(Array(6).fill('succeed'));
		expect(result.items.map((item) => item.pairedItem)).toEqual(prompts.map((_, item) => ({ item })));
		expect(peakOverlap([...sim().tasks.values()], 1500)).toBe(6);
		expect(Date.now() - started).toBeLessThan(6 * 1500);
	});

	test('Max Concurrent Tasks caps the tasks in flight', async () => {
		const result = await runKling({
			credentials: credentialsFor(sim()),
			items: prompts,
			parameters: textToVideo({
				prompt: '={{ $json.p }}',
				downloadVideo: false,
				waitOptions: { pollIntervalSeconds: 1, maxConcurrentTasks: 2 },
			}),
		});
		expect(result.items).toHaveLength(6);
		expect(sim().tasks.size).toBe(6);
		expect(peakOverlap([...sim().tasks.values()], 1500)).toBeLessThanOrEqual(2);
	});

	test('each item gets its own external task id, stable for its submit', async () => {
		await runKling({
			credentials: credentialsFor(sim()),
			items: prompts.slice(0, 3),
			parameters: textToVideo({ prompt: '={{ $json.p }}', waitForCompletion: false }),
		});
		const ids = [...sim().tasks.values()].map((t) => t.external_task_id);
		expect(new Set(ids).size).toBe(3);
	});
});
