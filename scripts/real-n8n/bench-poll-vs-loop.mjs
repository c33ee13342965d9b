// The node's polling against the loop users build by hand, in a real n8n.
// For each task time T and batch size N, `n8n execute` runs, against the
// simulator (in this process, a fresh one per run):
//   node: Manual Trigger -> Code (N prompts) -> Kling Text to Video (Wait by
//         Polling, interval I, Max Concurrent Tasks N, no download);
//   loop: Manual Trigger -> Code (N prompts) -> HTTP Request (submit) -> Wait I s
//         -> HTTP Request (read) -> IF (succeed or failed) -> Done, and IF's
//         false branch back to the Wait node, as users wire it.
// Wall time is taken from the simulator's request log, first submit to last
// read, so n8n's start-up does not count; requests per task are submits and
// reads. Prints figures only; exits non-zero when a run fails or an item does
// not end `succeed` with its own prompt.
//
// Each turn of the loop takes the Wait plus n8n's own work, so the loop's k-th
// read comes later than the node's (k × I after the submit). A task that ends
// in that gap is seen by the loop's k-th read but needs the node's (k+1)-th:
// try BENCH_LOOP_TASK_SECONDS=20.3 to see the node lose there.
//
// npm run bench:loop
//   BENCH_LOOP_TASK_SECONDS (17,20,23), BENCH_LOOP_ITEMS (12,50),
//   BENCH_LOOP_INTERVAL_SECONDS (5). Quick: BENCH_LOOP_TASK_SECONDS=4 BENCH_LOOP_ITEMS=3 BENCH_LOOP_INTERVAL_SECONDS=1
import { createRequire } from 'node:module';
import { join } from 'node:path';

import { N8N_VERSION, REPO, ensureN8n, executeWorkflow, log, makeUserFolder, n8nEnv, nodeItems, packPackage, removeUserFolder } from './env.mjs';

const require = createRequire(import.meta.url);
const { startKlingSimulator } = require(join(REPO, 'test', 'simulator'));

const list = (name, fallback) => (process.env[name] ?? fallback).split(',').map(Number).filter((n) => n > 0);
const TASK_SECONDS = list('BENCH_LOOP_TASK_SECONDS', '17,20,23');
const ITEMS = list('BENCH_LOOP_ITEMS', '12,50');
const INTERVAL = Number(process.env.BENCH_LOOP_INTERVAL_SECONDS ?? 5);

const ENDPOINT = '/kling/v1/videos/text2video';
const KLING_CREDENTIAL = { id: 'benchKlingCredential', name: 'Kling account' };
const BEARER_CREDENTIAL = { id: 'benchBearerCredential', name: 'Kling bearer token' };

const node = (name, type, typeVersion, parameters, extra = {}) => ({ id: name, name, type, typeVersion, position: [0, 0], parameters, ...extra });
const to = (target, index = 0) => ({ node: target, type: 'main', index });

function promptsNode(items) {
	return node('Prompts', 'n8n-nodes-base.code', 2, {
		jsCode: `return Array.from({ length: ${items} }, (_, i) => ({ json: { row: i + 1, prompt: 'Benchmark scene ' + (i + 1) } }));`,
	});
}

function klingWorkflow(items) {
	return {
		id: 'benchPollNode',
		name: 'Bench: Kling node, Wait by Polling',
		settings: { executionOrder: 'v1' },
		nodes: [
			node('Start', 'n8n-nodes-base.manualTrigger', 1, {}),
			promptsNode(items),
			node(
				'Kling',
				'n8n-nodes-kling.kling',
				1,
				{
					resource: 'video',
					operation: 'textToVideo',
					model: 'kling-v2-6',
					mode: 'std',
					aspectRatio: '16:9',
					duration: '5',
					prompt: '={{ $json.prompt }}',
					additionalFields: {},
					waitForCompletion: true,
					waitMethod: 'poll',
					downloadVideo: false,
					waitOptions: { pollIntervalSeconds: INTERVAL, maxConcurrentTasks: items },
				},
				{ credentials: { klingApi: KLING_CREDENTIAL } },
			),
		],
		connections: { Start: { main: [[to('Prompts')]] }, Prompts: { main: [[to('Kling')]] } },
	};
}

/** The hand-built loop, with n8n's own nodes and a Bearer Auth credential, as a user would set it up. */
function loopWorkflow(items, baseUrl) {
	const auth = { authentication: 'genericCredentialType', genericAuthType: 'httpBearerAuth' };
	const credentials = { credentials: { httpBearerAuth: BEARER_CREDENTIAL } };
	const isStatus = (id, status) => ({ id, leftValue: '={{ $json.data.task_status }}', rightValue: status, operator: { type: 'string', operation: 'equals' } });
	const field = (name, value) => ({ id: name, name, value, type: 'string' });
	return {
		id: 'benchHandLoop',
		name: 'Bench: hand-built Wait/read loop',
		settings: { executionOrder: 'v1' },
		nodes: [
			node('Start', 'n8n-nodes-base.manualTrigger', 1, {}),
			promptsNode(items),
			node(
				'Submit',
				'n8n-nodes-base.httpRequest',
				4.2,
				{
					method: 'POST',
					url: `${baseUrl}${ENDPOINT}`,
					...auth,
					sendBody: true,
					specifyBody: 'json',
					// The body the node sends for these settings.
					jsonBody: '={ "model_name": "kling-v2-6", "mode": "std", "aspect_ratio": "16:9", "duration": "5", "prompt": {{ JSON.stringify($json.prompt) }} }',
					options: {},
				},
				credentials,
			),
			node('Wait', 'n8n-nodes-base.wait', 1.1, { resume: 'timeInterval', amount: INTERVAL, unit: 'seconds' }),
			// The read answers with the task (data.task_id), so the id travels on with each item.
			node('Read', 'n8n-nodes-base.httpRequest', 4.2, { method: 'GET', url: `=${baseUrl}${ENDPOINT}/{{ $json.data.task_id }}`, ...auth, options: {} }, credentials),
			node('Finished?', 'n8n-nodes-base.if', 2.2, {
				conditions: {
					options: { caseSensitive: true, leftValue: '', typeValidation: 'strict', version: 2 },
					conditions: [isStatus('succeed', 'succeed'), isStatus('failed', 'failed')],
					combinator: 'or',
				},
				options: {},
			}),
			// The prompt comes back through n8n's paired items, across every turn of the loop:
			// the check below compares it with the prompt the simulator got for that task.
			node('Done', 'n8n-nodes-base.set', 3.4, {
				assignments: {
					assignments: [
						field('taskId', '={{ $json.data.task_id }}'),
						field('status', '={{ $json.data.task_status }}'),
						field('prompt', "={{ $('Prompts').item.json.prompt }}"),
					],
				},
				options: {},
			}),
		],
		connections: {
			Start: { main: [[to('Prompts')]] },
			Prompts: { main: [[to('Submit')]] },
			Submit: { main: [[to('Wait')]] },
			Wait: { main: [[to('Read')]] },
			Read: { main: [[to('Finished?')]] },
			'Finished?': { main: [[to('Done')], [to('Wait')]] },
		},
	};
}

/** Every output item of a node over all its runs (the loop's Done node runs once per turn that finishes tasks). */
const allItems = (run, name) => (run?.data?.resultData?.runData?.[name] ?? []).flatMap((task) => task.data?.main?.[0] ?? []);

/**
 * Timing from the simulator's log: first submit to last read; requests per
 * task; reads per task; and when a task is read: from its submit to its
 * first read, and from one read to the next (for the loop, what the Wait node
 * really waited plus n8n's work around it).
 */
function figures(sim, items) {
	const submits = sim.requests.filter((r) => r.method === 'POST' && r.path === ENDPOINT);
	// A task read on its own (`<endpoint>/<id>`), or with the batch on the kind's list page (`<endpoint>?pageNum…`: the node's batch reads).
	const reads = sim.requests.filter((r) => r.method === 'GET' && (r.path.startsWith(`${ENDPOINT}/`) || r.path === ENDPOINT)).sort((a, b) => a.at - b.at);
	const byTask = new Map();
	const seenFinal = new Set();
	for (const read of reads) {
		if (read.path !== ENDPOINT) {
			const id = decodeURIComponent(read.path.slice(ENDPOINT.length + 1));
			byTask.set(id, [...(byTask.get(id) ?? []), read.at]);
			continue;
		}
		// A list read counts as a read of every task made before it and not yet seen finished (the node reads no task after that).
		for (const task of sim.tasks.values()) {
			if (task.created_at > read.at || seenFinal.has(task.task_id)) continue;
			byTask.set(task.task_id, [...(byTask.get(task.task_id) ?? []), read.at]);
			if (read.at >= task.created_at + task.durationMs) seenFinal.add(task.task_id);
		}
	}
	const firstReads = [];
	const gaps = [];
	for (const task of sim.tasks.values()) {
		const times = byTask.get(task.task_id) ?? [];
		if (times.length) firstReads.push(times[0] - task.created_at);
		for (let i = 1; i < times.length; i++) gaps.push(times[i] - times[i - 1]);
	}
	const spread = (values) => [Math.min(...values) / 1000, Math.max(...values) / 1000];
	const readCounts = [...sim.tasks.values()].map((task) => byTask.get(task.task_id)?.length ?? 0);
	const first = Math.min(...submits.map((r) => r.at));
	const last = Math.max(...reads.map((r) => r.at));
	return {
		wall: (last - first) / 1000,
		perTask: (submits.length + reads.length) / items,
		reads: [Math.min(...readCounts), Math.max(...readCounts)],
		firstRead: spread(firstReads),
		gaps: gaps.length ? spread(gaps) : [NaN, NaN],
	};
}

/** Each of the N prompts has its own task, ended `succeed`, and the item carries that task's prompt. */
function checkItems(sim, outputs, items, label) {
	const tasks = new Map([...sim.tasks.values()].map((task) => [task.task_id, task]));
	const problems = [];
	if (tasks.size !== items) problems.push(`${tasks.size} tasks created for ${items} items`);
	if (outputs.length !== items) problems.push(`${outputs.length} output items for ${items} inputs`);
	if (new Set(outputs.map((o) => o.taskId)).size !== outputs.length) problems.push('two items share a task');
	for (const { taskId, status, prompt } of outputs) {
		if (status !== 'succeed') problems.push(`task ${taskId} ended ${status}`);
		if (tasks.get(taskId)?.body?.prompt !== prompt) problems.push(`task ${taskId} carries prompt "${prompt}", was submitted with "${tasks.get(taskId)?.body?.prompt}"`);
	}
	if (problems.length) throw new Error(`${label}: ${problems.slice(0, 5).join('; ')}`);
}

async function runOnce(bin, folder, via, taskSeconds, items) {
	const sim = await startKlingSimulator({ taskDurationMs: taskSeconds * 1000 });
	const label = `${via}, T ${taskSeconds} s, N ${items}`;
	try {
		const workflow = via === 'node' ? klingWorkflow(items) : loopWorkflow(items, sim.baseUrl);
		const { ok, run, error } = await executeWorkflow(bin, n8nEnv(folder, join(folder, 'videos')), {
			credentials: [
				{ ...KLING_CREDENTIAL, type: 'klingApi', data: { baseUrl: `${sim.baseUrl}/kling`, apiKey: sim.apiKey } },
				{ ...BEARER_CREDENTIAL, type: 'httpBearerAuth', data: { token: sim.apiKey } },
			],
			workflow,
		});
		if (!ok) throw new Error(`${label}: the workflow failed in n8n:\n${String(error).split(sim.apiKey).join('***')}`);
		let outputs;
		if (via === 'node') {
			// The node pairs each output with its input item: its prompt is the Code node's item of that index.
			const prompts = nodeItems(run, 'Prompts');
			outputs = nodeItems(run, 'Kling').map((item) => ({ ...item.json, prompt: prompts[item.pairedItem?.item]?.json?.prompt }));
		} else {
			outputs = allItems(run, 'Done').map((item) => item.json);
		}
		checkItems(sim, outputs, items, label);
		return figures(sim, items);
	} finally {
		await sim.close();
	}
}

const s = (seconds) => seconds.toFixed(2);

let folder;
const started = Date.now();
try {
	const bin = ensureN8n();
	log('building and packing n8n-nodes-kling, installing it into a fresh n8n user folder');
	folder = makeUserFolder(packPackage()).folder;

	const rows = [];
	for (const taskSeconds of TASK_SECONDS) {
		for (const items of ITEMS) {
			log(`T ${taskSeconds} s, N ${items}: the node, then the hand-built loop`);
			const viaNode = await runOnce(bin, folder, 'node', taskSeconds, items);
			const viaLoop = await runOnce(bin, folder, 'loop', taskSeconds, items);
			rows.push({ taskSeconds, items, viaNode, viaLoop });
		}
	}

	console.log(`# The node's polling vs the hand-built Wait/read loop: real n8n ${N8N_VERSION}, n8n execute (regular mode, SQLite), Node ${process.version}`);
	console.log(`# poll interval and Wait ${INTERVAL} s; wall = first submit to last read (simulator log); requests = submits + reads`);
	console.log('');
	console.log('| T (s) | N | node wall (s) | node / T | loop wall (s) | loop / T | node / loop | node req/task | loop req/task | node reads/task | loop reads/task |');
	console.log('| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
	const range = ([a, b]) => (a === b ? `${a}` : `${a}–${b}`);
	for (const { taskSeconds: T, items, viaNode: n, viaLoop: l } of rows) {
		console.log(
			`| ${T} | ${items} | ${s(n.wall)} | ${s(n.wall / T)} | ${s(l.wall)} | ${s(l.wall / T)} | ${(n.wall / l.wall).toFixed(3)} | ${n.perTask.toFixed(2)} | ${l.perTask.toFixed(2)} | ${range(n.reads)} | ${range(l.reads)} |`,
		);
	}
	console.log('');
	for (const { taskSeconds: T, items, viaNode: n, viaLoop: l } of rows) {
		const yes = n.wall <= l.wall && n.perTask <= l.perTask;
		console.log(
			`T ${T} s, N ${items}: node no slower and no more requests: ${yes ? 'yes' : 'no'}` +
				` (node ${s(n.wall)} s vs loop ${s(l.wall)} s, ${((n.wall - l.wall) * 1000).toFixed(0)} ms; ${n.perTask.toFixed(2)} vs ${l.perTask.toFixed(2)} requests/task)`,
		);
	}
	console.log('');
	// When tasks were read; for the loop, what the Wait node and n8n's work around it add up to in `n8n execute`.
	const span = ([a, b]) => `${s(a)}–${s(b)} s`;
	for (const { taskSeconds: T, items, viaNode: n, viaLoop: l } of rows) {
		console.log(`T ${T} s, N ${items}: submit to first read: node ${span(n.firstRead)}, loop ${span(l.firstRead)}; read to next read: node ${span(n.gaps)}, loop ${span(l.gaps)}`);
	}
	log(`done in ${((Date.now() - started) / 1000).toFixed(0)} s`);
} catch (error) {
	console.error(`bench-poll-vs-loop failed: ${error.message}`);
	process.exitCode = 1;
} finally {
	if (folder) removeUserFolder(folder);
}
