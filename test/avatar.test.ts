import type { INodeParameters } from 'n8n-workflow';

import { itemWithAudio, MP3_BASE64, WAV_BASE64 } from './harness/audio';
import { itemWithImage, JPEG_BASE64, PNG_BASE64 } from './harness/images';
import { testRules } from './harness/ruleTable';
import { runKling } from './harness/runKling';
import { credentialsFor, submittedBodies, useSimulator } from './harness/simulatorSuite';

const EXTERNAL_ID = expect.stringMatching(/^n8n-/);
const IMAGE = 'https://example.com/portrait.jpg';
const AUDIO = 'https://example.com/speech.mp3';
const avatar = (overrides: INodeParameters = {}): INodeParameters => ({
	resource: 'video',
	operation: 'avatar',
	image: IMAGE,
	avatarAudio: AUDIO,
	waitForCompletion: false,
	...overrides,
});

describe('Avatar', () => {
	const sim = useSimulator();
	const run = (parameters: INodeParameters, items?: Parameters<typeof runKling>[0]['items']) =>
		runKling({ credentials: credentialsFor(sim()), parameters: avatar(parameters), items });

	test('a minimal set of fields: image, audio URL and the default mode, nothing empty', async () => {
		expect((await run({ prompt: '' })).error).toBeUndefined();
		expect(submittedBodies(sim())).toEqual([{ image: IMAGE, sound_file: AUDIO, mode: 'std', external_task_id: EXTERNAL_ID }]);
	});

	test('every field, to its own endpoint, read back at the same path; the video downloaded', async () => {
		const result = await run({
			prompt: 'She smiles and nods',
			mode: 'pro',
			waitForCompletion: true,
			waitOptions: { pollIntervalSeconds: 1 },
			additionalFields: { callbackUrl: 'https://example.com/hook', externalTaskId: 'avatar-1', additionalBodyFields: '{"future_field": "x"}' },
		});
		expect(result.error).toBeUndefined();
		expect(submittedBodies(sim())).toEqual([
			{
				image: IMAGE,
				sound_file: AUDIO,
				prompt: 'She smiles and nods',
				mode: 'pro',
				callback_url: 'https://example.com/hook',
				external_task_id: 'avatar-1',
				future_field: 'x',
			},
		]);
		const taskId = result.items[0].json.taskId;
		expect(result.items[0].json).toMatchObject({ status: 'succeed', externalTaskId: 'avatar-1' });
		expect(result.items[0].binary?.data).toMatchObject({ mimeType: 'video/mp4', fileName: `kling-${taskId}.mp4` });
		const [submit, poll] = sim().requests;
		expect(`${submit.method} ${submit.path}`).toBe('POST /kling/v1/videos/avatar/image2video');
		expect(`${poll.method} ${poll.path}`).toBe(`GET /kling/v1/videos/avatar/image2video/${taskId}`);
		// Task → Get reads it back under its kind, which has a slash in it.
		const read = await runKling({
			credentials: credentialsFor(sim()),
			parameters: { resource: 'task', operation: 'get', taskKind: 'avatar/image2video', taskId: 'avatar-1', waitForCompletion: false },
		});
		expect(read.items[0].json).toMatchObject({ taskId, status: 'succeed' });
		expect(sim().requests.at(-1)?.path).toBe('/kling/v1/videos/avatar/image2video/avatar-1');
	});

	test('image and audio from binary properties of the input item (a form upload), as plain Base64', async () => {
		const item = itemWithImage('photo', JPEG_BASE64);
		item.binary!.voice = itemWithAudio('voice', WAV_BASE64).binary!.voice;
		const result = await run({ image: 'photo', avatarAudio: 'voice' }, [item]);
		expect(result.error).toBeUndefined();
		expect(submittedBodies(sim())[0]).toMatchObject({ image: JPEG_BASE64, sound_file: WAV_BASE64 });
	});

	test('an Audio ID instead of audio', async () => {
		expect((await run({ avatarAudio: '', additionalFields: { audioId: 'tts-audio-7' } })).error).toBeUndefined();
		expect(submittedBodies(sim())[0]).toEqual({ image: IMAGE, audio_id: 'tts-audio-7', mode: 'std', external_task_id: EXTERNAL_ID });
	});

	describe('rules', () => {
		testRules(sim, avatar, [
			['an image', { image: '={{ "" }}' }, /Image: is required/, { image: PNG_BASE64 }],
			['a JPG or PNG image', { image: MP3_BASE64 }, /Image: the image must be a JPG or PNG/, { image: JPEG_BASE64 }],
			['audio or an Audio ID', { avatarAudio: '' }, /Audio: is required: an audio file, or an Audio ID under Additional Fields/, { avatarAudio: MP3_BASE64 }],
			[
				'audio or an Audio ID, not both',
				{ additionalFields: { audioId: 'tts-audio-7' } },
				/Audio: give an audio file or an Audio ID, not both/,
				{ avatarAudio: '', additionalFields: { audioId: 'tts-audio-7' } },
			],
			['an audio file, not an image', { avatarAudio: PNG_BASE64 }, /Audio: the audio must be an MP3, WAV, M4A or AAC file/, { avatarAudio: WAV_BASE64 }],
			['a prompt of at most 2500 characters', { prompt: 'a'.repeat(2501) }, /Prompt: must be at most 2500 characters/, { prompt: 'a'.repeat(2500) }],
			['mode std or pro', { mode: '={{ "max" }}' }, /Mode: /, { mode: 'pro' }],
		]);
	});

	test('audio over 5 MB is refused before sending', async () => {
		const big = Buffer.alloc(5 * 1024 * 1024 + 1);
		Buffer.from(MP3_BASE64, 'base64').copy(big);
		const result = await run({ avatarAudio: 'voice' }, [itemWithAudio('voice', big.toString('base64'))]);
		expect(result.error?.message).toMatch(/Audio: the audio is 5\.0 MB; Kling takes at most 5 MB/);
		expect(sim().count('submit')).toBe(0);
	});
});
