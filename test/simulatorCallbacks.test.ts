import { spawn } from 'node:child_process';
import { createHmac, randomBytes } from 'node:crypto';
import { join } from 'node:path';

import { sleep, startCallbackReceiver, waitUntil } from './harness/callbackReceiver';
import type { KlingSimulator } from './simulator';
import { startKlingSimulator } from './simulator';

const DURATION_MS = 800;

describe('simulator callbacks: Kling POSTs the task at each status change', () => {
	let sim: KlingSimulator;
	let receiver: Awaited<ReturnType<typeof startCallbackReceiver>>;

	beforeAll(async () => {
		sim = await startKlingSimulator({ taskDurationMs: DURATION_MS });
		receiver = await startCallbackReceiver();
	});
	beforeEach(() => {
		sim.reset();
		receiver.received.length = 0;
	});
	afterAll(async () => {
		await sim.close();
		await receiver.close();
	});

	async function submit(prompt: string, body: Record<string, unknown> = {}, prefix = '/kling', target = sim) {
		const response = await fetch(`${target.baseUrl}${prefix}/v1/videos/text2video`, {
			method: 'POST',
			headers: { authorization: `Bearer ${target.apiKey}`, 'content-type': 'application/json' },
			body: JSON.stringify({ model_name: 'kling-v2-6', prompt, ...body }),
		});
		const answer = (await response.json()) as any;
		return { status: response.status, answer, taskId: (answer.data?.task_id ?? answer.task_id) as string };
	}

	async function read(taskId: string) {
		const response = await fetch(`${sim.baseUrl}/kling/v1/videos/text2video/${taskId}`, { headers: { authorization: `Bearer ${sim.apiKey}` } });
		return ((await response.json()) as any).data;
	}

	const callsFor = (taskId: string) => receiver.received.filter((call) => call.json?.task_id === taskId);
	const statusesFor = (taskId: string) => callsFor(taskId).map((call) => call.json.task_status);

	test('three callbacks in order: the bare task object, task_result only on the final one, URL kept as given', async () => {
		const callbackUrl = `${receiver.url}/webhook-waiting/123?signature=abc&item=0`;
		const { taskId } = await submit('A fox in the snow', { callback_url: callbackUrl, external_task_id: 'order-1' });
		const task = sim.tasks.get(taskId)!;
		expect(task.callback_url).toBe(callbackUrl);

		await waitUntil(() => callsFor(taskId).length === 3, 5000, 'three callbacks');
		const calls = callsFor(taskId);
		expect(calls.map((call) => call.json.task_status)).toEqual(['submitted', 'processing', 'succeed']);
		for (const call of calls) {
			expect(call.url).toBe('/webhook-waiting/123?signature=abc&item=0');
			expect(call.headers['content-type']).toBe('application/json');
			expect(call.headers.authorization).toBeUndefined();
			expect(call.json).not.toHaveProperty('code');
			expect(call.json).not.toHaveProperty('data');
			expect(call.json).toMatchObject({ task_id: taskId, task_info: { external_task_id: 'order-1' }, created_at: task.created_at });
		}
		expect(calls[0].json).not.toHaveProperty('task_result');
		expect(calls[1].json).not.toHaveProperty('task_result');
		expect(calls[0].json.updated_at).toBe(task.created_at);
		// The final callback is exactly what a read returns in `data` once the task is done.
		expect(calls[2].json).toEqual(await read(taskId));
		expect(calls[2].json.task_result.videos[0]).toEqual({ id: `${taskId}-v0`, url: `${sim.baseUrl}/files/${taskId}.mp4`, duration: '5' });
		expect(calls[2].json.final_unit_deduction).toBe('1');

		// Each was sent no earlier than its status change, and recorded.
		const records = sim.callbacks.filter((record) => record.taskId === taskId);
		expect(records.map((record) => [record.status, record.responseStatus, record.error, record.source])).toEqual([
			['submitted', 200, undefined, 'lifecycle'],
			['processing', 200, undefined, 'lifecycle'],
			['succeed', 200, undefined, 'lifecycle'],
		]);
		expect(records[0]).toMatchObject({ url: callbackUrl, externalTaskId: 'order-1', responseBody: '{"received":true}' });
		expect(records[1].at).toBeGreaterThanOrEqual(task.created_at + DURATION_MS * 0.15);
		expect(records[2].at).toBeGreaterThanOrEqual(task.created_at + DURATION_MS);
		expect(sim.count('callback')).toBe(3);
	});

	test('a failed task: the final callback says failed, with the message and no task_result', async () => {
		const { taskId } = await submit('bad [sim:fail]', { callback_url: `${receiver.url}/cb` });
		await waitUntil(() => callsFor(taskId).length === 3, 5000, 'three callbacks');
		const final = callsFor(taskId)[2].json;
		expect(final).toMatchObject({ task_status: 'failed', task_status_msg: 'Simulated failure: content policy', final_unit_deduction: '0' });
		expect(final).not.toHaveProperty('task_result');
	});

	test('every route shape calls back with the official task object; no callback_url, no callback', async () => {
		const newapi = await submit('via new-api', { callback_url: `${receiver.url}/newapi` }, '/newapi');
		const flat = await submit('via flat', { callback_url: `${receiver.url}/flat` }, '/flat');
		const silent = await submit('no callback');
		await waitUntil(() => callsFor(newapi.taskId).length === 3 && callsFor(flat.taskId).length === 3, 5000, 'callbacks');
		expect(statusesFor(newapi.taskId)).toEqual(['submitted', 'processing', 'succeed']);
		expect(statusesFor(flat.taskId)).toEqual(['submitted', 'processing', 'succeed']);
		await sleep(200);
		expect(sim.callbacks.some((record) => record.taskId === silent.taskId)).toBe(false);
		expect(sim.count('callback')).toBe(6);
	});

	test('a callback_url that is not an http(s) URL is refused like a bad parameter', async () => {
		const { status, answer } = await submit('bad url', { callback_url: 'not a url' });
		expect(status).toBe(400);
		expect(answer).toMatchObject({ code: 1201, message: expect.stringContaining('callback_url') });
		expect(sim.tasks.size).toBe(0);
	});

	test('one batch mixes the fault markers: duplicate, out of order, lost, none, plain', async () => {
		const url = `${receiver.url}/batch`;
		const [plain, duplicate, outOfOrder, lost, none] = await Promise.all([
			submit('plain', { callback_url: url }),
			submit('dup [sim:cb-duplicate]', { callback_url: url }),
			submit('ooo [sim:cb-out-of-order]', { callback_url: url }),
			submit('lost [sim:cb-lose-final]', { callback_url: url }),
			submit('none [sim:cb-none]', { callback_url: url }),
		]);
		await waitUntil(() => callsFor(duplicate.taskId).length === 4 && callsFor(outOfOrder.taskId).length === 3, 5000, 'callbacks');
		await sleep(300);

		expect(statusesFor(plain.taskId)).toEqual(['submitted', 'processing', 'succeed']);

		expect(statusesFor(duplicate.taskId)).toEqual(['submitted', 'processing', 'succeed', 'succeed']);
		const [first, second] = callsFor(duplicate.taskId).slice(2);
		expect(second.json).toEqual(first.json);
		expect(second.at - first.at).toBeGreaterThanOrEqual(250);

		expect(statusesFor(outOfOrder.taskId)).toEqual(['submitted', 'succeed', 'processing']);
		const late = callsFor(outOfOrder.taskId)[2].json;
		expect(late).not.toHaveProperty('task_result');
		expect(late.updated_at).toBeLessThan(callsFor(outOfOrder.taskId)[1].json.updated_at);

		// The lost final: the task still finishes and reads as final.
		expect(statusesFor(lost.taskId)).toEqual(['submitted', 'processing']);
		expect((await read(lost.taskId)).task_status).toBe('succeed');

		expect(callsFor(none.taskId)).toHaveLength(0);
		expect(sim.callbacks.some((record) => record.taskId === none.taskId)).toBe(false);
		expect((await read(none.taskId)).task_status).toBe('succeed');
	});

	test('[sim:cb-late=N]: the final callback comes N ms after the task already reads as final', async () => {
		const { taskId } = await submit('late [sim:cb-late=700]', { callback_url: `${receiver.url}/late` });
		const finishedAt = sim.tasks.get(taskId)!.created_at + DURATION_MS;
		await waitUntil(() => Date.now() >= finishedAt + 100, 5000, 'the task to finish');
		expect((await read(taskId)).task_status).toBe('succeed');
		expect(statusesFor(taskId)).toEqual(['submitted', 'processing']);

		await waitUntil(() => callsFor(taskId).length === 3, 5000, 'the late final callback');
		const final = callsFor(taskId)[2];
		expect(final.json.task_status).toBe('succeed');
		expect(final.at).toBeGreaterThanOrEqual(finishedAt + 700);
		// It still reports the change as it happened.
		expect(final.json.updated_at).toBe(finishedAt);
	});

	test('global faults: setCallbackFaults for tasks created afterwards; reset goes back to the start options', async () => {
		sim.setCallbackFaults({ loseFinal: true, outOfOrder: true });
		const faulty = await submit('global', { callback_url: `${receiver.url}/global` });
		await waitUntil(() => callsFor(faulty.taskId).length === 2, 5000, 'two callbacks');
		await sleep(300);
		// Lost final and out of order together: processing comes when the final would have.
		expect(statusesFor(faulty.taskId)).toEqual(['submitted', 'processing']);
		expect(callsFor(faulty.taskId)[1].at).toBeGreaterThanOrEqual(sim.tasks.get(faulty.taskId)!.created_at + DURATION_MS);

		sim.reset();
		const plain = await submit('after reset', { callback_url: `${receiver.url}/global` });
		await waitUntil(() => callsFor(plain.taskId).length === 3, 5000, 'three callbacks');
		expect(statusesFor(plain.taskId)).toEqual(['submitted', 'processing', 'succeed']);
	});

	test('the callbacks option applies to every task of that simulator, and markers add to it', async () => {
		const other = await startKlingSimulator({ taskDurationMs: 600, callbacks: { duplicateFinal: true, lateFinalMs: 200 } });
		try {
			const a = await submit('a', { callback_url: `${receiver.url}/opt` }, '/kling', other);
			const b = await submit('b [sim:cb-out-of-order]', { callback_url: `${receiver.url}/opt` }, '/kling', other);
			await waitUntil(() => callsFor(a.taskId).length === 4 && callsFor(b.taskId).length === 4, 5000, 'callbacks');
			expect(statusesFor(a.taskId)).toEqual(['submitted', 'processing', 'succeed', 'succeed']);
			expect(statusesFor(b.taskId)).toEqual(['submitted', 'succeed', 'processing', 'succeed']);
			expect(callsFor(a.taskId)[2].at).toBeGreaterThanOrEqual(other.tasks.get(a.taskId)!.created_at + 600 + 200);
			other.reset();
			expect(other.callbacks).toHaveLength(0);
			expect(other.count('callback')).toBe(0);
		} finally {
			await other.close();
		}
	});

	test('sendCallback: a forged final for a task still running, by task id or external id', async () => {
		const { taskId } = await submit('slow', { callback_url: `${receiver.url}/forged?x=1`, external_task_id: 'ext-9' });
		await waitUntil(() => callsFor(taskId).length === 1, 5000, 'the submitted callback');

		const record = await sim.sendCallback(taskId, { task_status: 'succeed' });
		expect(record).toMatchObject({ source: 'manual', status: 'succeed', taskId, externalTaskId: 'ext-9', responseStatus: 200 });
		expect(record.error).toBeUndefined();
		const forged = receiver.received[receiver.received.length - 1];
		expect(forged.url).toBe('/forged?x=1');
		expect(forged.json).toMatchObject({ task_id: taskId, task_status: 'succeed' });
		expect(forged.json).not.toHaveProperty('task_result');
		expect(['submitted', 'processing']).toContain((await read(taskId)).task_status);

		const byExternal = await sim.sendCallback('ext-9');
		expect(byExternal.taskId).toBe(taskId);
		expect(['submitted', 'processing']).toContain(byExternal.status);
		expect(sim.callbacks.filter((r) => r.source === 'manual')).toHaveLength(2);
	});

	test('sendCallback refuses an unknown task and a task without callback_url', async () => {
		const { taskId } = await submit('no url');
		await expect(sim.sendCallback(taskId)).rejects.toThrow(/no callback_url/);
		await expect(sim.sendCallback('nope')).rejects.toThrow(/not found/);
		expect(sim.callbacks).toHaveLength(0);
	});

	test('with a Webhook Secret, callbacks are signed as Kling signs them; by hand: forged, tampered, backdated, dual-signed, replayed', async () => {
		const secret = `whsec_${randomBytes(24).toString('base64')}`;
		const previous = `whsec_${randomBytes(24).toString('base64')}`;
		// Computed here, apart from the simulator: Base64(HMAC-SHA256(Base64-decoded secret, "<id>.<timestamp>.<body>")).
		const expected = (key: string, call: { headers: Record<string, unknown>; text: string }) =>
			`v1,${createHmac('sha256', Buffer.from(key.slice(6), 'base64')).update(`${call.headers['webhook-id']}.${call.headers['webhook-timestamp']}.${call.text}`).digest('base64')}`;

		const unsigned = await submit('unsigned', { callback_url: `${receiver.url}/plain` });
		await waitUntil(() => callsFor(unsigned.taskId).length === 1, 5000, 'the unsigned submitted callback');
		expect(Object.keys(callsFor(unsigned.taskId)[0].headers).filter((name) => name.startsWith('webhook-'))).toEqual([]);

		sim.setWebhookSecret(secret);
		const { taskId } = await submit('signed', { callback_url: `${receiver.url}/signed` });
		await waitUntil(() => callsFor(taskId).length === 3, 5000, 'three signed callbacks');
		for (const call of callsFor(taskId)) {
			expect(call.headers['webhook-id']).toMatch(/^msg_/);
			expect(Math.abs(Number(call.headers['webhook-timestamp']) - Date.now() / 1000)).toBeLessThan(5);
			expect(call.headers['webhook-signature']).toBe(expected(secret, call));
		}
		expect(new Set(callsFor(taskId).map((call) => call.headers['webhook-id'])).size).toBe(3);

		const last = () => receiver.received[receiver.received.length - 1];
		const dual = await sim.sendCallback(taskId, {}, { secret: [previous, secret], timestampSeconds: 1_000_000_000, id: 'msg_fixed' });
		expect(last().headers).toMatchObject({ 'webhook-id': 'msg_fixed', 'webhook-timestamp': '1000000000' });
		expect(last().headers['webhook-signature']).toBe(`${expected(previous, last())} ${expected(secret, last())}`);
		expect(dual.headers).toEqual({ 'webhook-id': 'msg_fixed', 'webhook-timestamp': '1000000000', 'webhook-signature': last().headers['webhook-signature'] });

		await sim.sendCallback(taskId, {}, { signature: 'v1,forged' });
		expect(last().headers['webhook-signature']).toBe('v1,forged');
		const tampered = await sim.sendCallback(taskId, {}, { tamper: (payload) => `${payload} ` });
		expect(last().text).toBe(tampered.payload);
		expect(last().text.endsWith(' ')).toBe(true);
		expect(last().headers['webhook-signature']).not.toBe(expected(secret, last()));
		await sim.sendCallback(taskId, {}, { secret: null });
		expect(last().headers['webhook-signature']).toBeUndefined();

		const replayed = await sim.replayCallback(dual);
		expect(replayed).toMatchObject({ source: 'replayed', taskId, payload: dual.payload, headers: dual.headers, responseStatus: 200 });
		expect(last().text).toBe(dual.payload);
		expect(last().headers['webhook-signature']).toBe(dual.headers['webhook-signature']);

		sim.reset();
		const afterReset = await submit('unsigned again', { callback_url: `${receiver.url}/plain` });
		await waitUntil(() => callsFor(afterReset.taskId).length === 1, 5000, 'the submitted callback after reset');
		expect(callsFor(afterReset.taskId)[0].headers['webhook-signature']).toBeUndefined();
	});

	test('forgeCallback POSTs any body as it is, JSON or not', async () => {
		const text = await sim.forgeCallback(`${receiver.url}/webhook-waiting/5?signature=s`, 'not json at all');
		expect(text).toMatchObject({ source: 'forged', responseStatus: 200, body: 'not json at all' });
		expect(text.status).toBeUndefined();
		const object = await sim.forgeCallback(`${receiver.url}/webhook-waiting/5`, { task_id: 'made-up', task_status: 'succeed' });
		expect(object).toMatchObject({ taskId: 'made-up', status: 'succeed' });

		expect(receiver.received.map((call) => [call.url, call.text, call.headers['content-type']])).toEqual([
			['/webhook-waiting/5?signature=s', 'not json at all', 'application/json'],
			['/webhook-waiting/5', '{"task_id":"made-up","task_status":"succeed"}', 'application/json'],
		]);
		expect(sim.count('callback')).toBe(2);
	});

	test('failing receivers are recorded and not retried: non-2xx and connection refused', async () => {
		const refused = await startCallbackReceiver();
		const deadUrl = `${refused.url}/gone`;
		await refused.close();

		const http500 = await submit('to a failing receiver', { callback_url: `${receiver.url}/fail` });
		const dead = await submit('to nobody', { callback_url: deadUrl });
		await waitUntil(
			() => sim.callbacks.filter((r) => r.taskId === http500.taskId || r.taskId === dead.taskId).length === 6,
			5000,
			'six attempts',
		);
		await sleep(300);

		const failing = sim.callbacks.filter((r) => r.taskId === http500.taskId);
		expect(failing.map((r) => r.status)).toEqual(['submitted', 'processing', 'succeed']);
		for (const record of failing) {
			expect(record).toMatchObject({ responseStatus: 500, error: 'HTTP 500' });
			expect(record.responseBody).toBe('x'.repeat(500));
		}
		expect(callsFor(http500.taskId)).toHaveLength(3);

		const unreachable = sim.callbacks.filter((r) => r.taskId === dead.taskId);
		expect(unreachable.map((r) => r.status)).toEqual(['submitted', 'processing', 'succeed']);
		for (const record of unreachable) {
			expect(record.url).toBe(deadUrl);
			expect(record.error).toMatch(/ECONNREFUSED/);
			expect(record.responseStatus).toBeUndefined();
		}
		expect(sim.count('callback')).toBe(6);
	});

	test('reset cancels planned and running callbacks; their records do not leak into the next test', async () => {
		const { taskId } = await submit('cut short [sim:cb-duplicate]', { callback_url: `${receiver.url}/reset` });
		await waitUntil(() => callsFor(taskId).length === 1, 5000, 'the submitted callback');
		sim.reset();
		expect(sim.callbacks).toHaveLength(0);
		await sleep(DURATION_MS + 400);
		expect(receiver.received.map((call) => call.json.task_status)).toEqual(['submitted']);
		expect(sim.callbacks).toHaveLength(0);
		expect(sim.count('callback')).toBe(0);
	});

	test('close leaves nothing running: a process that closes the simulator mid-task exits by itself', async () => {
		// Planned callbacks 9 s and 60 s ahead, and one in flight to a receiver that never answers.
		const script = `
			const { createServer } = require('node:http');
			const { startKlingSimulator } = require(${JSON.stringify(join(__dirname, 'simulator'))});
			(async () => {
				const seen = [];
				const receiver = createServer((req) => seen.push(req.url)).listen(0, '127.0.0.1');
				await new Promise((r) => receiver.on('listening', r));
				const url = 'http://127.0.0.1:' + receiver.address().port;
				const sim = await startKlingSimulator({ taskDurationMs: 60000 });
				const res = await fetch(sim.baseUrl + '/kling/v1/videos/text2video', {
					method: 'POST',
					headers: { authorization: 'Bearer sim-key', 'content-type': 'application/json' },
					body: JSON.stringify({ prompt: 'long [sim:cb-duplicate]', callback_url: url + '/hang', external_task_id: 'long-1' }),
				});
				await res.json();
				while (seen.length < 1) await new Promise((r) => setTimeout(r, 10));
				const hanging = sim.sendCallback('long-1');
				while (seen.length < 2) await new Promise((r) => setTimeout(r, 10));
				await sim.close();
				const record = await hanging;
				receiver.closeAllConnections();
				receiver.close();
				console.log(JSON.stringify({ error: record.error, seen: seen.length }));
			})();
		`;
		const started = Date.now();
		const child = spawn(process.execPath, ['-e', script], { stdio: ['ignore', 'pipe', 'inherit'] });
		let out = '';
		child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
		const killer = setTimeout(() => child.kill('SIGKILL'), 5000);
		const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
		clearTimeout(killer);
		expect(code).toBe(0);
		expect(JSON.parse(out)).toEqual({ error: 'simulator stopped', seen: 2 });
		expect(Date.now() - started).toBeLessThan(5000);
	});

	test('the CLI takes the global faults (--callback-faults duplicateFinal,lateFinalMs=N) and the Webhook Secret (--webhook-secret)', async () => {
		const cli = join(__dirname, 'simulator', 'cli.js');
		const secret = `whsec_${randomBytes(24).toString('base64')}`;
		const child = spawn(process.execPath, [cli, '--task-duration-ms', '600', '--callback-faults', 'duplicateFinal,lateFinalMs=100', '--webhook-secret', secret], {
			stdio: ['ignore', 'pipe', 'inherit'],
		});
		const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
		try {
			const baseUrl = await new Promise<string>((resolve, reject) => {
				let out = '';
				child.stdout.on('data', (chunk: Buffer) => {
					out += chunk.toString();
					const match = /KLING_SIMULATOR_URL=(\S+)/.exec(out);
					if (match) resolve(match[1]);
				});
				child.on('exit', () => reject(new Error(`cli exited: ${out}`)));
			});
			const target = { baseUrl, apiKey: 'sim-key' } as KlingSimulator;
			const { taskId } = await submit('from the cli', { callback_url: `${receiver.url}/cli` }, '/kling', target);
			await waitUntil(() => callsFor(taskId).length === 4, 5000, 'four callbacks');
			expect(statusesFor(taskId)).toEqual(['submitted', 'processing', 'succeed', 'succeed']);
			for (const call of callsFor(taskId)) {
				const signed = `${call.headers['webhook-id']}.${call.headers['webhook-timestamp']}.${call.text}`;
				expect(call.headers['webhook-signature']).toBe(`v1,${createHmac('sha256', Buffer.from(secret.slice(6), 'base64')).update(signed).digest('base64')}`);
			}
		} finally {
			child.kill('SIGTERM');
			await exited;
		}

		const bad = spawn(process.execPath, [cli, '--callback-faults', 'sometimes'], { stdio: ['ignore', 'ignore', 'pipe'] });
		let stderr = '';
		bad.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
		const code = await new Promise<number | null>((resolve) => bad.on('exit', resolve));
		expect(code).toBe(2);
		expect(stderr).toMatch(/unknown callback fault 'sometimes'/);
	});
});
