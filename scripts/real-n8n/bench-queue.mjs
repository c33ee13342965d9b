// Benchmark (figures only, asserts nothing): N executions started at once by a
// Webhook trigger in n8n's queue mode (PostgreSQL, Redis, main + one worker
// with concurrency 2), each rendering one 20 s Kling task at the simulator,
// waiting by polling (5 s) and by Kling callback. Prints, per mode and N: wall
// time as a ratio to one task, API requests per task, and the worker-slot-
// seconds the executions held (sum over time of executions `running`).
// BENCH_QUEUE_EXECUTIONS=12,50  BENCH_QUEUE_TASK_SECONDS=20  BENCH_QUEUE_MODES=poll,callback
import { createRequire } from 'node:module';
import { join } from 'node:path';

import { REPO, log } from './env.mjs';
import { simulatorCredential, startQueueCluster } from './queue-env.mjs';
import { ended } from './queue-executions.mjs';
import { webhookToKling } from './queue-workflows.mjs';

const list = (name, fallback) => (process.env[name] ?? fallback).split(',').map((v) => v.trim()).filter(Boolean);
const SIZES = list('BENCH_QUEUE_EXECUTIONS', '12,50').map(Number);
const MODES = list('BENCH_QUEUE_MODES', 'poll,callback');
const TASK_S = Number(process.env.BENCH_QUEUE_TASK_SECONDS ?? 20);
const CONCURRENCY = 2;
const SAMPLE_MS = 500;

const { startKlingSimulator } = createRequire(import.meta.url)(join(REPO, 'test', 'simulator'));
const sim = await startKlingSimulator({ taskDurationMs: TASK_S * 1000 });
const kling = {
	poll: { waitMethod: 'poll', waitOptions: { pollIntervalSeconds: 5, maxWaitMinutes: 60 } },
	callback: { waitMethod: 'callback', waitOptions: { callbackUrlReachable: true, maxWaitMinutes: 60 } },
};
const rows = [];
let cluster;
try {
	cluster = await startQueueCluster({ concurrency: CONCURRENCY, simulator: sim, logLevel: 'error' });
	await cluster.importWorkflows(
		MODES.map((mode) => webhookToKling({ id: `bench_${mode}`, path: `bench-${mode}`, credentialId: 'klingQueueSim', outputDir: cluster.outputDir, kling: kling[mode] })),
	);
	for (const mode of MODES) await cluster.activate(`bench_${mode}`);
	for (const n of SIZES) {
		for (const mode of MODES) rows.push(await measure(mode, n));
	}
} finally {
	await cluster?.stop();
	await sim.close();
}

console.log(`\n# Queue mode: N executions at once, worker concurrency ${CONCURRENCY}, ${TASK_S} s tasks (n8n 2.41.1, Node ${process.version})`);
console.log('| mode | N | wall time | x one task | API requests per task | worker-slot-seconds (per execution) | all succeeded |');
console.log('| --- | ---: | ---: | ---: | ---: | ---: | --- |');
for (const r of rows) {
	console.log(
		`| ${r.mode} | ${r.n} | ${r.wall.toFixed(1)} s | ${(r.wall / TASK_S).toFixed(2)} | ${r.requestsPerTask.toFixed(2)} | ${r.slotSeconds.toFixed(0)} (${(r.slotSeconds / r.n).toFixed(1)}) | ${r.ok ? 'yes' : `no: ${r.statuses}`} |`,
	);
}
console.log('Targets (callback): wall <= 1.3 x one task; <= 3 requests per task; worker-slot-seconds ~ 0 while Kling renders.');

async function measure(mode, n) {
	sim.reset();
	log(`bench: ${mode}, ${n} executions`);
	const sampler = cluster.sample({ intervalMs: SAMPLE_MS });
	const t0 = Date.now();
	const ids = await cluster.triggerAll(`bench-${mode}`, Array.from({ length: n }, (_, i) => ({ prompt: `Bench ${mode} ${i + 1}` })));
	const done = await cluster.waitForExecutions(ids, ended, Math.max(300_000, (n / CONCURRENCY) * TASK_S * 2000));
	const wall = (Date.now() - t0) / 1000;
	await sampler.stop();
	// Executions of this run only: the sampler counts all, and earlier runs have ended.
	const slotSeconds = sampler.samples.reduce((sum, s) => sum + s.running * (SAMPLE_MS / 1000), 0);
	const requests = sim.count('submit') + sim.count('poll') + sim.count('list');
	const statuses = [...new Set(done.map((r) => r.status))].join(',');
	return { mode, n, wall, requestsPerTask: requests / n, slotSeconds, ok: done.every((r) => r.status === 'success'), statuses };
}
