import type { INodeParameters } from 'n8n-workflow';
import { NodeHelpers } from 'n8n-workflow';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { Kling } from '../nodes/Kling/Kling.node';
import { binaryDataService, runKling } from './harness/runKling';
import { credentialsFor, useSimulator } from './harness/simulatorSuite';

const fixture = (name: string) => readFileSync(join(__dirname, 'simulator', 'fixtures', name));

/** Text to Speech with fast polling (only used when a host answers before the speech is ready). */
const textToSpeech = (overrides: INodeParameters = {}): INodeParameters => ({
	resource: 'audio',
	operation: 'textToSpeech',
	speechText: 'Welcome to our store! Everything is 20% off today.',
	speechVoiceId: 'oversea_male1',
	waitOptions: { pollIntervalSeconds: 1 },
	...overrides,
});

describe('Audio → Text to Speech', () => {
	const sim = useSimulator();
	const run = (parameters: INodeParameters = {}, prefix = '/kling') =>
		runKling({ credentials: credentialsFor(sim(), prefix), parameters: textToSpeech(parameters) });
	const apiCalls = () => sim().requests.filter((r) => !r.path.startsWith('/files/'));
	const downloads = () => sim().requests.filter((r) => r.path.startsWith('/files/'));

	test('the host answers with the speech: one POST /v1/audio/tts, no polling, the MP3 attached as it was served', async () => {
		const result = await run();
		expect(result.error).toBeUndefined();
		expect(apiCalls().map((r) => `${r.method} ${r.path}`)).toEqual(['POST /kling/v1/audio/tts']);
		expect(apiCalls()[0].body).toEqual({
			text: 'Welcome to our store! Everything is 20% off today.',
			voice_id: 'oversea_male1',
			voice_language: 'en',
			voice_speed: 1,
		});

		const [item] = result.items;
		const taskId = String(item.json.taskId);
		expect(item.json).toEqual({
			taskId,
			status: 'succeed',
			// The simulator reports one unit for the speech (final_unit_deduction).
			cost: { units: 1 },
			audioId: `${taskId}-a0`,
			audioMp3Url: `${sim().baseUrl}/files/${taskId}.mp3`,
			audioDuration: '1.0',
			audios: [{ id: `${taskId}-a0`, mp3Url: `${sim().baseUrl}/files/${taskId}.mp3`, mp3Duration: '1.0' }],
			createdAt: expect.any(String),
			updatedAt: expect.any(String),
		});
		expect(Object.keys(item.binary ?? {})).toEqual(['data']);
		expect(item.binary?.data).toMatchObject({ mimeType: 'audio/mpeg', fileName: `kling-${taskId}.mp3`, fileExtension: 'mp3' });
		expect((await binaryDataService().getAsBuffer(item.binary!.data)).equals(fixture('sample.mp3'))).toBe(true);
		expect(downloads().map((r) => r.path)).toEqual([`/files/${taskId}.mp3`]);
		expect(item.pairedItem).toEqual({ item: 0 });
	});

	test('a host that answers a task not yet done: the node polls GET /v1/audio/tts/<task_id> until it is, then downloads', async () => {
		const result = await run({ speechText: 'One moment please [sim:async=1500]' });
		expect(result.error).toBeUndefined();
		const taskId = String(result.items[0].json.taskId);
		const calls = apiCalls().map((r) => `${r.method} ${r.path}`);
		expect(calls[0]).toBe('POST /kling/v1/audio/tts');
		expect(calls.length).toBeGreaterThanOrEqual(2);
		expect(calls.slice(1).every((call) => call === `GET /kling/v1/audio/tts/${taskId}`)).toBe(true);
		expect(result.items[0].json).toMatchObject({ status: 'succeed', audioMp3Url: expect.stringMatching(/\.mp3$/) });
		expect((await binaryDataService().getAsBuffer(result.items[0].binary!.data)).equals(fixture('sample.mp3'))).toBe(true);
	});

	test('every field: a voice picked from a list (resource locator), Chinese, a speed typed as text; the ID is sent without spaces', async () => {
		const result = await run({
			speechText: '欢迎光临',
			speechVoiceId: { __rl: true, mode: 'list', value: 'sim_voice_calm_zh', cachedResultName: 'Calm Reader (ZH)' },
			speechVoiceLanguage: 'zh',
			speechVoiceSpeed: '={{ "1.5" }}',
		});
		expect(result.error).toBeUndefined();
		expect(apiCalls()[0].body).toEqual({ text: '欢迎光临', voice_id: 'sim_voice_calm_zh', voice_language: 'zh', voice_speed: 1.5 });

		sim().reset();
		await run({ speechVoiceId: '  uk_boy1 ', speechVoiceSpeed: 2 });
		expect(apiCalls()[0].body).toMatchObject({ voice_id: 'uk_boy1', voice_speed: 2 });
	});

	test('Download Audio off: the URL only; Put Output File in Field names the binary property; Simplify off adds raw', async () => {
		const urlOnly = await run({ downloadVideo: false });
		expect(urlOnly.items[0].binary).toBeUndefined();
		expect(urlOnly.items[0].json.audioMp3Url).toMatch(/\.mp3$/);
		expect(downloads()).toHaveLength(0);

		const named = await run({ binaryPropertyName: 'speech', simplify: false });
		expect(Object.keys(named.items[0].binary ?? {})).toEqual(['speech']);
		expect(named.items[0].json.raw).toMatchObject({ code: 0, data: { task_status: 'succeed', task_result: { audios: [{ url: expect.any(String) }] } } });
	});

	test.each([
		['the official layout at the host root', ''],
		['a flat, un-enveloped host that says "completed"', '/flat'],
	])('works against %s', async (_name, prefix) => {
		const result = await run({}, prefix);
		expect(result.error).toBeUndefined();
		expect(result.items[0].json.status).toBe('succeed');
		expect(result.items[0].binary?.data.mimeType).toBe('audio/mpeg');
	});

	test('a host without /v1/audio/tts (a new-api gateway): an error that says so, without the key', async () => {
		const result = await run({}, '/newapi');
		expect(result.error?.message).toBe('This host does not offer Kling\'s text to speech (POST /v1/audio/tts answered "not found")');
		expect(result.error?.description).toContain(`${sim().baseUrl}/newapi has no POST /v1/audio/tts.`);
		expect(JSON.stringify(result.run.data.resultData)).not.toContain(sim().apiKey);
		expect(apiCalls()).toHaveLength(1);
	});

	test('a Kling "not found" (404, code 1203) may also be an unknown voice', async () => {
		sim().inject({ on: 'call', status: 404, code: 1203, message: 'voice not found' });
		const result = await run({ speechVoiceId: 'no_such_voice' });
		expect(result.error?.message).toBe(
			'This host does not offer Kling\'s text to speech, or it does not know the Voice ID (POST /v1/audio/tts answered "not found")',
		);
		expect(result.error?.description).toContain('voice not found');
	});

	test('a host still working on it after Max Wait: an error that says where the speech can be read, nothing downloaded', async () => {
		const result = await run({ speechText: 'Slow [sim:async=5000]', waitOptions: { pollIntervalSeconds: 1, maxWaitMinutes: 0.03 } });
		expect(result.error?.message).toMatch(/^Task \d+ was not finished after the maximum wait/);
		expect(result.error?.description).toContain('GET /v1/audio/tts/<task ID>');
		expect(result.error?.description).not.toContain('Task → Get');
		expect(downloads()).toHaveLength(0);
	});

	test('a failed task names the reason; nothing is downloaded', async () => {
		const result = await run({ speechText: 'Something refused [sim:fail]' });
		expect(result.error?.message).toMatch(/^Kling task \d+ failed: Simulated failure: the text was refused$/);
		expect(downloads()).toHaveLength(0);
	});

	test('throttling is waited out and sent again; a lost answer is never sent again (the speech may be charged)', async () => {
		sim().inject({ on: 'call', status: 429, retryAfterSeconds: 1 });
		const throttled = await run();
		expect(throttled.error).toBeUndefined();
		expect(apiCalls().filter((r) => r.method === 'POST')).toHaveLength(2);

		sim().reset();
		sim().inject({ on: 'call', status: 502, html: true });
		const lost = await run();
		expect(lost.error?.message).toMatch(/^The answer to the text to speech request was lost \(/);
		expect(lost.error?.description).toContain('did not send it again');
		expect(apiCalls()).toHaveLength(1);

		sim().reset();
		sim().inject({ on: 'call', status: 400, code: 1201, message: 'voice_language does not match the voice' });
		const refused = await run();
		expect(refused.error?.message).toBe('Kling API error 1201 on the text to speech request (HTTP 400): voice_language does not match the voice');
		expect(apiCalls()).toHaveLength(1);
	});

	test.each([
		['Text required', { speechText: '={{ "" }}' }, /^Invalid input\. Text: is required$/],
		['Text more than whitespace', { speechText: '={{ "   " }}' }, /^Invalid input\. Text: is required \(it holds only spaces or line breaks\)$/],
		['Text at most 1000 characters', { speechText: 'a'.repeat(1001) }, /^Invalid input\. Text: must be at most 1000 characters$/],
		['Voice ID required', { speechVoiceId: '={{ "  " }}' }, /^Invalid input\. Voice ID: is required$/],
		['Voice Language zh or en', { speechVoiceLanguage: '={{ "fr" }}' }, /^Invalid input\. Voice Language: must be one of zh, en$/],
		['Voice Speed at least 0.8', { speechVoiceSpeed: '={{ 0.7 }}' }, /^Invalid input\. Voice Speed: must be between 0\.8 and 2$/],
		['Voice Speed at most 2', { speechVoiceSpeed: '={{ 2.1 }}' }, /^Invalid input\. Voice Speed: must be between 0\.8 and 2$/],
		['Voice Speed a number', { speechVoiceSpeed: '={{ "fast" }}' }, /^Invalid input\. Voice Speed: must be a number$/],
	])('%s: refused before anything is sent', async (_rule, fields, message) => {
		const result = await run(fields);
		expect(result.error?.message).toMatch(message);
		expect(sim().requests).toHaveLength(0);
	});

	test('Voice ID left unpicked (an empty locator): n8n refuses to run the node, nothing is sent', async () => {
		await expect(run({ speechVoiceId: { __rl: true, mode: 'list', value: '' } })).rejects.toThrow(/Parameter "Voice ID" is required/);
		expect(sim().requests).toHaveLength(0);
	});

	test('1000 characters and the speed limits themselves are sent', async () => {
		const result = await run({ speechText: 'a'.repeat(1000), speechVoiceSpeed: 0.8 });
		expect(result.error).toBeUndefined();
		expect(apiCalls()[0].body).toMatchObject({ voice_speed: 0.8 });
	});

	test('a bad item stops every item before anything is sent; with Continue On Fail it is an error item and the others get their speech', async () => {
		const items = [{ json: { line: 'Hello there' } }, { json: { line: 'x'.repeat(1001) } }, { json: { line: 'Goodbye' } }];
		const parameters = textToSpeech({ speechText: '={{ $json.line }}' });
		const stopped = await runKling({ credentials: credentialsFor(sim()), items, parameters });
		expect(stopped.error?.message).toMatch(/Text: must be at most 1000 characters/);
		expect(sim().requests).toHaveLength(0);

		const continued = await runKling({ credentials: credentialsFor(sim()), items, parameters, continueOnFail: true });
		expect(continued.error).toBeUndefined();
		expect(continued.items.map((item) => item.pairedItem)).toEqual([{ item: 0 }, { item: 1 }, { item: 2 }]);
		expect(continued.items[1].json.error).toMatch(/Text: must be at most 1000 characters/);
		for (const i of [0, 2]) {
			expect(continued.items[i].json.status).toBe('succeed');
			expect((await binaryDataService().getAsBuffer(continued.items[i].binary!.data)).equals(fixture('sample.mp3'))).toBe(true);
		}
		expect(apiCalls().map((r) => (r.body as { text: string }).text)).toEqual(['Hello there', 'Goodbye']);
	});
});

describe('the Text to Speech panel', () => {
	const { properties } = new Kling().description;
	const shown = (parameters: INodeParameters) =>
		properties.filter((p) => NodeHelpers.displayParameter({ resource: 'audio', ...parameters }, p, null, new Kling().description)).map((p) => p.displayName);

	test('its own fields, Download Audio and its field, Options; no Wait for Completion, no callback', () => {
		expect(shown({ operation: 'textToSpeech', downloadVideo: true })).toEqual([
			'Authentication',
			'Resource',
			'Operation',
			'Text',
			'Voice ID',
			'Voice Language',
			'Voice Speed',
			'Download Audio',
			'Put Output File in Field',
			'Options',
			'Simplify Output',
		]);
		expect(shown({ operation: 'textToSpeech', downloadVideo: false })).not.toContain('Put Output File in Field');
		// Text to Audio keeps its own waiting fields.
		expect(shown({ operation: 'textToAudio', waitForCompletion: true, downloadVideo: true })).toEqual(
			expect.arrayContaining(['Wait for Completion', 'Wait By', 'Download Audio', 'Audio Format']),
		);
		const operation = properties.find((p) => p.name === 'operation' && p.displayOptions?.show?.resource?.includes('audio'))!;
		expect((operation.options as Array<{ value: string }>).map((o) => o.value)).toEqual(['textToAudio', 'textToSpeech', 'videoToAudio']);
	});
});
