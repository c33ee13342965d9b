/**
 * `npm run bench`: figures for waiting and downloading, against the project's
 * simulator, through the same n8n-core harness the tests use. Prints figures;
 * asserts nothing (speed targets live here, not in timed tests).
 *
 * BENCH_ITEMS (50), BENCH_TASK_SECONDS (20), BENCH_INTERVAL_SECONDS (5),
 * BENCH_VIDEO_MB (200), BENCH_CAP1_ITEMS (50; the cap-1 batch takes items × task time).
 */
import { startKlingSimulator } from '../simulator';
import { runKling } from '../harness/runKling';
import { measurePeakRss } from './rss';

const env = (name: string, fallback: number) => Number(process.env[name] ?? fallback);
const ITEMS = env('BENCH_ITEMS', 50);
const TASK_SECONDS = env('BENCH_TASK_SECONDS', 20);
const INTERVAL_SECONDS = env('BENCH_INTERVAL_SECONDS', 5);
const VIDEO_MB = env('BENCH_VIDEO_MB', 200);
const CAP1_ITEMS = env('BENCH_CAP1_ITEMS', 50);

async function batch(items: number, cap: number) {
	const sim = await startKlingSimulator({ taskDurationMs: TASK_SECONDS * 1000 });
	try {
		const started = Date.now();
		const result = await runKling({
			credentials: { baseUrl: `${sim.baseUrl}/kling`, apiKey: sim.apiKey },
			items: Array.from({ length: items }, (_, i) => ({ json: { prompt: `Benchmark scene ${i + 1}` } })),
			parameters: {
				resource: 'video',
				operation: 'textToVideo',
				prompt: '={{ $json.prompt }}',
				waitOptions: { pollIntervalSeconds: INTERVAL_SECONDS, maxConcurrentTasks: cap, maxWaitMinutes: 600 },
			},
		});
		const seconds = (Date.now() - started) / 1000;
		const succeeded = result.items.filter((item) => item.json.status === 'succeed' && item.binary?.data).length;
		const apiRequests = sim.count('submit') + sim.count('poll');
		return { seconds, succeeded, apiRequests, perTask: apiRequests / items, tasks: sim.tasks.size };
	} finally {
		await sim.close();
	}
}

async function download() {
	const sim = await startKlingSimulator({ taskDurationMs: 1000, videoBytes: VIDEO_MB * 1024 * 1024 });
	try {
		const { peakGrowthMb, value } = await measurePeakRss(() =>
			runKling({
				credentials: { baseUrl: `${sim.baseUrl}/kling`, apiKey: sim.apiKey },
				parameters: { resource: 'video', operation: 'textToVideo', prompt: 'A long video', waitOptions: { pollIntervalSeconds: 1 } },
			}),
		);
		const bytes = value.items[0]?.binary?.data.bytes ?? 0;
		return { peakGrowthMb, storedMb: bytes / 1024 / 1024, error: value.error?.message };
	} finally {
		await sim.close();
	}
}

async function main() {
	const line = (text: string) => console.log(text);
	const budget = 1 + Math.ceil(TASK_SECONDS / INTERVAL_SECONDS) + 1;
	line(`# n8n-nodes-kling benchmark (Node ${process.version}, ${ITEMS} items, ${TASK_SECONDS} s tasks, ${INTERVAL_SECONDS} s interval)`);

	const wide = await batch(ITEMS, ITEMS);
	line(`batch wall time: ${wide.seconds.toFixed(1)} s for ${ITEMS} items = ${(wide.seconds / TASK_SECONDS).toFixed(2)} x one task's ${TASK_SECONDS} s (target <= 1.35); ${wide.succeeded}/${ITEMS} videos, ${wide.tasks} tasks created`);
	line(`requests per task: ${wide.perTask.toFixed(2)} (submit + polls; target <= ${budget} = 1 submit + ceil(T/interval) + 1 polls)`);

	const dl = await download();
	line(`download of a ${VIDEO_MB} MB video: peak RSS growth ${dl.peakGrowthMb.toFixed(1)} MB (target <= 50 MB); stored ${dl.storedMb.toFixed(1)} MB${dl.error ? `; error: ${dl.error}` : ''}`);

	const narrow = await batch(CAP1_ITEMS, 1);
	line(`same batch with Max Concurrent Tasks = 1: ${narrow.seconds.toFixed(1)} s for ${CAP1_ITEMS} items = ${(narrow.seconds / TASK_SECONDS).toFixed(2)} x one task (${narrow.succeeded}/${CAP1_ITEMS} videos)`);
}

main().then(
	() => process.exit(0),
	(error) => {
		console.error(error);
		process.exit(1);
	},
);
