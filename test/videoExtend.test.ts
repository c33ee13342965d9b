import type { INodeParameters } from 'n8n-workflow';

import { testRules } from './harness/ruleTable';
import { runKling } from './harness/runKling';
import { credentialsFor, submittedBodies, textToVideo, useSimulator } from './harness/simulatorSuite';

const EXTERNAL_ID = expect.stringMatching(/^n8n-/);
const extend = (overrides: INodeParameters = {}): INodeParameters => ({
	resource: 'video',
	operation: 'videoExtend',
	videoId: '860153214585004098',
	waitForCompletion: false,
	...overrides,
});

describe('Extend', () => {
	const sim = useSimulator();
	const run = (parameters: INodeParameters) => runKling({ credentials: credentialsFor(sim()), parameters: extend(parameters) });

	test('a minimal set of fields: the video ID, nothing empty', async () => {
		const result = await run({ prompt: '', additionalFields: { negativePrompt: '' } });
		expect(result.error).toBeUndefined();
		expect(submittedBodies(sim())).toEqual([{ video_id: '860153214585004098', external_task_id: EXTERNAL_ID }]);
	});

	test('every field, to its own endpoint, read back at the same path', async () => {
		const result = await run({
			prompt: 'The fox jumps over a fallen tree',
			waitForCompletion: true,
			waitOptions: { pollIntervalSeconds: 1 },
			additionalFields: {
				negativePrompt: 'blur',
				cfgScale: 0.8,
				callbackUrl: 'https://example.com/hook',
				externalTaskId: 'extend-1',
				additionalBodyFields: '{"future_field": true}',
			},
		});
		expect(result.error).toBeUndefined();
		expect(submittedBodies(sim())).toEqual([
			{
				video_id: '860153214585004098',
				prompt: 'The fox jumps over a fallen tree',
				negative_prompt: 'blur',
				cfg_scale: 0.8,
				callback_url: 'https://example.com/hook',
				external_task_id: 'extend-1',
				future_field: true,
			},
		]);
		const taskId = result.items[0].json.taskId;
		expect(result.items[0].json).toMatchObject({ status: 'succeed', externalTaskId: 'extend-1', videoId: `${taskId}-v0` });
		expect(result.items[0].binary?.data).toMatchObject({ mimeType: 'video/mp4', fileName: `kling-${taskId}.mp4` });
		const [submit, poll] = sim().requests;
		expect(`${submit.method} ${submit.path}`).toBe('POST /kling/v1/videos/video-extend');
		expect(`${poll.method} ${poll.path}`).toBe(`GET /kling/v1/videos/video-extend/${taskId}`);
	});

	test("Text to Video, then Extend by the first node's videoId; Task → Get reads the extension back", async () => {
		const first = await runKling({ credentials: credentialsFor(sim()), parameters: textToVideo({ downloadVideo: false }) });
		const videoId = String(first.items[0].json.videoId);
		const extended = await runKling({
			credentials: credentialsFor(sim()),
			items: first.items,
			parameters: extend({ videoId: '={{ $json.videoId }}', prompt: 'The fox turns around', waitForCompletion: true, downloadVideo: false, waitOptions: { pollIntervalSeconds: 1 } }),
		});
		expect(extended.error).toBeUndefined();
		expect((submittedBodies(sim())[1] as { video_id: string }).video_id).toBe(videoId);
		const taskId = String(extended.items[0].json.taskId);
		const read = await runKling({
			credentials: credentialsFor(sim()),
			parameters: { resource: 'task', operation: 'get', taskKind: 'video-extend', taskId, waitForCompletion: false },
		});
		expect(read.items[0].json).toMatchObject({ taskId, status: 'succeed' });
		expect(sim().requests.at(-1)?.path).toBe(`/kling/v1/videos/video-extend/${taskId}`);
	});

	test("the host's refusal of a video it does not know names it", async () => {
		const result = await run({ videoId: '1234-v0' });
		expect(result.error?.message).toMatch(/Kling API error 1201 on the submit/);
		expect(JSON.stringify(result.error)).toContain('video_id 1234-v0 is not a finished video');
	});

	describe('rules', () => {
		testRules(sim, extend, [
			['a video ID', { videoId: '={{ "  " }}' }, /Video ID: is required/, { videoId: '860153214585004098' }],
			['a prompt of at most 2500 characters', { prompt: 'a'.repeat(2501) }, /Prompt: must be at most 2500 characters/, { prompt: 'a'.repeat(2500) }],
			[
				'a negative prompt of at most 2500 characters',
				{ additionalFields: { negativePrompt: 'n'.repeat(2501) } },
				/Negative Prompt: must be at most 2500 characters/,
				{ additionalFields: { negativePrompt: 'n'.repeat(2500) } },
			],
			['CFG scale from 0 to 1', { additionalFields: { cfgScale: 1.2 } }, /CFG Scale: must be between 0 and 1/, { additionalFields: { cfgScale: 0 } }],
			[
				'an http(s) callback URL',
				{ additionalFields: { callbackUrl: 'ftp://example.com' } },
				/Callback URL: must be an http\(s\) URL/,
				{ additionalFields: { callbackUrl: 'http://example.com/h' } },
			],
		]);
	});
});
