import type { IDataObject, INodeParameters } from 'n8n-workflow';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { callbackUrlOf, deliverCallback } from './harness/deliverCallback';
import { binaryDataService, runKling } from './harness/runKling';
import { credentialsFor, submittedBodies, useSimulator } from './harness/simulatorSuite';
import type { KlingSimulator } from './simulator';

const SAMPLE_URL = 'https://example.com/anna.mp3';
const sampleMp3 = readFileSync(join(__dirname, 'simulator', 'fixtures', 'sample.mp3'));

/** Voice → Create from a file URL, polled every second; tests override what they check. */
const createVoice = (overrides: INodeParameters = {}): INodeParameters => ({
	resource: 'voice',
	operation: 'create',
	voiceName: 'Narrator Anna',
	voiceSource: { __rl: true, mode: 'url', value: SAMPLE_URL },
	waitOptions: { pollIntervalSeconds: 1 },
	...overrides,
});

const calls = (sim: KlingSimulator) => sim.requests.map((r) => `${r.method} ${r.path}`);

describe('Voice → Create (a task)', () => {
	const sim = useSimulator();
	const run = (parameters: INodeParameters, prefix?: string) => runKling({ credentials: credentialsFor(sim(), prefix), parameters: createVoice(parameters) });

	test('from a file URL: submits, polls at /v1/general/custom-voices/<id>, outputs the voice with its sample MP3', async () => {
		const result = await run({});
		expect(result.error).toBeUndefined();
		expect(submittedBodies(sim())).toEqual([{ voice_name: 'Narrator Anna', voice_url: SAMPLE_URL, external_task_id: expect.stringMatching(/^n8n-.+-kling-r0-i0$/) }]);
		const { json, binary } = result.items[0];
		const taskId = String(json.taskId);
		expect(calls(sim())[0]).toBe('POST /kling/v1/general/custom-voices');
		expect(calls(sim())).toContain(`GET /kling/v1/general/custom-voices/${taskId}`);
		expect(json).toMatchObject({
			status: 'succeed',
			voiceId: `${taskId}-voice`,
			voiceName: 'Narrator Anna',
			trialUrl: `${sim().baseUrl}/files/${taskId}.mp3`,
			ownedBy: 'sim-user',
			voices: [{ voice_id: `${taskId}-voice`, voice_name: 'Narrator Anna', trial_url: `${sim().baseUrl}/files/${taskId}.mp3`, owned_by: 'sim-user' }],
		});
		expect(json).not.toHaveProperty('videoUrl');
		expect(Object.keys(binary ?? {})).toEqual(['data']);
		expect(binary?.data).toMatchObject({ mimeType: 'audio/mpeg', fileName: `kling-${taskId}-sample.mp3` });
		expect((await binaryDataService().getAsBuffer(binary!.data)).equals(sampleMp3)).toBe(true);
	});

	test('from a Kling video ID, Download Sample off, every Additional Field', async () => {
		const result = await run({
			voiceSource: { __rl: true, mode: 'id', value: ' 123456-v0 ' },
			downloadVideo: false,
			additionalFields: { externalTaskId: 'anna-1', callbackUrl: 'https://example.com/hook', additionalBodyFields: '{"future_field": 1}' },
		});
		expect(submittedBodies(sim())).toEqual([
			{ voice_name: 'Narrator Anna', video_id: '123456-v0', external_task_id: 'anna-1', callback_url: 'https://example.com/hook', future_field: 1 },
		]);
		expect(result.error).toBeUndefined();
		expect(result.items[0].json).toMatchObject({ status: 'succeed', externalTaskId: 'anna-1', voiceName: 'Narrator Anna' });
		expect(result.items[0].binary).toBeUndefined();
		expect(sim().count('download')).toBe(0);
	});

	test('Wait for Completion off: the submitted task at once', async () => {
		const result = await run({ waitForCompletion: false });
		expect(result.items[0].json).toMatchObject({ status: 'submitted', taskId: expect.any(String) });
		expect(result.items[0].json).not.toHaveProperty('voiceId');
		expect(sim().count('poll')).toBe(0);
	});

	test('a failed voice task is an error naming Kling\'s reason', async () => {
		sim().failNextTask('The audio has more than one voice');
		const result = await run({});
		expect(result.error?.message).toMatch(/^Kling task \d+ failed: The audio has more than one voice$/);
	});

	test.each<[string, INodeParameters, RegExp]>([
		['a name', { voiceName: '={{ "  " }}' }, /Invalid input\. Name: is required/],
		['a name of at most 20 characters', { voiceName: 'v'.repeat(21) }, /Name: must be at most 20 characters/],
		['a voice sample', { voiceSource: { __rl: true, mode: 'url', value: '={{ "" }}' } }, /Voice Sample: is required: the URL of an audio or video file, or the ID of a video Kling made/],
		['an http(s) URL', { voiceSource: { __rl: true, mode: 'url', value: '={{ "ftp://example.com/a.mp3" }}' } }, /Voice Sample: must be an http\(s\) URL/],
		['not a URL and a video both', { additionalFields: { additionalBodyFields: '{"video_id": "123-v0"}' } }, /Voice Sample: give a file URL or a Kling video ID, not both/],
		['a callback URL by http(s)', { additionalFields: { callbackUrl: 'example.com/hook' } }, /Callback URL: must be an http\(s\) URL/],
	])('checked before anything is sent: %s', async (_rule, parameters, names) => {
		const result = await run(parameters);
		expect(result.error?.message).toMatch(names);
		expect(sim().requests).toEqual([]);
	});

	test('Task → Get reads a custom-voices task back, waits, and downloads the sample (Download Result)', async () => {
		const submitted = await run({ waitForCompletion: false });
		const taskId = String(submitted.items[0].json.taskId);
		sim().requests.length = 0;
		const result = await runKling({
			credentials: credentialsFor(sim()),
			parameters: { resource: 'task', operation: 'get', taskKind: 'custom-voices', taskId, waitOptions: { pollIntervalSeconds: 1 } },
		});
		expect(result.error).toBeUndefined();
		expect(result.items[0].json).toMatchObject({ taskId, status: 'succeed', voiceId: `${taskId}-voice`, voiceName: 'Narrator Anna' });
		expect(result.items[0].binary?.data).toMatchObject({ mimeType: 'audio/mpeg', fileName: `kling-${taskId}-sample.mp3` });
		expect(calls(sim()).filter((c) => c.startsWith('GET /kling')).every((c) => c === `GET /kling/v1/general/custom-voices/${taskId}`)).toBe(true);
	});
});

describe('Voice → Create, waiting by Kling callback', () => {
	const sim = useSimulator({ taskDurationMs: 1500 });

	test('parks, and resumes on the final callback with each item\'s voice and its sample', async () => {
		const parked = await runKling({
			credentials: credentialsFor(sim()),
			executionId: 'exec-voice',
			items: [{ json: { name: 'Anna' } }, { json: { name: 'Ben' } }],
			parameters: createVoice({
				voiceName: '={{ $json.name }}',
				waitMethod: 'callback',
				waitOptions: { callbackUrlReachable: true, maxWaitMinutes: 5 },
			}),
		});
		expect(parked.run.status).toBe('waiting');
		expect(parked.items.map((item) => [item.json.externalTaskId, item.json.waitingFor])).toEqual([
			['n8n-exec-voice-kling-r0-i0', 'callback'],
			['n8n-exec-voice-kling-r0-i1', 'callback'],
		]);
		const url = callbackUrlOf(submittedBodies(sim()));
		expect(new URL(url).pathname).toBe('/webhook-waiting/exec-voice');

		const end = Date.now() + 10_000;
		while ([...sim().tasks.values()].some((t) => Date.now() - t.created_at < 1600) && Date.now() < end) await new Promise((r) => setTimeout(r, 50));
		const task = [...sim().tasks.values()].find((t) => t.external_task_id === 'n8n-exec-voice-kling-r0-i1')!;
		const body: IDataObject = { task_id: task.task_id, task_status: 'succeed', task_info: { external_task_id: task.external_task_id } };
		const answer = await deliverCallback(parked, url, body);
		expect(answer.result.webhookResponse).toEqual({ received: true, resumed: true });
		const [main] = answer.result.workflowData!;
		expect(main.map((item) => [item.pairedItem, item.json.voiceName])).toEqual([
			[{ item: 0 }, 'Anna'],
			[{ item: 1 }, 'Ben'],
		]);
		for (const item of main) {
			expect(item.json).toMatchObject({ status: 'succeed', voiceId: `${item.json.taskId}-voice` });
			expect(item.binary?.data).toMatchObject({ mimeType: 'audio/mpeg', fileName: `kling-${item.json.taskId}-sample.mp3` });
		}
		// Read back from the voice endpoints, never from the callback's body.
		const reads = sim().requests.filter((r) => r.method === 'GET' && !r.path.startsWith('/files/'));
		expect(reads.length).toBeGreaterThan(0);
		expect(reads.every((r) => r.path.startsWith('/kling/v1/general/custom-voices'))).toBe(true);
	});
});

describe('Voice → Get, Get Many, Delete', () => {
	const sim = useSimulator({ taskDurationMs: 300 });
	const run = (parameters: INodeParameters, prefix?: string) => runKling({ credentials: credentialsFor(sim(), prefix), parameters });
	const cloneVoices = async (...names: string[]) =>
		(
			await runKling({
				credentials: credentialsFor(sim()),
				items: names.map((name) => ({ json: { name } })),
				parameters: createVoice({ voiceName: '={{ $json.name }}', downloadVideo: false }),
			})
		).items.map((item) => ({ taskId: String(item.json.taskId), voiceId: String(item.json.voiceId) }));

	test('Get by voice ID: not a task, so found in the account\'s list', async () => {
		const [anna] = await cloneVoices('Anna');
		sim().requests.length = 0;
		const result = await run({ resource: 'voice', operation: 'get', voiceId: anna.voiceId });
		expect(result.error).toBeUndefined();
		expect(result.items).toEqual([
			{
				json: {
					voiceId: anna.voiceId,
					voiceName: 'Anna',
					trialUrl: `${sim().baseUrl}/files/${anna.taskId}.mp3`,
					ownedBy: 'sim-user',
					source: 'custom',
					taskId: anna.taskId,
					status: 'succeed',
				},
				pairedItem: { item: 0 },
			},
		]);
		expect(calls(sim())).toEqual([`GET /kling/v1/general/custom-voices/${anna.voiceId}`, 'GET /kling/v1/general/custom-voices']);
		expect(sim().requests[1].query).toEqual({ pageNum: '1', pageSize: '500' });
	});

	test('Get by the creating task\'s ID: that task\'s voice, one request', async () => {
		const [anna] = await cloneVoices('Anna');
		sim().requests.length = 0;
		const result = await run({ resource: 'voice', operation: 'get', voiceId: { __rl: true, mode: 'id', value: anna.taskId } });
		expect(result.items[0].json).toMatchObject({ voiceId: anna.voiceId, voiceName: 'Anna', taskId: anna.taskId, status: 'succeed', source: 'custom' });
		expect(calls(sim())).toEqual([`GET /kling/v1/general/custom-voices/${anna.taskId}`]);
	});

	test('Get of a task still running: its status, no voice yet', async () => {
		const submitted = await runKling({ credentials: credentialsFor(sim()), parameters: createVoice({ waitForCompletion: false }) });
		const taskId = String(submitted.items[0].json.taskId);
		const result = await run({ resource: 'voice', operation: 'get', voiceId: taskId });
		// Submitted or processing, as far as the simulator's 1.5 s task has got on a busy machine: still running either way.
		expect(result.items[0].json).toEqual({ taskId, status: expect.stringMatching(/^(submitted|processing)$/), source: 'custom' });
	});

	test('Get of a preset voice, after the account\'s list; an unknown one is an error naming Voice ID', async () => {
		const preset = await run({ resource: 'voice', operation: 'get', voiceId: 'sim_voice_calm_zh' });
		expect(preset.items[0].json).toMatchObject({ voiceId: 'sim_voice_calm_zh', voiceName: 'Calm Reader (ZH)', ownedBy: 'kling', source: 'preset' });
		expect(calls(sim())).toEqual([
			'GET /kling/v1/general/custom-voices/sim_voice_calm_zh',
			'GET /kling/v1/general/custom-voices',
			'GET /kling/v1/general/presets-voices',
		]);
		const missing = await run({ resource: 'voice', operation: 'get', voiceId: 'nobody' });
		expect(missing.error?.message).toBe("Voice ID: no voice or voice task nobody in this account's voices or Kling's presets");
		sim().requests.length = 0;
		const empty = await run({ resource: 'voice', operation: 'get', voiceId: '={{ "" }}' });
		expect(empty.error?.message).toMatch(/^Invalid input\. Voice ID: is required/);
		expect(sim().requests).toEqual([]);
	});

	test('Get: a task read refused as a bad parameter (HTTP 400) means "not a task ID"; an authentication error stops it', async () => {
		sim().inject({ on: 'poll', status: 400, code: 1200, message: 'Invalid request: task_id' });
		const preset = await run({ resource: 'voice', operation: 'get', voiceId: 'sim_voice_bright_en' });
		expect(preset.items[0].json).toMatchObject({ voiceId: 'sim_voice_bright_en', source: 'preset' });
		sim().reset();
		sim().inject({ on: 'poll', status: 401, code: 1001, message: 'Authentication failed' });
		const denied = await run({ resource: 'voice', operation: 'get', voiceId: 'sim_voice_bright_en' });
		expect(denied.error?.message).toMatch(/^Kling API error 1001 on the read of voice task sim_voice_bright_en \(HTTP 401\)/);
		expect(sim().requests).toHaveLength(1);
	});

	test('Get Many: Custom (voices only, not tasks still running), Preset, Both, Limit', async () => {
		await cloneVoices('Anna', 'Ben');
		await runKling({ credentials: credentialsFor(sim()), parameters: createVoice({ voiceName: 'Running', waitForCompletion: false }) });
		const names = async (parameters: INodeParameters) =>
			(await run({ resource: 'voice', operation: 'getMany', ...parameters })).items.map((item) => `${item.json.source}:${item.json.voiceName}`);
		expect((await names({ librarySource: 'custom', returnAll: true })).sort()).toEqual(['custom:Anna', 'custom:Ben']);
		expect(await names({ librarySource: 'preset', returnAll: true })).toEqual(['preset:Warm Narrator (EN)', 'preset:Bright Host (EN)', 'preset:Calm Reader (ZH)']);
		const both = await names({ librarySource: 'both', limit: 3 });
		expect(both).toHaveLength(3);
		expect(both.slice(0, 2).sort()).toEqual(['custom:Anna', 'custom:Ben']);
		const items = (await run({ resource: 'voice', operation: 'getMany', librarySource: 'preset', limit: 1 })).items;
		expect(items).toEqual([
			{
				json: {
					voiceId: 'sim_voice_warm_en',
					voiceName: 'Warm Narrator (EN)',
					trialUrl: `${sim().baseUrl}/files/preset-sim_voice_warm_en.mp3`,
					ownedBy: 'kling',
					source: 'preset',
					taskId: expect.any(String),
					status: 'succeed',
				},
				pairedItem: { item: 0 },
			},
		]);
	});

	test('Delete removes a custom voice: {deleted, voiceId}; it is no longer listed; a preset cannot be deleted', async () => {
		const [anna, ben] = await cloneVoices('Anna', 'Ben');
		sim().requests.length = 0;
		const result = await run({ resource: 'voice', operation: 'delete', voiceId: anna.voiceId });
		expect(result.items).toEqual([{ json: { deleted: true, voiceId: anna.voiceId }, pairedItem: { item: 0 } }]);
		expect(sim().requests.map((r) => [r.method, r.path, r.body])).toEqual([['POST', '/kling/v1/general/delete-voices', { voice_id: anna.voiceId }]]);
		const left = await run({ resource: 'voice', operation: 'getMany', returnAll: true });
		expect(left.items.map((item) => item.json.voiceId)).toEqual([ben.voiceId]);
		const preset = await run({ resource: 'voice', operation: 'delete', voiceId: 'sim_voice_warm_en' });
		expect(preset.error?.message).toMatch(/Kling API error 1201 on the delete of voice sim_voice_warm_en \(HTTP 400\): .*only custom voices/);
	});

	test('continueOnFail: each item alone (a voice not there, an empty ID, a good one)', async () => {
		const [anna] = await cloneVoices('Anna');
		const result = await runKling({
			credentials: credentialsFor(sim()),
			continueOnFail: true,
			items: [{ json: { id: 'nobody' } }, { json: { id: '' } }, { json: { id: anna.voiceId } }],
			parameters: { resource: 'voice', operation: 'get', voiceId: '={{ $json.id }}' },
		});
		expect(result.items.map((item) => item.json.error ?? item.json.voiceName)).toEqual([
			"Voice ID: no voice or voice task nobody in this account's voices or Kling's presets",
			'Invalid input. Voice ID: is required',
			'Anna',
		]);
		expect(result.items.map((item) => item.pairedItem)).toEqual([{ item: 0 }, { item: 1 }, { item: 2 }]);
	});
});

describe('Voice on a host without Kling\'s voices (a new-api gateway)', () => {
	const sim = useSimulator();
	const run = (parameters: INodeParameters) => runKling({ credentials: credentialsFor(sim(), '/newapi'), parameters });

	test.each<[string, INodeParameters, string]>([
		['Create', createVoice(), 'POST /v1/general/custom-voices'],
		['Get', { resource: 'voice', operation: 'get', voiceId: 'v1' }, 'GET /v1/general/custom-voices'],
		['Get Many', { resource: 'voice', operation: 'getMany', librarySource: 'preset' }, 'GET /v1/general/presets-voices'],
		['Delete', { resource: 'voice', operation: 'delete', voiceId: 'v1' }, 'POST /v1/general/delete-voices'],
	])('%s: an error that says the host does not offer voices', async (_name, parameters, route) => {
		const result = await run(parameters);
		expect(result.error?.message).toBe(`This host does not offer Kling's custom voices (${route} answered "not found")`);
		expect(result.error?.description).toMatch(/official API/);
		expect(sim().tasks.size).toBe(0);
	});
});
