// The callback-mode checks of the queue-mode test: the Kling node waiting by
// Kling callback in n8n's queue mode (main + worker, concurrency 2), with the
// simulator calling back on every status change, its callbacks signed with the
// Webhook Secret set on the credential.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

import { log } from './env.mjs';
import { sleep, simulatorCredential } from './queue-env.mjs';
import { ended, outputItems, runErrorMessage } from './queue-executions.mjs';
import { webhookToKling } from './queue-workflows.mjs';

const TASK_MS = 20_000;
const CALLBACK = { waitMethod: 'callback', waitOptions: { callbackUrlReachable: true, maxWaitMinutes: 5 } };
// The lost-callback workflow gives up after 30 s; n8n looks at paused executions about once a minute.
const LOST_MAX_WAIT_MINUTES = 0.5;

/**
 * Runs the callback checks on a started cluster. `sim` is a simulator with
 * 20 s tasks used only here, signing its callbacks with `webhookSecret`, which
 * goes into the credential; `check(name, passed, detail)` and
 * `timing(what, since)` report as the rest of the queue test does.
 */
export async function callbackChecks(cluster, sim, { check, timing, sampleMp4, webhookSecret }) {
	const credential = simulatorCredential(sim, 'klingQueueSimCb', 'Kling simulator (callbacks)');
	credential.data.webhookSecret = webhookSecret;
	await cluster.importCredentials([credential]);
	const byCallback = webhookToKling({ id: 'queueCallback', path: 'kling-cb', credentialId: 'klingQueueSimCb', outputDir: cluster.outputDir, kling: CALLBACK });
	const lost = webhookToKling({
		id: 'queueCallbackLost',
		path: 'kling-cb-lost',
		credentialId: 'klingQueueSimCb',
		outputDir: cluster.outputDir,
		kling: { ...CALLBACK, waitOptions: { ...CALLBACK.waitOptions, maxWaitMinutes: LOST_MAX_WAIT_MINUTES } },
	});
	// No file to write after a wait that ran out: the workflow ends with the Kling node.
	lost.nodes = lost.nodes.filter((node) => node.name !== 'Write MP4');
	delete lost.connections.Kling;
	// Kling 3.0 Turbo, served by Kling's new API only (the model in the path).
	const turbo = webhookToKling({ id: 'queueCallbackTurbo', path: 'kling-cb-turbo', credentialId: 'klingQueueSimCb', outputDir: cluster.outputDir, kling: { ...CALLBACK, model: 'kling-3.0-turbo' } });
	await cluster.importWorkflows([byCallback, lost, turbo]);
	await cluster.activate('queueCallback');
	await cluster.activate('queueCallbackLost');
	await cluster.activate('queueCallbackTurbo');

	const wroteItsVideo = (id) => {
		const path = join(cluster.outputDir, `${id}.mp4`);
		return existsSync(path) && readFileSync(path).equals(sampleMp4);
	};
	const tasksOf = (id) => [...sim.tasks.values()].filter((task) => String(task.external_task_id ?? '').startsWith(`n8n-${id}-`));

	await twelveAtOnce();
	await turboByCallback();
	await twelveOnABusyAccount();
	await workerKillWhileParked();
	await faultyCallbacks();

	/**
	 * c4. The same 12 executions on an account that runs 5 tasks at once (1303 beyond, as Kling
	 * answers): all finish with their own video, none fails, none is submitted twice.
	 */
	async function twelveOnABusyAccount() {
		const C = 5;
		log(`queue test c4: callback mode, 12 executions at once on an account of concurrency ${C}`);
		sim.setConcurrency({ video: C });
		const sampler = cluster.sample();
		const t0 = Date.now();
		const ids = await cluster.triggerAll('kling-cb', Array.from({ length: 12 }, (_, n) => ({ prompt: `Busy account video ${n + 1}` })));
		const rows = await cluster.waitForExecutions(ids, ended, 300_000);
		const wall = Date.now() - t0;
		await sampler.stop();
		const ideal = Math.ceil(12 / C) * TASK_MS;
		const slotSeconds = sampler.samples.reduce((sum, s) => sum + s.running * 0.5, 0);
		const { peak, refused } = sim.concurrency();
		const submits = sim.requests.filter((r) => r.method === 'POST' && ids.some((id) => String(r.body?.external_task_id).startsWith(`n8n-${id}-`)));
		console.log(
			`# c4. 12 executions, account concurrency ${C}: all ended after ${(wall / 1000).toFixed(1)} s = ${(wall / ideal).toFixed(2)} x the ideal ${ideal / 1000} s (ceil(12/${C}) x one task); ` +
				`${submits.length} submits (${refused} refused with 1303), ${sim.tasks.size} tasks, at most ${peak.video} at once; about ${slotSeconds.toFixed(0)} worker-slot-seconds in all (${(slotSeconds / 12).toFixed(1)} per execution)`,
		);
		console.log(`# c4. statuses over time:\n${sampler.timeline(t0).replace(/^/gm, '#   ')}`);
		check(`c4. 12 executions on an account of concurrency ${C}: all succeed, none fails with 1303`, rows.every((r) => r.status === 'success'), JSON.stringify(rows.map((r) => `${r.id}=${r.status}`)));
		check('c4. each execution wrote its own video', ids.every(wroteItsVideo), ids.filter((id) => !wroteItsVideo(id)).join(', '));
		check(`c4. never more than ${C} tasks at once at Kling, and no task made twice (one per execution)`, peak.video <= C && ids.every((id) => tasksOf(id).length === 1), `peak ${peak.video}; ${JSON.stringify(ids.map((id) => tasksOf(id).length))}`);
		check('c4. done within 2 x the ideal (the benchmark prints the ratio)', wall < 2 * ideal, `${wall} ms`);
		sim.setConcurrency({});
		sim.reset();
	}

	/**
	 * c5. Kling 3.0 Turbo on Kling's new API, waiting by callback: one execution, submitted at
	 * /text-to-video/kling-3.0-turbo with the resume URL in options.callback_url, called back in the
	 * new shape (status succeeded), read back at /tasks?external_task_ids=, resumed with its video.
	 */
	async function turboByCallback() {
		log('queue test c5: Kling 3.0 Turbo (new API) waiting by callback');
		const t0 = Date.now();
		const [id] = await cluster.triggerAll('kling-cb-turbo', [{ prompt: 'A turbo fox in fresh snow' }]);
		const rows = await cluster.waitForExecutions([id], ended, 120_000);
		timing('c5. Kling 3.0 Turbo by callback, until the execution ended', t0);
		const externalId = `n8n-${id}-kling-r0-i0`;
		const submits = sim.requests.filter((r) => r.method === 'POST' && r.body?.options?.external_task_id === externalId);
		const finals = sim.callbacks.filter((c) => c.externalTaskId === externalId && c.status === 'succeeded');
		const reads = sim.requests.filter((r) => r.method === 'GET' && r.path === '/kling/tasks');
		check('c5. Kling 3.0 Turbo (new API) waiting by callback: the execution succeeds and writes its own video', rows[0]?.status === 'success' && wroteItsVideo(id), JSON.stringify(rows));
		check(
			'c5. one submit to POST /kling/text-to-video/kling-3.0-turbo (resume URL in options.callback_url); the final callback in the new shape (succeeded) answered 200; read back at GET /kling/tasks?external_task_ids=',
			submits.length === 1 &&
				submits[0].path === '/kling/text-to-video/kling-3.0-turbo' &&
				/kling_api=new/.test(String(submits[0].body?.options?.callback_url)) &&
				tasksOf(id).length === 1 &&
				finals.length >= 1 &&
				finals.every((c) => c.responseStatus === 200) &&
				reads.some((r) => String(r.query.external_task_ids ?? '').split(',').includes(externalId)),
			JSON.stringify({ submits: submits.map((r) => [r.path, r.body]), finals: finals.map((c) => [c.responseStatus, c.responseBody?.slice(0, 80)]), reads: reads.map((r) => r.query) }).slice(0, 800),
		);
		sim.reset();
	}

	/** c1. 12 executions started at once, worker concurrency 2: all parked, none running, all done in about one task's time. */
	async function twelveAtOnce() {
		log('queue test c1: callback mode, 12 executions at once, worker concurrency 2');
		const sampler = cluster.sample();
		const t0 = Date.now();
		const ids = await cluster.triggerAll('kling-cb', Array.from({ length: 12 }, (_, n) => ({ prompt: `Callback video ${n + 1}` })));
		await cluster.waitForExecutions(ids, (row) => row.status === 'waiting' || ended(row), 60_000);
		const parkedAt = Date.now() - t0;

		// A final callback with a bad signature: refused by the node before anything is read.
		const [first] = tasksOf(ids[0]);
		const readsBefore = sim.count('poll') + sim.count('list');
		const badSignature = await sim.sendCallback(first.task_id, { task_status: 'succeed' }, { signature: `v1,${Buffer.alloc(32, 7).toString('base64')}` });
		const readsAfterBad = sim.count('poll') + sim.count('list');
		const waitingAfterBad = (await cluster.executions(`id = ${ids[0]}`))[0]?.status === 'waiting';
		// A rightly signed but false final callback while the task renders: read back, not believed.
		const forged = await sim.sendCallback(first.task_id, { task_status: 'succeed' });
		const stillWaiting = (await cluster.executions(`id = ${ids[0]}`))[0]?.status === 'waiting';
		// A call without the execution's token is refused by n8n.
		const badToken = await fetch(first.callback_url.replace(/signature=[^&]+/, 'signature=forged'), {
			method: 'POST',
			headers: { 'content-type': 'application/json' },
			body: JSON.stringify({ task_id: first.task_id, task_status: 'succeed' }),
		});

		const rows = await cluster.waitForExecutions(ids, ended, 120_000);
		const wall = Date.now() - t0;
		await sampler.stop();
		const firstResume = Math.min(...ids.map((id) => sampler.history.get(id)?.find((c) => c.status !== 'waiting' && c.t > parkedAt)?.t ?? Infinity));
		const whileParked = sampler.samples.filter((s) => s.t >= parkedAt && s.t < Math.min(firstResume, TASK_MS) - 500);
		const requests = sim.count('submit') + sim.count('poll') + sim.count('list');

		console.log(`# c1. 12 executions parked after ${(parkedAt / 1000).toFixed(1)} s; all ended after ${(wall / 1000).toFixed(1)} s = ${(wall / TASK_MS).toFixed(2)} x one task`);
		console.log(`# c1. API requests: ${requests} = ${(requests / 12).toFixed(2)} per task (submits ${sim.count('submit')}, task reads ${sim.count('poll')}, list reads ${sim.count('list')}); callbacks sent: ${sim.count('callback')}`);
		console.log(`# c1. statuses over time:\n${sampler.timeline(t0).replace(/^/gm, '#   ')}`);
		check('c1. callback mode: 12 executions started at once all succeed with worker concurrency 2', rows.every((r) => r.status === 'success'), JSON.stringify(rows.map((r) => `${r.id}=${r.status}`)));
		check('c1. each execution wrote its own video (the MP4 from its binary data)', ids.every(wroteItsVideo), ids.filter((id) => !wroteItsVideo(id)).join(', '));
		check(
			'c1. while Kling renders, all 12 are waiting and none is running (no worker slot held)',
			whileParked.length >= 5 && whileParked.every((s) => s.running === 0 && s.waiting >= 12),
			JSON.stringify(whileParked.slice(0, 5)),
		);
		check('c1. all 12 finish in about one task time (under 1.6 x), not 12 / 2 tasks in a row', wall < 1.6 * TASK_MS, `${wall} ms`);
		check('c1. at most 3 API requests per task (submit + the reads that confirm)', requests / 12 <= 3, `${requests} requests`);
		check(
			'c1. a forged "succeed" callback for a task still rendering is answered but changes nothing',
			forged.responseStatus === 200 && /not final/.test(forged.responseBody ?? '') && stillWaiting,
			JSON.stringify({ status: forged.responseStatus, body: forged.responseBody, stillWaiting }),
		);
		check('c1. a call to the resume URL without the execution\'s token is refused by n8n (401)', badToken.status === 401, `HTTP ${badToken.status}`);
		const finals = sim.callbacks.filter((c) => c.source === 'lifecycle' && c.status === 'succeed' && ids.some((id) => String(c.externalTaskId).startsWith(`n8n-${id}-`)));
		check(
			'c1. with a Webhook Secret on the credential, the signed final callbacks are taken: each of the 12 resumed by one',
			finals.length === 12 && finals.every((c) => c.headers['webhook-signature']?.startsWith('v1,') && /"resumed":true/.test(c.responseBody ?? '')),
			JSON.stringify(finals.map((c) => [c.responseStatus, c.responseBody?.slice(0, 60)])),
		);
		check(
			'c1. a final callback with a bad signature is refused (401) and changes nothing: nothing read, the execution still waiting',
			badSignature.responseStatus === 401 && /signature does not match/.test(badSignature.responseBody ?? '') && readsAfterBad === readsBefore && waitingAfterBad,
			JSON.stringify({ status: badSignature.responseStatus, body: badSignature.responseBody, reads: [readsBefore, readsAfterBad], waitingAfterBad }),
		);
		sim.reset();
	}

	/** c2. The worker is SIGKILLed while executions are parked, and a new one started: nothing is lost or paid twice. */
	async function workerKillWhileParked() {
		log('queue test c2: callback mode, worker SIGKILLed while 4 executions are parked');
		const t0 = Date.now();
		const ids = await cluster.triggerAll('kling-cb', [1, 2, 3, 4].map((n) => ({ prompt: `Callback kill test, video ${n}` })));
		await cluster.waitForExecutions(ids, (row) => row.status === 'waiting' || ended(row), 60_000);
		const atKill = await cluster.executions(`id in (${ids.join(',')})`);
		const killed = await cluster.killWorker();
		const worker = await cluster.startWorker({ ownEventLog: true });
		log(`killed ${killed.name} at ${((Date.now() - t0) / 1000).toFixed(1)} s (${atKill.map((r) => `${r.id}=${r.status}`).join(', ')}); ${worker.name} started`);
		const rows = await cluster.waitForExecutions(ids, ended, 120_000);
		timing('c2. worker kill while parked, until every execution ended', t0);
		const submits = sim.requests.filter((r) => r.method === 'POST' && ids.some((id) => String(r.body?.external_task_id).startsWith(`n8n-${id}-`)));
		check('c2. at the kill all 4 executions were parked (waiting), none on the worker', atKill.every((r) => r.status === 'waiting'), JSON.stringify(atKill));
		check('c2. after the worker kill and a new worker, every execution ends with its video', rows.every((r) => r.status === 'success') && ids.every(wroteItsVideo), JSON.stringify(rows.map((r) => `${r.id}=${r.status}`)));
		check('c2. no task was submitted twice: 4 submits, one task per execution', submits.length === 4 && ids.every((id) => tasksOf(id).length === 1), `${submits.length} submits`);
		sim.reset();
	}

	/** c3. Duplicate, out-of-order, late and lost final callbacks. */
	async function faultyCallbacks() {
		log('queue test c3: duplicate, out-of-order, late and lost callbacks');
		const t0 = Date.now();
		const sampler = cluster.sample();
		const [lostId] = await cluster.triggerAll('kling-cb-lost', [{ prompt: 'A lighthouse at dusk [sim:cb-lose-final]' }]);
		const markers = ['[sim:cb-duplicate]', '[sim:cb-out-of-order]', '[sim:cb-late=6000]'];
		const ids = await cluster.triggerAll('kling-cb', markers.map((marker, n) => ({ prompt: `Callback fault ${n + 1} ${marker}` })));
		// Webhooks started together get their execution ids in any order: pair them through their tasks.
		await cluster.waitForExecutions(ids, (row) => row.status === 'waiting' || ended(row), 60_000);
		const executionOf = (marker) => {
			const task = [...sim.tasks.values()].find((t) => String(t.body?.prompt).includes(marker));
			return Number(/^n8n-(\d+)-/.exec(task?.external_task_id ?? '')?.[1]);
		};
		const [dupId, orderId, lateId] = markers.map(executionOf);
		const rows = await cluster.waitForExecutions([...ids, lostId], ended, 180_000);
		await sleep(1500); // the duplicate's second call and the out-of-order call come after the resume
		await sampler.stop();
		timing('c3. faulty callbacks, until every execution ended', t0);
		const statusOf = (id) => rows.find((r) => r.id === id)?.status;
		const callbacksOf = (id) => sim.callbacks.filter((c) => String(c.externalTaskId ?? '').startsWith(`n8n-${id}-`));
		const finals = (id) => callbacksOf(id).filter((c) => c.status === 'succeed');
		for (const [what, id] of [['duplicate', dupId], ['out of order', orderId], ['late', lateId], ['lost', lostId]]) {
			console.log(`# c3. ${what} (execution ${id}): ${statusOf(id)} ${sampler.path(id, t0)}; callbacks: ${callbacksOf(id).map((c) => `${c.status}->${c.responseStatus ?? c.error}`).join(', ')}`);
		}

		// The Kling node ran once after the resume, with one item: the execution was resumed once.
		const resumedOnce = async (id) => outputItems(await cluster.execution(id), 'Kling').length === 1;
		const dup = finals(dupId);
		check(
			'c3. a duplicate final callback: both are answered, the execution resumes once, with its video',
			statusOf(dupId) === 'success' && wroteItsVideo(dupId) && (await resumedOnce(dupId)) && dup.length === 2 && dup.every((c) => c.responseStatus !== undefined),
			JSON.stringify(dup.map((c) => [c.responseStatus, c.responseBody?.slice(0, 80)])),
		);
		const stale = callbacksOf(orderId).filter((c) => c.status === 'processing').at(-1);
		check(
			'c3. callbacks out of order (processing after succeed): the execution resumes with its video; the stale one resumes nothing',
			statusOf(orderId) === 'success' && wroteItsVideo(orderId) && (await resumedOnce(orderId)) && !!stale && !/"resumed":true/.test(stale.responseBody ?? ''),
			JSON.stringify(callbacksOf(orderId).map((c) => [c.status, c.responseStatus, c.responseBody?.slice(0, 60)])),
		);
		const lateEnded = sampler.endedAt.get(lateId);
		check(
			'c3. a final callback that comes 6 s late resumes the execution then, with its video',
			statusOf(lateId) === 'success' && wroteItsVideo(lateId) && lateEnded !== undefined && lateEnded >= TASK_MS + 5000,
			JSON.stringify({ status: statusOf(lateId), endedAfterMs: lateEnded }),
		);

		const lostExecution = await cluster.execution(lostId);
		const [passedOn] = outputItems(lostExecution, 'Kling');
		const lostEnded = sampler.endedAt.get(lostId);
		const externalId = `n8n-${lostId}-kling-r0-i0`;
		const found = await (await fetch(`${sim.baseUrl}/kling/v1/videos/text2video/${externalId}`, { headers: { authorization: `Bearer ${sim.apiKey}` } })).json();
		console.log(`# c3. lost final callback: Max Wait ${LOST_MAX_WAIT_MINUTES * 60} s, execution ${statusOf(lostId)} after ${((lostEnded ?? 0) / 1000).toFixed(1)} s; the Kling node passed on ${JSON.stringify(passedOn?.json).slice(0, 160)}`);
		check(
			'c3. a final callback that never comes: after Max Wait n8n resumes the execution and the node passes its input item on unchanged (no status)',
			statusOf(lostId) === 'success' && lostEnded >= LOST_MAX_WAIT_MINUTES * 60_000 && passedOn?.json?.body?.prompt?.includes('lighthouse') && passedOn?.json?.status === undefined,
			`${statusOf(lostId)}: ${runErrorMessage(lostExecution) ?? ''} ${JSON.stringify(passedOn?.json).slice(0, 300)}`,
		);
		check(
			`c3. that task is not lost: Task → Get finds it by ${'n8n-<execution>-kling-r0-i0'}, finished`,
			found?.data?.task_status === 'succeed',
			JSON.stringify(found).slice(0, 300),
		);
	}
}
