import type { INodeParameters } from 'n8n-workflow';

import { testRules } from './harness/ruleTable';
import { runKling } from './harness/runKling';
import { credentialsFor, submittedBodies, useSimulator } from './harness/simulatorSuite';

const ref = (n: number) => ({ image: `https://example.com/ref${n}.jpg` });
const multi = (overrides: INodeParameters = {}): INodeParameters => ({
	resource: 'video',
	operation: 'multiImageToVideo',
	model: 'kling-v1-6',
	referenceImages: { image: [ref(1), ref(2)] },
	prompt: 'The two characters meet in a cafe',
	waitForCompletion: false,
	...overrides,
});

describe('Multi-Image to Video', () => {
	const sim = useSimulator();
	const run = (parameters: INodeParameters) =>
		runKling({ credentials: credentialsFor(sim()), parameters: multi(parameters) });

	test('a minimal set of fields', async () => {
		expect((await run({})).error).toBeUndefined();
		expect(submittedBodies(sim())).toEqual([
			{
				model_name: 'kling-v1-6',
				image_list: [ref(1), ref(2)].map(({ image }) => ({ image })),
				prompt: 'The two characters meet in a cafe',
				mode: 'std',
				aspect_ratio: '16:9',
				duration: '5',
				external_task_id: expect.stringMatching(/^n8n-/),
			},
		]);
	});

	test('every field, to its own endpoint, read back at the same path', async () => {
		const result = await runKling({
			credentials: credentialsFor(sim()),
			parameters: multi({
				model: 'kling-v2-1',
				referenceImages: { image: [ref(1), ref(2), ref(3), ref(4)] },
				mode: 'pro',
				aspectRatio: '9:16',
				duration: '10',
				waitForCompletion: true,
				downloadVideo: false,
				waitOptions: { pollIntervalSeconds: 1 },
				additionalFields: {
					negativePrompt: 'text',
					watermark: true,
					callbackUrl: 'https://example.com/h',
					externalTaskId: 'multi-1',
				},
			}),
		});
		expect(result.items[0].json).toMatchObject({ status: 'succeed', externalTaskId: 'multi-1' });
		expect(submittedBodies(sim())[0]).toEqual({
			model_name: 'kling-v2-1',
			image_list: [1, 2, 3, 4].map((n) => ref(n)),
			prompt: 'The two characters meet in a cafe',
			mode: 'pro',
			aspect_ratio: '9:16',
			duration: '10',
			negative_prompt: 'text',
			watermark_info: { enabled: true },
			callback_url: 'https://example.com/h',
			external_task_id: 'multi-1',
		});
		const [submit, poll] = sim().requests;
		expect(`${submit.method} ${submit.path}`).toBe('POST /kling/v1/videos/multi-image2video');
		expect(`${poll.method} ${poll.path}`).toBe(`GET /kling/v1/videos/multi-image2video/${result.items[0].json.taskId}`);
	});

	describe('rules', () => {
		testRules(sim, multi, [
			// The field itself stops at 4 (n8n enforces it); a 5th can still come in through the extra JSON.
			[
				'at most 4 images',
				{ additionalFields: { additionalBodyFields: JSON.stringify({ image_list: [1, 2, 3, 4, 5].map(ref) }) } },
				/^Invalid input\. Reference Images: allows at most 4 images/,
				{ additionalFields: { additionalBodyFields: JSON.stringify({ image_list: [1, 2, 3, 4].map(ref) }) } },
			],
			[
				'at least 1 image',
				{ referenceImages: { image: [{ image: '={{ "" }}' }] } },
				/^Invalid input\. Reference Images: needs 1 to 4 images/,
				{ referenceImages: { image: [ref(1)] } },
			],
			[
				'a prompt of only spaces and line breaks',
				{ prompt: '  \n\n  ' },
				/^Invalid input\. Prompt: is required/,
				{ prompt: ' A cafe ' },
			],
			[
				'a model that takes several images',
				{ model: 'kling-v2-6' },
				/Model: "kling-v2-6" is not a model for this operation/,
				{ model: 'kling-v2-master' },
			],
		]);
	});
});
