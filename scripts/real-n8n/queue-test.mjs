// The queue-mode test run by `npm test`: the packed package in a real n8n 2.x
// in queue mode (PostgreSQL, Redis, main + worker), started by a Webhook
// trigger, against the project's Kling simulator. Prints one line per check,
// timings, and a summary line.
import { randomBytes } from 'node:crypto';
import { createRequire } from 'node:module';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

import { REPO, log } from './env.mjs';
import { sleep, simulatorCredential, startQueueCluster } from './queue-env.mjs';
import { outputItems, runErrorMessage } from './queue-executions.mjs';
import { webhookToKling } from './queue-workflows.mjs';
import { callbackChecks } from './queue-callback-checks.mjs';

if (process.env.KLING_SKIP_REAL_N8N === '1') {
	console.log('queue: skipped (KLING_SKIP_REAL_N8N=1)');
	process.exit(0);
}

const { startKlingSimulator } = createRequire(import.meta.url)(join(REPO, 'test', 'simulator'));
const SAMPLE_MP4 = readFileSync(join(REPO, 'test', 'simulator', 'fixtures', 'sample.mp4'));
const results = [];
const check = (name, passed, detail = '') => {
	results.push({ passed });
	console.log(`${passed ? 'ok' : 'not ok'} - ${name}${passed || !detail ? '' : `\n  ${String(detail).replace(/\n/g, '\n  ')}`}`);
};
const started = Date.now();
const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;
const timing = (what, since) => console.log(`# ${what}: ${seconds(Date.now() - since)}`);

// One simulator per task length: the poll test wants short tasks, the kill test long ones.
const fast = await startKlingSimulator({ taskDurationMs: 5000 });
const slow = await startKlingSimulator({ taskDurationMs: 20_000 });
// The callback checks run signed: Kling's Webhook Secret in the credential, every callback signed with it.
const WEBHOOK_SECRET = `whsec_${randomBytes(32).toString('base64')}`;
const callbacks = await startKlingSimulator({ taskDurationMs: 20_000, webhookSecret: WEBHOOK_SECRET });
let cluster;
try {
	cluster = await startQueueCluster({ concurrency: 2, simulator: fast });
	timing('cluster up (pack, install, PostgreSQL, Redis, main, worker, owner)', started);
	let since = Date.now();
	await cluster.importCredentials([simulatorCredential(slow, 'klingQueueSimSlow', 'Kling simulator (20 s tasks)')]);
	const workflow = (id, path, credentialId) => webhookToKling({ id, path, credentialId, outputDir: cluster.outputDir });
	await cluster.importWorkflows([workflow('queuePoll', 'kling-poll', 'klingQueueSim'), workflow('queueKill', 'kling-kill', 'klingQueueSimSlow')]);
	await cluster.activate('queuePoll');
	await cluster.activate('queueKill');
	timing('import and publish two workflows', since);

	await pollModeTest(cluster);
	// One sampler through both kill tests: b1's executions keep changing during b2.
	const sampler = cluster.sample();
	since = Date.now();
	const b1 = await workerKillTest(cluster, sampler, { label: 'b1', ownEventLog: false });
	timing('b1. worker kill, new worker on the same disk', since);
	// b2 (a replacement worker with a fresh disk) waits about 2 minutes for n8n's stall check: KLING_QUEUE_FULL=1 runs it.
	const kills = [b1];
	if (process.env.KLING_QUEUE_FULL === '1') {
		since = Date.now();
		kills.push(await workerKillTest(cluster, sampler, { label: 'b2', ownEventLog: true }));
		timing('b2. worker kill, replacement worker with a fresh disk', since);
	}
	await sampler.stop();
	for (const { label, t0, ids } of kills) {
		for (const id of ids) console.log(`# ${label}. execution ${id}, every status seen (from its webhook call): ${sampler.path(id, t0)}`);
	}
	console.log(`# b. executions by status over time, from b1's webhook calls (sampled every 500 ms):\n${sampler.timeline(b1.t0).replace(/^/gm, '#   ')}`);
	await deterministicIdCheck(kills.flatMap((kill) => kill.died));
	await callbackChecks(cluster, callbacks, { check, timing, sampleMp4: SAMPLE_MP4, webhookSecret: WEBHOOK_SECRET });
} catch (error) {
	check('the queue-mode harness ran', false, String(error?.stack ?? error));
} finally {
	await fast.close();
	await slow.close();
	await callbacks.close();
}

const passed = results.filter((r) => r.passed).length;
const broken = results.some((r) => !r.passed);
if (cluster) {
	// A failed run keeps its folders (PostgreSQL, logs, user folder) to look into.
	if (broken) console.log(`# log tails:\n${cluster.logTails(25).replace(/^/gm, '# ')}`);
	await cluster.stop({ keep: broken });
}
timing('queue-mode test total', started);
console.log(`queue: ${passed} passed, ${results.length - passed} failed`);
process.exitCode = passed === results.length ? 0 : 1;

/** a. Webhook -> Kling (wait, download) -> Write MP4, run by the worker: the video arrives as binary data. */
async function pollModeTest(cluster) {
	log('queue test a: poll mode, one execution');
	const since = Date.now();
	const [id] = await cluster.triggerAll('kling-poll', [{ prompt: 'A red fox trots through fresh snow at sunrise' }]);
	const [row] = await cluster.waitForExecutions([id], undefined, 90_000);
	const execution = await cluster.execution(id);
	timing(`a. execution ${id}: webhook to ${row.status} (5 s Kling task, 1 s polls)`, since);
	check('a. poll mode: the webhook-started execution succeeds on the worker', row.status === 'success', `${row.status}: ${runErrorMessage(execution)}`);

	const [item] = outputItems(execution, 'Kling');
	const [written] = outputItems(execution, 'Write MP4');
	const path = written?.json?.fileName ?? join(cluster.outputDir, `${id}.mp4`);
	const bytes = existsSync(path) ? readFileSync(path) : Buffer.alloc(0);
	check(
		"a. Write Files from Disk wrote the simulator's MP4 from the binary data (same bytes, ftyp box)",
		bytes.equals(SAMPLE_MP4) && bytes.subarray(4, 8).toString('latin1') === 'ftyp',
		`${path}: ${bytes.length} bytes, expected ${SAMPLE_MP4.length}`,
	);

	const settings = await cluster.rest('GET', '/settings');
	const files = await cluster.binaryFiles(id);
	const binary = item?.binary?.data;
	console.log(
		`# a. binary data mode: ${settings.binaryDataMode} (n8n's settings); the Kling item's binary id ${binary?.id}; ` +
			`binary_data rows for the execution: ${files.map((f) => `${f.fileName} ${f.mimeType} ${f.fileSize} bytes`).join(', ') || 'none'}`,
	);
	check(
		"a. queue mode's default binary data mode is `database`: the video is a row in PostgreSQL's binary_data",
		settings.binaryDataMode === 'database' && String(binary?.id).startsWith('database:') && files.some((f) => f.fileSize === SAMPLE_MP4.length),
		JSON.stringify({ mode: settings.binaryDataMode, binary, files }),
	);
}

/**
 * b. Four executions of 20 s tasks with worker concurrency 2; the worker is
 * SIGKILLed 8 s in and a new one started, either on the same disk (it reads
 * the dead worker's event log) or as a fresh replacement (`ownEventLog`).
 * Records what becomes of each execution; returns the ones that died.
 */
async function workerKillTest(cluster, sampler, { label, ownEventLog }) {
	const how = ownEventLog ? 'a replacement worker with a fresh disk' : 'a new worker on the same disk';
	log(`queue test ${label}: poll mode under a worker kill (4 executions, 20 s tasks, SIGKILL at 8 s, then ${how})`);
	const t0 = Date.now();
	const ids = await cluster.triggerAll('kling-kill', [1, 2, 3, 4].map((n) => ({ prompt: `Queue kill test ${label}, video ${n}` })));
	await sleep(Math.max(0, 8000 - (Date.now() - t0)));
	const atKill = await cluster.executions(`id in (${ids.join(',')})`);
	const killedAt = Date.now() - t0;
	const killed = await cluster.killWorker();
	log(`killed ${killed.name} (pid ${killed.pid}) at ${seconds(killedAt)}: ${atKill.map((r) => `${r.id}=${r.status}`).join(', ')}`);
	const worker = await cluster.startWorker({ ownEventLog });
	const readyAt = Date.now() - t0;

	let rows;
	let allEnded = true;
	try {
		rows = await cluster.waitForExecutions(ids, undefined, 180_000);
	} catch (error) {
		allEnded = false;
		rows = await cluster.executions(`id in (${ids.join(',')})`);
		check(`${label}. every execution ends after the worker kill (none left running)`, false, error.message);
	}
	const endedAfter = Date.now() - t0;
	const wasRunning = new Set(atKill.filter((r) => r.status === 'running').map((r) => r.id));
	const report = [];
	for (const row of rows) {
		const execution = await cluster.execution(row.id);
		report.push({ id: row.id, status: row.status, at: atKill.find((r) => r.id === row.id)?.status, error: runErrorMessage(execution) });
	}
	console.log(`# ${label}. ${killed.name} SIGKILLed ${seconds(killedAt)} after the webhooks; ${worker.name} (${how}) ready at ${seconds(readyAt)}`);
	for (const r of report) {
		console.log(`# ${label}. execution ${r.id}: ${r.at} at the kill -> ${r.status} (${sampler.path(r.id, t0)})${r.error ? `: ${r.error}` : ''}`);
	}
	const died = report.filter((r) => wasRunning.has(r.id));
	const queued = report.filter((r) => !wasRunning.has(r.id));
	check(`${label}. the kill hit executions in flight: 2 running on the worker (concurrency 2), 2 still queued`, died.length === 2 && queued.length === 2, JSON.stringify(atKill));
	if (allEnded) check(`${label}. every execution ends after the worker kill (all ended by ${seconds(endedAfter)})`, true);
	check(`${label}. the executions still queued at the kill run on ${worker.name} and succeed`, queued.length > 0 && queued.every((r) => r.status === 'success'), JSON.stringify(queued));
	check(
		`${label}. the executions the killed worker was running end as crashed or error, not retried`,
		died.length > 0 && died.every((r) => ['crashed', 'error'].includes(r.status)),
		JSON.stringify(died),
	);
	// Each died execution had submitted its Kling task before the kill: it is still at Kling, paid for.
	const tasks = [...slow.tasks.values()];
	const submittedBy = (id) => tasks.filter((task) => String(task.external_task_id ?? '').startsWith(`n8n-${id}-`));
	check(
		`${label}. each died execution's Kling task was created at the host before the kill (one task each, external id n8n-<executionId>-...)`,
		died.length > 0 && died.every((r) => submittedBy(r.id).length === 1),
		died.map((r) => `${r.id}: ${submittedBy(r.id).map((t) => t.external_task_id).join(', ') || 'none'}`).join('; '),
	);
	return { label, t0, ids, died };
}

/**
 * The node names its tasks n8n-<executionId>-<nodeSlug>-r<runIndex>-i<itemIndex>
 * (node "Kling": slug "kling"), so a died execution's task can be found again.
 */
async function deterministicIdCheck(died) {
	const lookups = [];
	for (const r of died) {
		const externalId = `n8n-${r.id}-kling-r0-i0`;
		const response = await fetch(`${slow.baseUrl}/kling/v1/videos/text2video/${externalId}`, { headers: { authorization: `Bearer ${slow.apiKey}` } });
		const body = await response.json().catch(() => ({}));
		lookups.push({ externalId, status: response.status, taskId: response.ok ? body?.data?.task_id : undefined });
	}
	check(
		"each died execution's Kling task is found at the host by n8n-<executionId>-kling-r0-i0 (Task → Get recovers it)",
		lookups.length > 0 && lookups.every((l) => l.taskId !== undefined),
		lookups.map((l) => `${l.externalId}: HTTP ${l.status}${l.taskId ? ` task ${l.taskId}` : ', not found'}`).join('; '),
	);
}
