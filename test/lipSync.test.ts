import type { INodeParameters } from 'n8n-workflow';

import { itemWithAudio, M4A_BASE64, MP3_BASE64, WAV_BASE64 } from './harness/audio';
import { PNG_BASE64 } from './harness/images';
import { testRules } from './harness/ruleTable';
import { runKling } from './harness/runKling';
import { credentialsFor, submittedBodies, textToVideo, useSimulator } from './harness/simulatorSuite';

const EXTERNAL_ID = expect.stringMatching(/^n8n-/);
const VIDEO_URL = 'https://example.com/talk.mp4';
const byText = (overrides: INodeParameters = {}): INodeParameters => ({
	resource: 'video',
	operation: 'lipSync',
	lipSyncVideo: '860153214585004098',
	lipSyncSpeech: 'text2video',
	lipSyncText: 'Welcome to our store',
	lipSyncVoiceId: 'oversea_male1',
	waitForCompletion: false,
	...overrides,
});
const byAudio = (overrides: INodeParameters = {}): INodeParameters =>
	byText({ lipSyncSpeech: 'audio2video', lipSyncVideo: VIDEO_URL, lipSyncAudio: 'https://example.com/speech.mp3', ...overrides });

describe('Lip-Sync', () => {
	const sim = useSimulator();
	const run = (parameters: INodeParameters, items?: Parameters<typeof runKling>[0]['items']) =>
		runKling({ credentials: credentialsFor(sim()), parameters, items });
	const input = () => (submittedBodies(sim())[0] as { input: Record<string, unknown> }).input;

	test('text with a voice, on a Kling video ID: everything in input, voice language and speed by default', async () => {
		expect((await run(byText())).error).toBeUndefined();
		expect(submittedBodies(sim())).toEqual([
			{
				input: {
					video_id: '860153214585004098',
					mode: 'text2video',
					text: 'Welcome to our store',
					voice_id: 'oversea_male1',
					voice_language: 'en',
					voice_speed: 1,
				},
				external_task_id: EXTERNAL_ID,
			},
		]);
	});

	test('audio from a URL, on a video URL; callback, external ID, extra JSON merged into input; to its own endpoint', async () => {
		const result = await run(
			byAudio({
				waitForCompletion: true,
				waitOptions: { pollIntervalSeconds: 1 },
				additionalFields: { callbackUrl: 'https://example.com/hook', externalTaskId: 'lips-1', additionalBodyFields: '{"input": {"future_field": 1}}' },
			}),
		);
		expect(result.error).toBeUndefined();
		expect(submittedBodies(sim())).toEqual([
			{
				input: { video_url: VIDEO_URL, mode: 'audio2video', audio_type: 'url', audio_url: 'https://example.com/speech.mp3', future_field: 1 },
				callback_url: 'https://example.com/hook',
				external_task_id: 'lips-1',
			},
		]);
		const taskId = result.items[0].json.taskId;
		expect(result.items[0].json).toMatchObject({ status: 'succeed', externalTaskId: 'lips-1', videoId: `${taskId}-v0` });
		expect(result.items[0].binary?.data).toMatchObject({ mimeType: 'video/mp4', fileName: `kling-${taskId}.mp4` });
		const [submit, poll] = sim().requests;
		expect(`${submit.method} ${submit.path}`).toBe('POST /kling/v1/videos/lip-sync');
		expect(`${poll.method} ${poll.path}`).toBe(`GET /kling/v1/videos/lip-sync/${taskId}`);
	});

	test('audio from a binary property of the input item (a form upload) is sent as a file, in plain Base64', async () => {
		const result = await run(byAudio({ lipSyncAudio: 'voice' }), [itemWithAudio('voice', MP3_BASE64)]);
		expect(result.error).toBeUndefined();
		expect(input()).toMatchObject({ audio_type: 'file', audio_file: MP3_BASE64 });
		expect(input().audio_url).toBeUndefined();
	});

	test('audio as Base64 (a data: URL loses its prefix): WAV and M4A too', async () => {
		await run(byAudio({ lipSyncAudio: `data:audio/wav;base64,${WAV_BASE64}` }));
		await run(byAudio({ lipSyncAudio: M4A_BASE64 }));
		expect(submittedBodies(sim()).map((b) => (b as { input: { audio_file: string } }).input.audio_file)).toEqual([WAV_BASE64, M4A_BASE64]);
	});

	test("Text to Video, then Lip-Sync by the first node's videoId; Task → Get reads it back by its kind", async () => {
		const first = await runKling({ credentials: credentialsFor(sim()), parameters: textToVideo({ downloadVideo: false }) });
		const synced = await run(byText({ lipSyncVideo: '={{ $json.videoId }}' }), first.items);
		expect(synced.error).toBeUndefined();
		expect((submittedBodies(sim())[1] as { input: { video_id: string } }).input.video_id).toBe(first.items[0].json.videoId);
		const taskId = String(synced.items[0].json.taskId);
		const read = await run({ resource: 'task', operation: 'get', taskKind: 'lip-sync', taskId, waitForCompletion: false });
		expect(read.items[0].json).toMatchObject({ taskId });
		expect(sim().requests.at(-1)?.path).toBe(`/kling/v1/videos/lip-sync/${taskId}`);
	});

	test('fields of the other speech source are not sent', async () => {
		await run(byText({ lipSyncAudio: 'https://example.com/speech.mp3' }));
		await run(byAudio({ lipSyncText: 'unused', lipSyncVoiceId: 'unused' }));
		const [text, audio] = submittedBodies(sim()) as Array<{ input: Record<string, unknown> }>;
		expect(Object.keys(text.input).sort()).toEqual(['mode', 'text', 'video_id', 'voice_id', 'voice_language', 'voice_speed']);
		expect(Object.keys(audio.input).sort()).toEqual(['audio_type', 'audio_url', 'mode', 'video_url']);
	});

	describe('rules', () => {
		testRules(sim, byText, [
			['a video', { lipSyncVideo: '={{ "" }}' }, /Video: is required: the ID of a video Kling made, or a video URL/, { lipSyncVideo: VIDEO_URL }],
			['a video of more than whitespace', { lipSyncVideo: ' \n ' }, /Video: is required: the ID of a video Kling made, or a video URL/, { lipSyncVideo: ` ${VIDEO_URL} ` }],
			['a text of more than spaces and line breaks', { lipSyncText: ' \n\t ' }, /Text: is required when Speech From is Text/, { lipSyncText: ' Hi ' }],
			['an http(s) video URL', { lipSyncVideo: 'ftp://example.com/talk.mp4' }, /Video: must be an http\(s\) URL/, { lipSyncVideo: 'http://example.com/talk.mp4' }],
			[
				'a video ID or a video URL, not both',
				{ additionalFields: { additionalBodyFields: `{"input": {"video_url": "${VIDEO_URL}"}}` } },
				/Video: give a video ID or a video URL, not both/,
				{ lipSyncVideo: VIDEO_URL, additionalFields: { additionalBodyFields: `{"input": {"video_url": "${VIDEO_URL}"}}` } },
			],
			['a text', { lipSyncText: '={{ "" }}' }, /Text: is required when Speech From is Text/, { lipSyncText: 'Hi' }],
			['a text of at most 120 characters', { lipSyncText: 't'.repeat(121) }, /Text: must be at most 120 characters/, { lipSyncText: 't'.repeat(120) }],
			['a voice', { lipSyncVoiceId: '={{ "" }}' }, /Voice ID: is required when Speech From is Text/, { lipSyncVoiceId: 'uk_boy1' }],
			['a voice speed from 0.8 to 2', { lipSyncVoiceSpeed: '={{ 2.5 }}' }, /Voice Speed: must be between 0.8 and 2/, { lipSyncVoiceSpeed: 2 }],
			['a voice language zh or en', { lipSyncVoiceLanguage: '={{ "fr" }}' }, /Voice Language: must be zh or en/, { lipSyncVoiceLanguage: 'zh' }],
		]);
		testRules(sim, byAudio, [
			['an audio', { lipSyncAudio: '={{ "" }}' }, /Audio: is required when Speech From is Audio/, { lipSyncAudio: MP3_BASE64 }],
			['an http(s) audio URL', { lipSyncAudio: 'ftp://example.com/a.mp3' }, /Audio: must be an http\(s\) URL/, { lipSyncAudio: 'https://example.com/a.mp3' }],
			['an audio file, not an image', { lipSyncAudio: PNG_BASE64 }, /Audio: the audio must be an MP3, WAV, M4A or AAC file/, { lipSyncAudio: WAV_BASE64 }],
			[
				'a URL, a binary property or Base64',
				{ lipSyncAudio: 'my speech.mp3' },
				/Audio: "my speech.mp3" is neither a URL, nor a binary property of the input item, nor Base64/,
				{ lipSyncAudio: M4A_BASE64 },
			],
		]);
	});

	test('audio over 5 MB is refused before sending', async () => {
		const big = Buffer.alloc(5 * 1024 * 1024 + 1);
		Buffer.from(MP3_BASE64, 'base64').copy(big);
		const result = await run(byAudio({ lipSyncAudio: 'voice' }), [itemWithAudio('voice', big.toString('base64'))]);
		expect(result.error?.message).toMatch(/Audio: the audio is 5\.0 MB; Kling takes at most 5 MB/);
		expect(sim().count('submit')).toBe(0);
	});
});
