import type { INodeParameters } from 'n8n-workflow';

import { testRules } from './harness/ruleTable';
import { binaryDataService, runKling } from './harness/runKling';
import { credentialsFor, submittedBodies, textToVideo, useSimulator } from './harness/simulatorSuite';

const EXTERNAL_ID = expect.stringMatching(/^n8n-[A-Za-z0-9_-]+-kling-r0-i0$/);
const CLIP = 'https://example.com/clips/skate.mp4';
const byUrl = (value: string) => ({ __rl: true, mode: 'url', value });
const byId = (value: string) => ({ __rl: true, mode: 'id', value });

/** Video to Audio with fast polling; tests override what they check. */
const videoToAudio = (overrides: INodeParameters = {}): INodeParameters => ({
	resource: 'audio',
	operation: 'videoToAudio',
	video: byUrl(CLIP),
	waitOptions: { pollIntervalSeconds: 1 },
	...overrides,
});

describe('Audio → Video to Audio', () => {
	const sim = useSimulator();
	const run = (parameters: INodeParameters) => runKling({ credentials: credentialsFor(sim()), parameters: videoToAudio(parameters) });

	test('a video by URL: the MP3 in data and the video with its new sound in data_video, read back at /v1/audio/video-to-audio', async () => {
		const result = await run({});
		expect(result.error).toBeUndefined();
		expect(submittedBodies(sim())).toEqual([{ video_url: CLIP, asmr_mode: false, external_task_id: EXTERNAL_ID }]);
		const { json, binary } = result.items[0];
		const { taskId } = json;
		const [submit, poll] = sim().requests;
		expect(`${submit.method} ${submit.path}`).toBe('POST /kling/v1/audio/video-to-audio');
		expect(`${poll.method} ${poll.path}`).toBe(`GET /kling/v1/audio/video-to-audio/${taskId}`);
		expect(json).toMatchObject({
			status: 'succeed',
			audioMp3Url: `${sim().baseUrl}/files/${taskId}.mp3`,
			audioWavUrl: `${sim().baseUrl}/files/${taskId}.wav`,
			videoUrl: `${sim().baseUrl}/files/${taskId}.mp4`,
			videos: [{ id: `${taskId}-v0`, url: `${sim().baseUrl}/files/${taskId}.mp4`, duration: '5' }],
		});
		expect(Object.keys(binary ?? {}).sort()).toEqual(['data', 'data_video']);
		expect(binary?.data).toMatchObject({ mimeType: 'audio/mpeg', fileName: `kling-${taskId}.mp3`, fileExtension: 'mp3' });
		expect(binary?.data_video).toMatchObject({ mimeType: 'video/mp4', fileName: `kling-${taskId}.mp4`, fileExtension: 'mp4' });
		const mp4 = await binaryDataService().getAsBuffer(binary!.data_video);
		expect(mp4.subarray(4, 8).toString('latin1')).toBe('ftyp');
	});

	test('a video by Kling video ID, with every field', async () => {
		const result = await run({
			video: byId(' 8a3f-video-id '),
			soundEffectPrompt: 'Skateboard wheels on concrete',
			bgmPrompt: 'Upbeat punk rock',
			asmrMode: true,
			waitForCompletion: false,
			additionalFields: { callbackUrl: 'https://example.com/hook', externalTaskId: 'v2a-1', additionalBodyFields: '{"new_field": 1}' },
		});
		expect(result.error).toBeUndefined();
		expect(submittedBodies(sim())).toEqual([
			{
				video_id: '8a3f-video-id',
				sound_effect_prompt: 'Skateboard wheels on concrete',
				bgm_prompt: 'Upbeat punk rock',
				asmr_mode: true,
				callback_url: 'https://example.com/hook',
				external_task_id: 'v2a-1',
				new_field: 1,
			},
		]);
	});

	test('the video of a Text to Video task, by its videoId', async () => {
		const made = await runKling({ credentials: credentialsFor(sim()), parameters: textToVideo({ downloadVideo: false, waitOptions: { pollIntervalSeconds: 1 } }) });
		const result = await runKling({
			credentials: credentialsFor(sim()),
			items: made.items,
			parameters: videoToAudio({ video: byId('={{ $json.videoId }}'), includeVideo: false }),
		});
		expect(result.error).toBeUndefined();
		expect((submittedBodies(sim())[1] as { video_id: string }).video_id).toBe(made.items[0].json.videoId);
		expect(Object.keys(result.items[0].binary ?? {})).toEqual(['data']);
	});

	test('Audio Format both and the video: three files side by side on one item', async () => {
		const result = await run({ audioFormat: 'both', binaryPropertyName: 'clip' });
		const { taskId } = result.items[0].json;
		expect(result.items).toHaveLength(1);
		expect(Object.fromEntries(Object.entries(result.items[0].binary ?? {}).map(([name, file]) => [name, [file.mimeType, file.fileName]]))).toEqual({
			clip: ['audio/mpeg', `kling-${taskId}.mp3`],
			clip_wav: ['audio/wav', `kling-${taskId}.wav`],
			clip_video: ['video/mp4', `kling-${taskId}.mp4`],
		});
	});

	describe('rules, checked before anything is sent', () => {
		testRules(sim, (fields) => videoToAudio({ waitForCompletion: false, ...fields }), [
			['a video is required', { video: byUrl('={{ "" }}') }, /Invalid input\. Video: is required/, { video: byUrl(CLIP) }],
			// The field's own check stops a literal ftp:// URL in n8n; one from an expression reaches the schema.
			['a video URL is an http(s) URL', { video: byUrl('={{ "ftp://example.com/a.mp4" }}') }, /Video: must be an http\(s\) URL/, { video: byUrl('http://example.com/a.mp4') }],
			[
				'a video ID or a URL, not both',
				{ additionalFields: { additionalBodyFields: '{"video_id": "abc"}' } },
				/Video: give a video ID or a video URL, not both/,
				{ video: byId('abc') },
			],
			['sound effect prompt at most 200 characters', { soundEffectPrompt: 'a'.repeat(201) }, /Sound Effect Prompt: must be at most 200 characters/, { soundEffectPrompt: 'a'.repeat(200) }],
			['background music prompt at most 200 characters', { bgmPrompt: 'b'.repeat(201) }, /Background Music Prompt: must be at most 200 characters/, { bgmPrompt: 'b'.repeat(200) }],
			[
				'ASMR mode a boolean',
				{ additionalFields: { additionalBodyFields: '{"asmr_mode": "yes"}' } },
				/ASMR Mode: must be true or false/,
				{ asmrMode: true },
			],
		]);
	});
});
