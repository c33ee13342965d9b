import type { IDataObject, INodeParameters } from 'n8n-workflow';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { callbackUrlOf, deliverCallback } from './harness/deliverCallback';
import { testRules } from './harness/ruleTable';
import { binaryDataService, runKling } from './harness/runKling';
import { credentialsFor, submittedBodies, useSimulator } from './harness/simulatorSuite';

const EXTERNAL_ID = expect.stringMatching(/^n8n-[A-Za-z0-9_-]+-kling-r0-i0$/);
const fixture = (name: string) => readFileSync(join(__dirname, 'simulator', 'fixtures', name));

/** Text to Audio with fast polling; tests override what they check. */
const textToAudio = (overrides: INodeParameters = {}): INodeParameters => ({
	resource: 'audio',
	operation: 'textToAudio',
	prompt: 'Fireworks crackling over a cheering crowd',
	waitOptions: { pollIntervalSeconds: 1 },
	...overrides,
});

describe('Audio → Text to Audio', () => {
	const sim = useSimulator();
	const run = (parameters: INodeParameters, prefix = '/kling') =>
		runKling({ credentials: credentialsFor(sim(), prefix), parameters: textToAudio(parameters) });

	test('submits prompt and duration (a number) to /v1/audio/text-to-audio, reads it back there, and attaches the MP3', async () => {
		const result = await run({});
		expect(result.error).toBeUndefined();
		expect(submittedBodies(sim())).toEqual([{ prompt: 'Fireworks crackling over a cheering crowd', duration: 5, external_task_id: EXTERNAL_ID }]);
		const { taskId } = result.items[0].json;
		const [submit, poll] = sim().requests;
		expect(`${submit.method} ${submit.path}`).toBe('POST /kling/v1/audio/text-to-audio');
		expect(`${poll.method} ${poll.path}`).toBe(`GET /kling/v1/audio/text-to-audio/${taskId}`);

		const { json, binary } = result.items[0];
		expect(json).toMatchObject({
			status: 'succeed',
			audioId: `${taskId}-a0`,
			audioMp3Url: `${sim().baseUrl}/files/${taskId}.mp3`,
			audioWavUrl: `${sim().baseUrl}/files/${taskId}.wav`,
			audioDuration: '5',
			audios: [{ id: `${taskId}-a0`, mp3Url: expect.stringMatching(/\.mp3$/), wavUrl: expect.stringMatching(/\.wav$/), mp3Duration: '5', wavDuration: '5' }],
		});
		expect(json).not.toHaveProperty('videos');
		expect(json).not.toHaveProperty('videoUrl');
		expect(Object.keys(binary ?? {})).toEqual(['data']);
		expect(binary?.data).toMatchObject({ mimeType: 'audio/mpeg', fileName: `kling-${taskId}.mp3`, fileExtension: 'mp3' });
		expect((await binaryDataService().getAsBuffer(binary!.data)).equals(fixture('sample.mp3'))).toBe(true);
	});

	test('every field: a duration with one decimal, Callback URL, External Task ID, extra body fields', async () => {
		const result = await run({
			audioDuration: 3.5,
			waitForCompletion: false,
			additionalFields: { callbackUrl: 'https://example.com/hook', externalTaskId: 'sfx-1', additionalBodyFields: '{"new_field": "x"}' },
		});
		expect(result.error).toBeUndefined();
		expect(submittedBodies(sim())).toEqual([
			{ prompt: 'Fireworks crackling over a cheering crowd', duration: 3.5, callback_url: 'https://example.com/hook', external_task_id: 'sfx-1', new_field: 'x' },
		]);
		expect(result.items[0].json).toMatchObject({ status: 'submitted', externalTaskId: 'sfx-1' });
		expect(result.items[0].binary).toBeUndefined();
	});

	test('a duration typed as text by an expression is sent as a number', async () => {
		const result = await runKling({
			credentials: credentialsFor(sim()),
			items: [{ json: { seconds: '4.5' } }],
			parameters: textToAudio({ audioDuration: '={{ $json.seconds }}', waitForCompletion: false }),
		});
		expect(result.error).toBeUndefined();
		expect(submittedBodies(sim())[0]).toMatchObject({ duration: 4.5 });
	});

	test('Audio Format: WAV in the output field, or both (the WAV in <field>_wav)', async () => {
		const wav = await run({ audioFormat: 'wav' });
		const wavId = wav.items[0].json.taskId;
		expect(Object.keys(wav.items[0].binary ?? {})).toEqual(['data']);
		expect(wav.items[0].binary?.data).toMatchObject({ mimeType: 'audio/wav', fileName: `kling-${wavId}.wav`, fileExtension: 'wav' });
		expect((await binaryDataService().getAsBuffer(wav.items[0].binary!.data)).equals(fixture('sample.wav'))).toBe(true);

		const both = await run({ audioFormat: 'both', binaryPropertyName: 'sound' });
		const id = both.items[0].json.taskId;
		expect(Object.keys(both.items[0].binary ?? {}).sort()).toEqual(['sound', 'sound_wav']);
		expect(both.items[0].binary?.sound).toMatchObject({ mimeType: 'audio/mpeg', fileName: `kling-${id}.mp3` });
		expect(both.items[0].binary?.sound_wav).toMatchObject({ mimeType: 'audio/wav', fileName: `kling-${id}.wav` });
		expect(sim().count('download')).toBe(3);
	});

	test('Download Audio off: the URLs only, nothing downloaded', async () => {
		const result = await run({ downloadVideo: false });
		expect(result.items[0].json).toMatchObject({ status: 'succeed', audioMp3Url: expect.stringMatching(/\.mp3$/) });
		expect(result.items[0].binary).toBeUndefined();
		expect(sim().count('download')).toBe(0);
	});

	test.each([
		['the official path layout (no prefix)', ''],
		['a flat, un-enveloped host that says "completed"', '/flat'],
		['a new-api gateway (its result_url is the MP3)', '/newapi'],
	])('works against %s', async (_name, prefix) => {
		const result = await run({ audioFormat: 'both' }, prefix);
		expect(result.error).toBeUndefined();
		expect(result.items[0].json).toMatchObject({ status: 'succeed', audioMp3Url: expect.stringMatching(/\.mp3$/), audioWavUrl: expect.stringMatching(/\.wav$/) });
		expect(result.items[0].json).not.toHaveProperty('videoUrl');
		expect(result.items[0].binary?.data.mimeType).toBe('audio/mpeg');
		expect(result.items[0].binary?.data_wav.mimeType).toBe('audio/wav');
	});

	test('a broken download is an error naming the file and the URL; a failed task names the reason', async () => {
		sim().inject({ on: 'download', truncate: true });
		const cut = await run({});
		expect(cut.error?.message).toMatch(/^The MP3 download (is incomplete|broke off)/);
		expect(cut.error?.description).toContain('.mp3');

		sim().reset();
		sim().inject({ on: 'download', status: 404 });
		const gone = await run({ audioFormat: 'wav' });
		expect(gone.error?.message).toBe('Downloading the WAV failed (HTTP 404)');

		sim().reset();
		sim().failNextTask('Risk control: the prompt was refused');
		const failed = await run({});
		expect(failed.error?.message).toMatch(/Kling task \d+ failed: Risk control/);
	});

	test('a duration with two decimals is let through: the host decides (and refuses it for free)', async () => {
		const result = await run({ audioDuration: 3.25 });
		expect(sim().count('submit')).toBe(1);
		expect(result.error?.message).toMatch(/1201/);
		expect(`${result.error?.message} ${result.error?.description}`).toContain('duration allows one decimal');
		expect(sim().tasks.size).toBe(0);
	});

	describe('rules, checked before anything is sent', () => {
		testRules(sim, (fields) => textToAudio({ waitForCompletion: false, ...fields }), [
			// n8n itself refuses an empty required field; an expression can still make it empty.
			['prompt required', { prompt: '={{ "" }}' }, /Invalid input\. Prompt: is required/, { prompt: 'Rain on a tin roof' }],
			['prompt at most 200 characters', { prompt: 'a'.repeat(201) }, /Prompt: must be at most 200 characters/, { prompt: 'a'.repeat(200) }],
			['duration at least 3 s', { audioDuration: 2.9 }, /Duration \(Seconds\): must be between 3 and 10 seconds/, { audioDuration: 3 }],
			['duration at most 10 s', { audioDuration: 10.1 }, /Duration \(Seconds\): must be between 3 and 10 seconds/, { audioDuration: 10 }],
			['duration a number', { audioDuration: '={{ "soon" }}' }, /Duration \(Seconds\): must be a number of seconds/, { audioDuration: '={{ "7" }}' }],
			[
				'callback URL an http(s) URL',
				{ additionalFields: { callbackUrl: 'example.com/hook' } },
				/Callback URL: must be an http\(s\) URL/,
				{ additionalFields: { callbackUrl: 'https://example.com/hook' } },
			],
		]);
	});
});

describe('Audio → Text to Audio, waiting by Kling callback', () => {
	const sim = useSimulator({ taskDurationMs: 1500 });

	test('parks, and resumes on the final callback with each item\'s audio files as binary data', async () => {
		const parked = await runKling({
			credentials: credentialsFor(sim()),
			executionId: 'exec-sfx',
			items: [{ json: { p: 'Rain on a tin roof' } }, { json: { p: 'A door creaks open' } }],
			parameters: textToAudio({
				prompt: '={{ $json.p }}',
				audioFormat: 'both',
				waitMethod: 'callback',
				waitOptions: { callbackUrlReachable: true, maxWaitMinutes: 5 },
			}),
		});
		expect(parked.run.status).toBe('waiting');
		expect(parked.items.map((item) => [item.json.externalTaskId, item.json.waitingFor])).toEqual([
			['n8n-exec-sfx-kling-r0-i0', 'callback'],
			['n8n-exec-sfx-kling-r0-i1', 'callback'],
		]);
		const url = callbackUrlOf(submittedBodies(sim()));
		expect(new URL(url).pathname).toBe('/webhook-waiting/exec-sfx');

		const end = Date.now() + 10_000;
		while ([...sim().tasks.values()].some((t) => Date.now() - t.created_at < 1600) && Date.now() < end) await new Promise((r) => setTimeout(r, 50));
		const task = [...sim().tasks.values()].find((t) => t.external_task_id === 'n8n-exec-sfx-kling-r0-i1')!;
		const body: IDataObject = { task_id: task.task_id, task_status: 'succeed', task_info: { external_task_id: task.external_task_id } };
		const answer = await deliverCallback(parked, url, body);
		expect(answer.result.webhookResponse).toEqual({ received: true, resumed: true });
		const [main] = answer.result.workflowData!;
		expect(main.map((item) => item.pairedItem)).toEqual([{ item: 0 }, { item: 1 }]);
		for (const item of main) {
			expect(item.json).toMatchObject({ status: 'succeed', audioMp3Url: expect.stringMatching(/\.mp3$/) });
			expect(item.binary?.data).toMatchObject({ mimeType: 'audio/mpeg', fileName: `kling-${item.json.taskId}.mp3` });
			expect(item.binary?.data_wav).toMatchObject({ mimeType: 'audio/wav', fileName: `kling-${item.json.taskId}.wav` });
		}
		// Read back from the audio endpoint, never from the callback's body.
		expect(sim().requests.filter((r) => r.method === 'GET' && !r.path.startsWith('/files/')).every((r) => r.path.startsWith('/kling/v1/audio/text-to-audio'))).toBe(true);
	});
});
