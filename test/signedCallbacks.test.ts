import { randomBytes } from 'node:crypto';
import type { IDataObject, INodeParameters } from 'n8n-workflow';

import { KlingAccessKeyApi } from '../credentials/KlingAccessKeyApi.credentials';
import { KlingApi } from '../credentials/KlingApi.credentials';
import { signatureProblem, signCallback, webhookSecretsOf } from '../nodes/Kling/callback/callbackSignature';
import { sleep, waitUntil } from './harness/callbackReceiver';
import type { RunOptions, WebhookSecrets } from './harness/runKling';
import { runKling } from './harness/runKling';
import { credentialsFor, textToVideo, useSimulator } from './harness/simulatorSuite';
import { startWaitingWebhooks } from './harness/waitingWebhooks';
import type { CallbackRecord, KlingSimulator } from './simulator';

const newSecret = () => `whsec_${randomBytes(32).toString('base64')}`;
const SECRET = newSecret();
const PREVIOUS = newSecret();
const OTHER = newSecret();
const TASK_MS = 1500;
const nowSeconds = () => Math.floor(Date.now() / 1000);

/** Text to Video waiting by callback; `[sim:cb-none]` in the prompt: only the callbacks a test sends by hand. */
const byCallback = (prompt: string): INodeParameters =>
	textToVideo({ prompt, waitMethod: 'callback', waitOptions: { callbackUrlReachable: true, maxWaitMinutes: 5 } });

describe('signed callbacks: the Webhook Secret', () => {
	test('the signature is Standard Webhooks\' (its published example), and a rotation\'s two secrets both verify', () => {
		const id = 'msg_p5jXN8AQM9LWM0D4loKWxJek';
		const body = Buffer.from('{"test": 2432232314}');
		const signature = signCallback('whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw', id, '1614265330', body);
		expect(signature).toBe('v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=');
		const at = 1614265330_000;
		const headers = { 'webhook-id': id, 'webhook-timestamp': '1614265330', 'webhook-signature': `v1a,xyz ${signature}` };
		expect(signatureProblem(['whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw'], headers, body, at)).toBeUndefined();
		expect(signatureProblem([SECRET, 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw'], headers, body, at)).toBeUndefined();
		expect(signatureProblem([SECRET], headers, body, at)).toMatch(/does not match/);
		expect(signatureProblem(['whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw'], headers, Buffer.from('{"test":2432232314}'), at)).toMatch(/does not match/);
		expect(signatureProblem(['whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw'], headers, undefined, at)).toMatch(/body as received/);
		expect(signatureProblem(['whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw'], headers, body, at + 301_000)).toMatch(/more than 5 minutes/);
		expect(signatureProblem(['whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw'], headers, body, at - 301_000)).toMatch(/more than 5 minutes/);
		expect(webhookSecretsOf({ webhookSecret: ` ${SECRET} `, previousWebhookSecret: '' })).toEqual([SECRET]);
	});

	test('both credentials offer an optional Webhook Secret and Previous Webhook Secret, as passwords', () => {
		for (const credential of [new KlingApi(), new KlingAccessKeyApi()]) {
			const fields = credential.properties.filter((p) => p.name === 'webhookSecret' || p.name === 'previousWebhookSecret');
			expect(fields.map((f) => [f.name, f.typeOptions?.password, f.required ?? false, f.default])).toEqual([
				['webhookSecret', true, false, ''],
				['previousWebhookSecret', true, false, ''],
			]);
		}
	});

	describe('through a real HTTP resume URL, from the simulator', () => {
		const sim = useSimulator({ taskDurationMs: TASK_MS });
		let hooks: Awaited<ReturnType<typeof startWaitingWebhooks>>;
		beforeAll(async () => {
			hooks = await startWaitingWebhooks();
		});
		beforeEach(() => hooks.clear());
		afterAll(async () => hooks.close());

		/** Parks one execution whose resume URL is the local waiting-webhook endpoint. */
		async function park(executionId: string, secrets: WebhookSecrets, prompt = 'A fox [sim:cb-none]', options: Partial<RunOptions> = {}) {
			const parked = await runKling({
				credentials: { ...credentialsFor(sim()), ...secrets },
				executionId,
				parameters: byCallback(prompt),
				webhookWaitingBaseUrl: hooks.baseUrl,
				...options,
			});
			expect(parked.run.status).toBe('waiting');
			hooks.park(parked);
			return parked;
		}
		const taskOf = (executionId: string) => [...sim().tasks.values()].find((t) => t.external_task_id === `n8n-${executionId}-kling-r0-i0`)!;
		const finished = async () => waitUntil(() => [...sim().tasks.values()].every((t) => Date.now() - t.created_at > TASK_MS + 100), 10_000, 'tasks final');
		/** Reads and submits at the API: a refused callback adds none. */
		const apiCalls = (s: KlingSimulator) => ({ reads: s.count('poll') + s.count('list'), submits: s.count('submit') });
		const answerOf = (record: CallbackRecord) => ({ status: record.responseStatus, body: JSON.parse(record.responseBody ?? '{}') as IDataObject });

		test('a signed callback is accepted: Kling\'s own final callback resumes the execution, after the read-back', async () => {
			sim().setWebhookSecret(SECRET);
			await park('exec-s1', { webhookSecret: SECRET }, 'A fox in the snow');
			await waitUntil(() => hooks.resumed.has('exec-s1'), 10_000, 'the resume');
			const [main] = hooks.resumed.get('exec-s1')!.result.workflowData!;
			expect(main.map((item) => [item.json.status, item.json.externalTaskId])).toEqual([['succeed', 'n8n-exec-s1-kling-r0-i0']]);
			// The simulator records a callback once its answer is back, which can be a moment after the resume.
			await waitUntil(() => sim().callbacks.some((c) => c.status === 'succeed'), 10_000, 'the final callback recorded');
			const final = sim().callbacks.find((c) => c.status === 'succeed')!;
			expect(final.headers['webhook-signature']).toMatch(/^v1,[A-Za-z0-9+/]+=*$/);
			expect(answerOf(final)).toEqual({ status: 200, body: { received: true, resumed: true } });
			// The signature proves who sent it, not that the task is done: the tasks were still read back.
			expect(sim().count('list')).toBe(1);
		});

		test('a forged signature, a body changed after signing or another secret\'s signature is refused (401) and changes nothing', async () => {
			sim().setWebhookSecret(SECRET);
			await park('exec-s2', { webhookSecret: SECRET });
			await finished();
			const before = apiCalls(sim());
			const { task_id: taskId } = taskOf('exec-s2');
			const forged = [
				await sim().sendCallback(taskId, {}, { signature: `v1,${randomBytes(32).toString('base64')}` }),
				// A space after the JSON: the same parsed body, other bytes than those signed.
				await sim().sendCallback(taskId, {}, { tamper: (payload) => `${payload} ` }),
				await sim().sendCallback(taskId, { task_status: 'succeed' }, { tamper: (payload) => payload.replace('"succeed"', '"failed"') }),
				await sim().sendCallback(taskId, {}, { secret: OTHER }),
			];
			for (const record of forged) {
				expect(record.headers['webhook-signature']).toBeDefined();
				expect(answerOf(record)).toEqual({ status: 401, body: { received: false, resumed: false, error: 'Refused: the callback\'s signature does not match the Webhook Secret' } });
			}
			expect(apiCalls(sim())).toEqual(before);
			expect(hooks.resumed.has('exec-s2')).toBe(false);
			// The same callback, rightly signed, resumes it: it was the signature that was refused.
			expect(answerOf(await sim().sendCallback(taskId))).toEqual({ status: 200, body: { received: true, resumed: true } });
			// No answer or error names a secret.
			for (const record of sim().callbacks) for (const secret of [SECRET, OTHER]) expect(record.responseBody).not.toContain(secret.slice(6, 20));
		});

		test('with a secret set, an unsigned callback (headers missing) is refused and changes nothing', async () => {
			// The simulator signs nothing: Kling's own callbacks reach the node without the headers.
			await park('exec-s3', { webhookSecret: SECRET }, 'A fox in the snow');
			await waitUntil(() => sim().callbacks.some((c) => c.status === 'succeed'), 10_000, 'the final callback');
			const final = sim().callbacks.find((c) => c.status === 'succeed')!;
			expect(final.headers).toEqual({});
			expect(answerOf(final)).toMatchObject({ status: 401, body: { received: false, error: expect.stringContaining('not signed') } });
			const { task_id: taskId } = taskOf('exec-s3');
			// A signature without its id and timestamp is as good as none.
			const partial = await sim().forgeCallback(final.url, final.body, 'application/json', { secret: null, signature: `v1,${randomBytes(32).toString('base64')}`, id: '' });
			expect(answerOf(partial).status).toBe(401);
			expect(apiCalls(sim())).toEqual({ reads: 0, submits: 1 });
			expect(hooks.resumed.has('exec-s3')).toBe(false);
			sim().setWebhookSecret(SECRET);
			expect(answerOf(await sim().sendCallback(taskId)).body).toEqual({ received: true, resumed: true });
		});

		test('a timestamp 6 minutes old (or ahead) is refused, though rightly signed; 4 minutes old is taken', async () => {
			sim().setWebhookSecret(SECRET);
			await park('exec-s4', { webhookSecret: SECRET });
			await finished();
			const { task_id: taskId } = taskOf('exec-s4');
			for (const timestampSeconds of [nowSeconds() - 6 * 60, nowSeconds() + 6 * 60]) {
				const record = await sim().sendCallback(taskId, {}, { timestampSeconds });
				expect(answerOf(record)).toMatchObject({ status: 401, body: { error: expect.stringContaining('more than 5 minutes from now') } });
			}
			expect(apiCalls(sim())).toEqual({ reads: 0, submits: 1 });
			expect(answerOf(await sim().sendCallback(taskId, {}, { timestampSeconds: nowSeconds() - 4 * 60 })).body).toEqual({ received: true, resumed: true });
		});

		test('a callback that was accepted, replayed once its timestamp is more than 5 minutes old, is refused', async () => {
			sim().setWebhookSecret(SECRET);
			await park('exec-s5', { webhookSecret: SECRET });
			const { task_id: taskId } = taskOf('exec-s5');
			// Signed 4 min 58 s ago, sent now while the task renders: taken and read back, "not final".
			const accepted = await sim().sendCallback(taskId, { task_status: 'succeed' }, { timestampSeconds: nowSeconds() - 298 });
			expect(answerOf(accepted)).toMatchObject({ status: 200, body: { received: true, resumed: false, note: expect.stringContaining('not final') } });
			expect(apiCalls(sim()).reads).toBe(1);
			// Later (its timestamp now over 5 minutes old, the task final), the same bytes and headers again.
			await sleep(2500);
			await finished();
			const replay = await sim().replayCallback(accepted);
			expect(replay.headers).toEqual(accepted.headers);
			expect(replay.payload).toBe(accepted.payload);
			expect(answerOf(replay)).toMatchObject({ status: 401, body: { error: expect.stringContaining('more than 5 minutes') } });
			expect(apiCalls(sim()).reads).toBe(1);
			expect(hooks.resumed.has('exec-s5')).toBe(false);
		});

		test('rotation: with both secrets set, callbacks signed with the previous one, the new one or both are accepted', async () => {
			const rotating = { webhookSecret: SECRET, previousWebhookSecret: PREVIOUS };
			const signings = { 'exec-r1': PREVIOUS, 'exec-r2': SECRET, 'exec-r3': [PREVIOUS, SECRET] };
			for (const executionId of Object.keys(signings)) await park(executionId, rotating);
			// Once the rotation is over (the previous secret cleared), the old secret's signature is refused.
			await park('exec-r4', { webhookSecret: SECRET });
			await finished();
			for (const [executionId, secret] of Object.entries(signings)) {
				const record = await sim().sendCallback(taskOf(executionId).task_id, {}, { secret });
				expect(record.headers['webhook-signature'].split(' ')).toHaveLength(Array.isArray(secret) ? 2 : 1);
				expect(answerOf(record)).toEqual({ status: 200, body: { received: true, resumed: true } });
			}
			const stale = await sim().sendCallback(taskOf('exec-r4').task_id, {}, { secret: PREVIOUS });
			expect(answerOf(stale).status).toBe(401);
			expect(hooks.resumed.has('exec-r4')).toBe(false);
		});

		test('without a secret, today\'s behaviour: signature headers, good or forged, are not looked at', async () => {
			sim().setWebhookSecret(SECRET);
			await park('exec-n1', {}, 'A fox in the snow');
			await park('exec-n2', {});
			await waitUntil(() => hooks.resumed.has('exec-n1'), 10_000, 'the signed lifecycle resume');
			await finished();
			const record = await sim().sendCallback(taskOf('exec-n2').task_id, {}, { signature: 'v1,forged', timestampSeconds: nowSeconds() - 3600 });
			expect(answerOf(record)).toEqual({ status: 200, body: { received: true, resumed: true } });
		});
	});

	describe('with the access-key credential', () => {
		const sim = useSimulator({ taskDurationMs: TASK_MS, jwt: { accessKey: 'ak-signed', secretKey: 'sk-signed' }, webhookSecret: SECRET });
		let hooks: Awaited<ReturnType<typeof startWaitingWebhooks>>;
		beforeAll(async () => {
			hooks = await startWaitingWebhooks();
		});
		afterAll(async () => hooks.close());

		test('a signed callback resumes, a forged one is refused', async () => {
			const parked = await runKling({
				credentials: { baseUrl: `${sim().baseUrl}/kling`, accessKey: 'ak-signed', secretKey: 'sk-signed', webhookSecret: SECRET },
				executionId: 'exec-ak',
				parameters: byCallback('A fox [sim:cb-none]'),
				webhookWaitingBaseUrl: hooks.baseUrl,
			});
			hooks.park(parked);
			await waitUntil(() => [...sim().tasks.values()].every((t) => Date.now() - t.created_at > TASK_MS + 100), 10_000, 'task final');
			const [task] = [...sim().tasks.values()];
			const forged = await sim().sendCallback(task.task_id, {}, { secret: OTHER });
			expect(forged.responseStatus).toBe(401);
			expect(sim().count('list') + sim().count('poll')).toBe(0);
			const signed = await sim().sendCallback(task.task_id);
			expect(signed.responseStatus).toBe(200);
			expect(hooks.resumed.has('exec-ak')).toBe(true);
		});
	});
});
