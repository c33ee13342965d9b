// Benchmark (figures only, asserts nothing): n8n's queue mode (PostgreSQL, Redis,
// main + one worker) rendering N Kling tasks of T seconds at the simulator, on an
// account that runs at most C video tasks at once (Kling's 1303 beyond; issue 21),
// in two shapes: `executions` (N executions started at once by a webhook, one
// prompt each) and `batch` (one execution whose webhook body lists N prompts,
// split into N items feeding one Kling node), waiting by polling (5 s) and by
// Kling callback. Prints, per row: wall time against the ideal ceil(N/C) x T,
// failures, duplicate tasks, refused submits, API requests per task, and the
// worker-slot-seconds the executions held (sum over time of executions `running`).
// BENCH_QUEUE_EXECUTIONS=12,50  BENCH_QUEUE_TASK_SECONDS=20  BENCH_QUEUE_MODES=poll,callback
// BENCH_QUEUE_SHAPES=executions,batch  BENCH_QUEUE_ACCOUNT_CONCURRENCY=5 (0 = no limit)
// BENCH_QUEUE_WORKER_CONCURRENCY=2
import { createRequire } from 'node:module';
import { join } from 'node:path';

import { REPO, log } from './env.mjs';
import { webhookBatchToKling } from './bench-workflows.mjs';
import { startQueueCluster } from './queue-env.mjs';
import { ended, runErrorMessage } from './queue-executions.mjs';
import { webhookToKling } from './queue-workflows.mjs';

const list = (name, fallback) => (process.env[name] ?? fallback).split(',').map((v) => v.trim()).filter(Boolean);
const SIZES = list('BENCH_QUEUE_EXECUTIONS', '12,50').map(Number);
const MODES = list('BENCH_QUEUE_MODES', 'poll,callback');
const SHAPES = list('BENCH_QUEUE_SHAPES', 'executions,batch');
const TASK_S = Number(process.env.BENCH_QUEUE_TASK_SECONDS ?? 20);
const ACCOUNT = Number(process.env.BENCH_QUEUE_ACCOUNT_CONCURRENCY ?? 5);
const CONCURRENCY = Number(process.env.BENCH_QUEUE_WORKER_CONCURRENCY ?? 2);
const SAMPLE_MS = 500;
const slots = ACCOUNT > 0 ? ACCOUNT : Infinity;
const idealOf = (n) => Math.ceil(n / slots) * TASK_S;

const { startKlingSimulator } = createRequire(import.meta.url)(join(REPO, 'test', 'simulator'));
const sim = await startKlingSimulator({ taskDurationMs: TASK_S * 1000, concurrency: ACCOUNT > 0 ? { video: ACCOUNT } : {} });
const kling = {
	poll: { waitMethod: 'poll', waitOptions: { pollIntervalSeconds: 5, maxWaitMinutes: 60 } },
	callback: { waitMethod: 'callback', waitOptions: { callbackUrlReachable: true, maxWaitMinutes: 60 } },
};
const builders = { executions: webhookToKling, batch: webhookBatchToKling };
const rows = [];
let cluster;
try {
	cluster = await startQueueCluster({ concurrency: CONCURRENCY, simulator: sim, logLevel: 'error' });
	const runs = MODES.flatMap((mode) => SHAPES.map((shape) => ({ mode, shape, id: `bench_${shape}_${mode}`, path: `bench-${shape}-${mode}` })));
	await cluster.importWorkflows(
		runs.map(({ mode, shape, id, path }) => builders[shape]({ id, path, credentialId: 'klingQueueSim', outputDir: cluster.outputDir, kling: kling[mode] })),
	);
	for (const { id } of runs) await cluster.activate(id);
	for (const n of SIZES) {
		for (const run of runs) {
			try {
				rows.push(await measure(run, n));
			} catch (error) {
				// A broken run is a row, not the end of the benchmark.
				rows.push({ ...run, n, error: String(error.message).split('\n')[0].slice(0, 200) });
			}
			log(`bench row: ${format(rows.at(-1))}`); // printed as it comes, in case the whole is cut short
		}
	}
} finally {
	await cluster?.stop();
	await sim.close();
}

console.log(
	`\n# Queue mode: account concurrency ${ACCOUNT > 0 ? ACCOUNT : 'unlimited'}, worker concurrency ${CONCURRENCY}, ${TASK_S} s tasks (n8n 2.41.1, Node ${process.version})`,
);
console.log(
	'| mode | shape | N | wall time | ideal ceil(N/C) x T | x ideal | failed | duplicate tasks | refused 1303 (max submits per item) | other refused submits (of them resends of an existing external_task_id) | peak slots | API requests per task | worker-slot-seconds (per execution) | execution-seconds \`running\` |',
);
console.log('| --- | --- | ---: | ---: | ---: | ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
for (const r of rows) console.log(format(r));
console.log(
	'Targets (issue 21): x ideal <= 1.15 (polling, one execution) / 1.2 (callback, many executions); failed 0; duplicate tasks 0; worker-slot-seconds ~ 0 while Kling renders (callback).',
);
if (SHAPES.includes('executions') && MODES.includes('poll') && CONCURRENCY < slots) {
	// A polling execution holds its worker slot until its task ends: the worker, not the account, is the ceiling.
	console.log(`Polling executions are bound by the worker's concurrency ${CONCURRENCY} < C: their own ideal is ceil(N/${CONCURRENCY}) x T (${SIZES.map((n) => `${Math.ceil(n / CONCURRENCY) * TASK_S} s for N = ${n}`).join(', ')}).`);
}
console.log(`Worker-slot-seconds: executions \`running\` summed every ${SAMPLE_MS} ms, at most the worker's ${CONCURRENCY} at once; the last column is the raw sum (n8n marks a resumed execution \`running\` while it waits in the queue for a worker).`);
console.log('Duplicate tasks: tasks created beyond one per prompt (each item has its own). Other refused submits: submits answered neither with a task nor 1303 (e.g. 1201 for a repeated external_task_id).');

function format(r) {
	if (r.error) return `| ${r.mode} | ${r.shape} | ${r.n} | run failed: ${r.error} | | | | | | | | | | |`;
	const executions = r.shape === 'batch' ? 1 : r.n;
	return `| ${r.mode} | ${r.shape} | ${r.n} | ${r.wall.toFixed(1)} s | ${idealOf(r.n)} s | ${(r.wall / idealOf(r.n)).toFixed(2)} | ${r.failed}${r.why ? ` (${r.why})` : ''} | ${r.duplicates} | ${r.refused} (${r.maxSubmits}) | ${r.otherRefused}${r.resends === undefined ? '' : ` (${r.resends} resends)`} | ${r.peak} | ${r.requestsPerTask.toFixed(2)} | ${r.slotSeconds.toFixed(0)} (${(r.slotSeconds / executions).toFixed(1)}) | ${r.runningSeconds.toFixed(0)} |`;
}

async function measure({ mode, shape, path }, n) {
	sim.reset();
	log(`bench: ${mode}, ${shape}, N = ${n}`);
	const prompts = Array.from({ length: n }, (_, i) => ({ prompt: `Bench ${mode} ${shape} ${n} #${i + 1}` }));
	const bodies = shape === 'batch' ? [{ prompts }] : prompts;
	// Generous: the account's rounds three times over, or (polling executions, one worker slot each) the worker's rounds twice over.
	const timeoutMs = 1000 * (Math.max(idealOf(n) * 3, shape === 'executions' ? Math.ceil(n / CONCURRENCY) * TASK_S * 2 : 0) + 120);
	const sampler = cluster.sample({ intervalMs: SAMPLE_MS });
	const t0 = Date.now();
	const ids = await cluster.triggerAll(path, bodies);
	let done;
	let why;
	try {
		done = await cluster.waitForExecutions(ids, ended, timeoutMs);
	} catch {
		// Timed out: report what had not ended, and stop it so the next run starts clean.
		done = await cluster.executions(`id in (${ids.join(',')})`);
		why = `timed out after ${timeoutMs / 1000} s: ${done.filter((r) => !ended(r)).length} not ended`;
		for (const r of done.filter((row) => !ended(row))) await cluster.rest('POST', `/executions/${r.id}/stop`).catch(() => {});
	}
	const wall = (Date.now() - t0) / 1000;
	await sampler.stop();
	// Executions of this run only: the sampler counts all, and earlier runs have ended. n8n also
	// marks `running` an execution resumed from waiting before a worker takes it up again, so the
	// raw sum can exceed what the worker's slots allow; capped at the worker's concurrency it cannot.
	const slotSeconds = sampler.samples.reduce((sum, s) => sum + Math.min(s.running, CONCURRENCY) * (SAMPLE_MS / 1000), 0);
	const runningSeconds = sampler.samples.reduce((sum, s) => sum + s.running * (SAMPLE_MS / 1000), 0);

	let failed;
	if (shape === 'batch') {
		// One execution: count its Kling items with a video (the node continues on fail).
		const execution = await cluster.execution(ids[0]);
		const items = execution?.data?.resultData?.runData?.Kling?.at(-1)?.data?.main?.[0] ?? [];
		const good = items.filter((item) => !item.json?.error && item.binary?.data).length;
		failed = n - good;
		const itemError = items.find((item) => item.json?.error)?.json.error;
		const message = runErrorMessage(execution) ?? (typeof itemError === 'string' ? itemError : itemError?.message);
		if (failed && message) why = [why, `e.g. ${String(message).slice(0, 160)}`].filter(Boolean).join('; ');
		if (execution?.status !== 'success') why = [why, `execution ${execution?.status}`].filter(Boolean).join('; ');
	} else {
		const bad = done.filter((r) => r.status !== 'success');
		failed = bad.length;
		if (bad.length && !why) {
			const statuses = [...new Set(bad.map((r) => r.status))].join(',');
			const first = bad.find((r) => r.status === 'error');
			const message = first ? runErrorMessage(await cluster.execution(first.id)) : undefined;
			why = [statuses, message && `e.g. ${message.slice(0, 160)}`].filter(Boolean).join('; ');
		}
	}

	const submits = sim.count('submit');
	const requests = submits + sim.count('poll') + sim.count('list');
	const { refused, peak } = sim.concurrency();
	// Submits and tasks per prompt: how often one item was refused, and whether one was created twice.
	const submitsOf = new Map();
	for (const r of sim.requests) if (r.method === 'POST' && r.body?.prompt) submitsOf.set(r.body.prompt, (submitsOf.get(r.body.prompt) ?? 0) + 1);
	const tasks = [...sim.tasks.values()];
	const duplicates = tasks.length - new Set(tasks.map((t) => t.body?.prompt)).size;
	// Resends: submits of an external_task_id that already had a task (the simulator answers them 1201
	// and creates nothing, as Kling would): the duplicate submits a lost answer or a retry can cause.
	const createdAt = new Map(tasks.filter((t) => t.external_task_id).map((t) => [t.external_task_id, t.created_at]));
	const resends = sim.requests.filter(
		(r) => r.method === 'POST' && createdAt.has(r.body?.external_task_id) && r.at > createdAt.get(r.body.external_task_id),
	).length;
	return {
		mode,
		shape,
		n,
		wall,
		failed,
		why,
		duplicates,
		refused,
		otherRefused: submits - tasks.length - refused,
		resends,
		maxSubmits: Math.max(0, ...submitsOf.values()),
		peak: peak.video ?? 0,
		requestsPerTask: requests / n,
		slotSeconds,
		runningSeconds,
	};
}
