/**
 * `npm run bench`: figures for waiting and downloading, against the project's
 * simulator, through the same n8n-core harness the tests use. Prints figures;
 * asserts nothing (speed targets live here, not in timed tests).
 *
 * BENCH_ITEMS (50), BENCH_TASK_SECONDS (20), BENCH_INTERVAL_SECONDS (5),
 * BENCH_ACCOUNT_CONCURRENCY (5; Kling's per-account limit the simulator enforces
 * with 1303 in the batch part, 0 = none), BENCH_BATCH_SIZES (12 and BENCH_ITEMS),
 * BENCH_VIDEO_MB (200), BENCH_CAP1_ITEMS (50; the cap-1 batch takes items × task time),
 * BENCH_DOWNLOAD_RUNS (3), BENCH_PARTS (batch,batchreads,download,cap1: which figures to print).
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
const PARTS = (process.env.BENCH_PARTS ?? 'batch,batchreads,download,cap1').split(',');
const ACCOUNT = env('BENCH_ACCOUNT_CONCURRENCY', 5);
const BATCH_SIZES = (process.env.BENCH_BATCH_SIZES ?? `12,${ITEMS}`).split(',').map(Number).filter((n) => n > 0);

/**
 * One execution of `items` prompts; `account` is the account's video concurrency (0: no limit).
 * `host`: the model (a legacy one, or kling-3.0-turbo on Kling's new API) and the simulator's
 * path prefix (`/kling` the official shape; `/newapi` a gateway without a task list).
 */
async function batch(items: number, cap: number, account = 0, host: { model?: string; prefix?: string } = {}) {
	const sim = await startKlingSimulator({ taskDurationMs: TASK_SECONDS * 1000, concurrency: account > 0 ? { video: account } : {} });
	try {
		const started = Date.now();
		const result = await runKling({
			credentials: { baseUrl: `${sim.baseUrl}${host.prefix ?? '/kling'}`, apiKey: sim.apiKey },
			items: Array.from({ length: items }, (_, i) => ({ json: { prompt: `Benchmark scene ${i + 1}` } })),
			parameters: {
				resource: 'video',
				operation: 'textToVideo',
				...(host.model ? { model: host.model } : {}),
				prompt: '={{ $json.prompt }}',
				waitOptions: { pollIntervalSeconds: INTERVAL_SECONDS, maxConcurrentTasks: cap, maxWaitMinutes: 600 },
			},
		});
		const seconds = (Date.now() - started) / 1000;
		const succeeded = result.items.filter((item) => item.json.status === 'succeed' && item.binary?.data).length;
		const apiRequests = sim.count('submit') + sim.count('poll') + sim.count('list');
		const { refused, peak } = sim.concurrency();
		// Each item has its own prompt: submits per prompt show how often one item was refused,
		// tasks per prompt whether one was created twice (the simulator refuses a repeated
		// external_task_id with 1201, so a resend under the same id shows as `otherRefused`).
		const submitsOf = new Map<string, number>();
		const reads = sim.requests.filter((r) => r.method === 'GET' && !r.path.startsWith('/files/'));
		for (const r of sim.requests) {
			const prompt = r.method === 'POST' ? (r.body as { prompt?: string } | undefined)?.prompt : undefined;
			if (prompt) submitsOf.set(prompt, (submitsOf.get(prompt) ?? 0) + 1);
		}
		const prompts = new Set([...sim.tasks.values()].map((t) => t.body?.prompt));
		return {
			seconds,
			succeeded,
			failed: items - succeeded,
			error: result.error?.message,
			apiRequests,
			perTask: apiRequests / items,
			tasks: sim.tasks.size,
			duplicates: sim.tasks.size - prompts.size,
			refused,
			otherRefused: sim.count('submit') - sim.tasks.size - refused,
			maxSubmitsPerItem: Math.max(0, ...submitsOf.values()),
			peak: peak.video ?? 0,
			reads: reads.length,
			batchReads: reads.filter((r) => r.path.endsWith('/tasks') ? String(r.query.task_ids ?? '').includes(',') : 'pageNum' in r.query).length,
		};
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
		// One execution of N items, Max Concurrent Tasks = N, on an account that runs C at once:
		// the ideal is ceil(N/C) rounds of one task (issue 21, target <= 1.15 x).
		const c = ACCOUNT > 0 ? ACCOUNT : Infinity;
		line('');
		line(`## Batch: one execution of N items, polling every ${INTERVAL_SECONDS} s, account concurrency ${ACCOUNT > 0 ? ACCOUNT : 'unlimited'}, ${TASK_SECONDS} s tasks`);
		line('| N | wall time | ideal ceil(N/C) x T | x ideal | failed | duplicate tasks | refused 1303 (max submits per item) | other refused submits | peak slots | requests per task |');
		line('| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
		for (const n of BATCH_SIZES) {
			const r = await batch(n, n, ACCOUNT);
			const ideal = Math.ceil(n / c) * TASK_SECONDS;
			line(
				`| ${n} | ${r.seconds.toFixed(1)} s | ${ideal} s | ${(r.seconds / ideal).toFixed(2)} | ${r.failed}${r.error ? ` (${r.error.slice(0, 120)})` : ''} | ${r.duplicates} | ${r.refused} (${r.maxSubmitsPerItem}) | ${r.otherRefused} | ${r.peak} | ${r.perTask.toFixed(2)} |`,
			);
		}
		line(`targets: x ideal <= 1.15, failed 0, duplicate tasks 0; requests per task (submit + polls + lists) <= ${budget + 1} = today's 1 submit + ceil(T/interval) + 1 polls, + 1`);
	}
	if (PARTS.includes('batchreads')) {
		// Polling N items in one execution: the reads they share (one request per interval for all
		// pending tasks) on each kind of host, against one read per task where the host has no list.
		line('');
		line(`## Batch reads: one execution of ${ITEMS} items polling every ${INTERVAL_SECONDS} s, ${TASK_SECONDS} s tasks, no account limit`);
		line('| Host | wall time | x one task | reads (of them batch reads) | requests per task (submit + reads) | reads per task |');
		line('| --- | ---: | ---: | ---: | ---: | ---: |');
		const hosts: Array<[string, { model?: string; prefix?: string }]> = [
			['new API, kling-3.0-turbo: GET /tasks?task_ids=a,b,…', { model: 'kling-3.0-turbo' }],
			['legacy API, kling-v2-6: the list page GET /v1/videos/text2video?pageNum=1&pageSize=…', { model: 'kling-v2-6' }],
			['legacy API on a new-api gateway (no task list): one read per task', { model: 'kling-v2-6', prefix: '/newapi' }],
		];
		for (const [name, host] of hosts) {
			const r = await batch(ITEMS, ITEMS, 0, host);
			line(
				`| ${name} | ${r.seconds.toFixed(1)} s | ${(r.seconds / TASK_SECONDS).toFixed(2)} | ${r.reads} (${r.batchReads}) | ${r.perTask.toFixed(2)} | ${(r.reads / ITEMS).toFixed(2)} |${r.failed ? ` failed ${r.failed}${r.error ? `: ${r.error.slice(0, 120)}` : ''}` : ''}`,
			);
		}
		line(`targets: about one read per interval for the whole batch: reads per task ~ (ceil(T/interval) + 1) / N = ${((Math.ceil(TASK_SECONDS / INTERVAL_SECONDS) + 1) / ITEMS).toFixed(2)}`);
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
		const narrow = await batch(CAP1_ITEMS, 1); // no account limit: cap 1 is below any plan's
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
