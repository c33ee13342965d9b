/**
 * `npm run bench`: figures for waiting and downloading, against the project's
 * simulator, through the same n8n-core harness the tests use. Prints figures;
 * asserts nothing (speed targets live here, not in timed tests).
 *
 * BENCH_ITEMS (50), BENCH_TASK_SECONDS (20), BENCH_INTERVAL_SECONDS (5),
 * BENCH_VIDEO_MB (200), BENCH_CAP1_ITEMS (50; the cap-1 batch takes items × task time),
 * BENCH_DOWNLOAD_RUNS (3), BENCH_PARTS (batch,download,cap1: which figures to print).
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';

import { startKlingSimulator } from '../simulator';
import { runKling } from '../harness/runKling';
import type { ProbeResult } from './downloadProbe';

const env = (name: string, fallback: number) => Number(process.env[name] ?? fallback);
const ITEMS = env('BENCH_ITEMS', 50);
const TASK_SECONDS = env('BENCH_TASK_SECONDS', 20);
const INTERVAL_SECONDS = env('BENCH_INTERVAL_SECONDS', 5);
const VIDEO_MB = env('BENCH_VIDEO_MB', 200);
const CAP1_ITEMS = env('BENCH_CAP1_ITEMS', 50);
const DOWNLOAD_RUNS = env('BENCH_DOWNLOAD_RUNS', 3);
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

/** One fresh `downloadProbe.js` process; see that file. */
async function probe(mode: 'node' | 'bare', target: string, nodeFlags: string[] = []): Promise<ProbeResult> {
	const args = ['--expose-gc', ...nodeFlags, join(__dirname, 'downloadProbe.js'), mode, target];
	const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'inherit'] });
	let out = '';
	child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
	const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
	if (code !== 0) throw new Error(`the ${mode} download probe ended with code ${code}`);
	return JSON.parse(out.trim().split('\n').pop() ?? '') as ProbeResult;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/**
 * The node's download and the plain-Node control, alternately, each in a
 * fresh process (the figure swings with the process's GC timing, so it is
 * the median of several runs). The simulator runs in its own process too, so
 * its send buffers are not counted.
 */
async function download() {
	const sim = await startSimulatorProcess(['--task-duration-ms', '1000', '--video-bytes', String(VIDEO_MB * 1024 * 1024)]);
	try {
		const viaNode: ProbeResult[] = [];
		const bare: ProbeResult[] = [];
		const smallSemiSpace: ProbeResult[] = [];
		for (let run = 0; run < DOWNLOAD_RUNS; run++) {
			const result = await probe('node', sim.baseUrl);
			viaNode.push(result);
			if (result.error || !result.videoUrl) break;
			bare.push(await probe('bare', result.videoUrl));
			// A Node flag an n8n operator can set (NODE_OPTIONS); nothing the node can set itself.
			smallSemiSpace.push(await probe('node', sim.baseUrl, ['--max-semi-space-size=2']));
		}
		return { viaNode, bare, smallSemiSpace };
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
		const { viaNode, bare, smallSemiSpace } = await download();
		const mb = (runs: ProbeResult[]) => runs.map((r) => r.peakGrowthMb.toFixed(1)).join(', ');
		const failed = viaNode.find((r) => r.error);
		line(`download of a ${VIDEO_MB} MB video through the node: peak RSS growth ${median(viaNode.map((r) => r.peakGrowthMb)).toFixed(1)} MB, median of ${viaNode.length} runs [${mb(viaNode)}] (target <= 50 MB); stored ${viaNode[0].storedMb.toFixed(1)} MB${failed ? `; error: ${failed.error}` : ''}`);
		if (bare.length) line(`  control, plain Node http.get piped to a file after the same warm-up: ${median(bare.map((r) => r.peakGrowthMb)).toFixed(1)} MB [${mb(bare)}]`);
		if (smallSemiSpace.length) line(`  the node again, its process started with --max-semi-space-size=2 (for n8n: NODE_OPTIONS): ${median(smallSemiSpace.map((r) => r.peakGrowthMb)).toFixed(1)} MB [${mb(smallSemiSpace)}]`);
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
