/**
 * `npm run bench`: figures for waiting and downloading, against the project's
 * simulator, through the same n8n-core harness the tests use. Prints figures;
 * asserts nothing (speed targets live here, not in timed tests).
 *
 * BENCH_ITEMS (50), BENCH_TASK_SECONDS (20), BENCH_INTERVAL_SECONDS (5),
 * BENCH_VIDEO_MB (200), BENCH_CAP1_ITEMS (50; the cap-1 batch takes items × task time),
 * BENCH_PARTS (batch,download,cap1: which figures to print).
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';

import { startKlingSimulator } from '../simulator';
import { runKling } from '../harness/runKling';
import { measurePeakRss } from './rss';

const env = (name: string, fallback: number) => Number(process.env[name] ?? fallback);
const ITEMS = env('BENCH_ITEMS', 50);
const TASK_SECONDS = env('BENCH_TASK_SECONDS', 20);
const INTERVAL_SECONDS = env('BENCH_INTERVAL_SECONDS', 5);
const VIDEO_MB = env('BENCH_VIDEO_MB', 200);
const CAP1_ITEMS = env('BENCH_CAP1_ITEMS', 50);
const PARTS = (process.env.BENCH_PARTS ?? 'batch,download,cap1').split(',');

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

/**
 * The simulator runs in its own process here, so the memory figure is the
 * node's alone (an in-process simulator's send buffers would count too).
 */
async function startSimulatorProcess(args: string[]): Promise<{ baseUrl: string; stop: () => void }> {
	const child = spawn(process.execPath, [join(__dirname, '..', 'simulator', 'cli.js'), ...args], { stdio: ['ignore', 'pipe', 'inherit'] });
	const baseUrl = await new Promise<string>((resolve, reject) => {
		child.stdout.on('data', (chunk: Buffer) => {
			const match = /KLING_SIMULATOR_URL=(\S+)/.exec(chunk.toString());
			if (match) resolve(match[1]);
		});
		child.on('exit', () => reject(new Error('the simulator process ended')));
	});
	return { baseUrl, stop: () => child.kill() };
}

async function download() {
	// Warm up first: n8n loads modules and starts its expression isolate on the first run,
	// which is memory the download itself does not use.
	const warm = await startKlingSimulator({ taskDurationMs: 500 });
	await runKling({
		credentials: { baseUrl: `${warm.baseUrl}/kling`, apiKey: warm.apiKey },
		parameters: { resource: 'video', operation: 'textToVideo', prompt: 'Warm-up', waitOptions: { pollIntervalSeconds: 1 } },
	});
	await warm.close();

	const sim = await startSimulatorProcess(['--task-duration-ms', '1000', '--video-bytes', String(VIDEO_MB * 1024 * 1024)]);
	try {
		const { peakGrowthMb, value } = await measurePeakRss(() =>
			runKling({
				credentials: { baseUrl: `${sim.baseUrl}/kling`, apiKey: 'sim-key' },
				parameters: { resource: 'video', operation: 'textToVideo', prompt: 'A long video', waitOptions: { pollIntervalSeconds: 1 } },
			}),
		);
		const bytes = value.items[0]?.binary?.data.bytes ?? 0;
		return { peakGrowthMb, storedMb: bytes / 1024 / 1024, error: value.error?.message };
	} finally {
		sim.stop();
	}
}

async function main() {
	const line = (text: string) => console.log(text);
	const budget = 1 + Math.ceil(TASK_SECONDS / INTERVAL_SECONDS) + 1;
	line(`# n8n-nodes-kling benchmark (Node ${process.version}, ${ITEMS} items, ${TASK_SECONDS} s tasks, ${INTERVAL_SECONDS} s interval)`);

	if (PARTS.includes('batch')) {
		const wide = await batch(ITEMS, ITEMS);
		line(`batch wall time: ${wide.seconds.toFixed(1)} s for ${ITEMS} items = ${(wide.seconds / TASK_SECONDS).toFixed(2)} x one task's ${TASK_SECONDS} s (target <= 1.35); ${wide.succeeded}/${ITEMS} videos, ${wide.tasks} tasks created`);
		line(`requests per task: ${wide.perTask.toFixed(2)} (submit + polls; target <= ${budget} = 1 submit + ceil(T/interval) + 1 polls)`);
	}
	if (PARTS.includes('download')) {
		const dl = await download();
		line(`download of a ${VIDEO_MB} MB video: peak RSS growth ${dl.peakGrowthMb.toFixed(1)} MB (target <= 50 MB); stored ${dl.storedMb.toFixed(1)} MB${dl.error ? `; error: ${dl.error}` : ''}`);
	}
	if (PARTS.includes('cap1')) {
		const narrow = await batch(CAP1_ITEMS, 1);
		line(`same batch with Max Concurrent Tasks = 1: ${narrow.seconds.toFixed(1)} s for ${CAP1_ITEMS} items = ${(narrow.seconds / TASK_SECONDS).toFixed(2)} x one task (${narrow.succeeded}/${CAP1_ITEMS} videos)`);
	}
}

main().then(
	() => process.exit(0),
	(error) => {
		console.error(error);
		process.exit(1);
	},
);
