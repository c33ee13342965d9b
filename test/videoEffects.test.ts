import type { INodeParameters } from 'n8n-workflow';

import { itemWithImage, JPEG_BASE64, PNG_BASE64 } from './harness/images';
import { callListSearch } from './harness/listSearch';
import { testRules } from './harness/ruleTable';
import { runKling } from './harness/runKling';
import { credentialsFor, submittedBodies, useSimulator } from './harness/simulatorSuite';

const EXTERNAL_ID = expect.stringMatching(/^n8n-/);
const LEFT = 'https://example.com/left.jpg';
const RIGHT = 'https://example.com/right.jpg';
const images = (...list: string[]) => ({ image: list.map((image) => ({ image })) });
const effects = (overrides: INodeParameters = {}): INodeParameters => ({
	resource: 'video',
	operation: 'videoEffects',
	effectScene: 'bloombloom',
	effectImages: images(LEFT),
	waitForCompletion: false,
	...overrides,
});
const twoPerson = (overrides: INodeParameters = {}) => effects({ effectScene: 'hug', effectImages: images(LEFT, RIGHT), ...overrides });

describe('Effects', () => {
	const sim = useSimulator();
	const run = (parameters: INodeParameters, items?: Parameters<typeof runKling>[0]['items']) =>
		runKling({ credentials: credentialsFor(sim()), parameters: effects(parameters), items });

	test('a one-image scene: the image in input.image, 5 seconds', async () => {
		expect((await run({})).error).toBeUndefined();
		expect(submittedBodies(sim())).toEqual([{ effect_scene: 'bloombloom', input: { image: LEFT, duration: '5' }, external_task_id: EXTERNAL_ID }]);
	});

	test('a two-person scene with every field: two images in input.images (left, right), model, mode, 10 seconds; its own endpoint', async () => {
		const result = await run(
			twoPerson({
				effectScene: 'fight',
				effectDuration: '10',
				waitForCompletion: true,
				waitOptions: { pollIntervalSeconds: 1 },
				additionalFields: {
					effectModel: 'kling-v1-6',
					effectMode: 'pro',
					callbackUrl: 'https://example.com/hook',
					externalTaskId: 'fx-1',
					additionalBodyFields: '{"input": {"future_field": 2}}',
				},
			}),
		);
		expect(result.error).toBeUndefined();
		expect(submittedBodies(sim())).toEqual([
			{
				effect_scene: 'fight',
				input: { images: [LEFT, RIGHT], duration: '10', model_name: 'kling-v1-6', mode: 'pro', future_field: 2 },
				callback_url: 'https://example.com/hook',
				external_task_id: 'fx-1',
			},
		]);
		const taskId = result.items[0].json.taskId;
		expect(result.items[0].json).toMatchObject({ status: 'succeed', externalTaskId: 'fx-1', videoDuration: '10' });
		expect(result.items[0].binary?.data).toMatchObject({ mimeType: 'video/mp4', fileName: `kling-${taskId}.mp4` });
		const [submit, poll] = sim().requests;
		expect(`${submit.method} ${submit.path}`).toBe('POST /kling/v1/videos/effects');
		expect(`${poll.method} ${poll.path}`).toBe(`GET /kling/v1/videos/effects/${taskId}`);
		const read = await runKling({
			credentials: credentialsFor(sim()),
			parameters: { resource: 'task', operation: 'get', taskKind: 'effects', taskId: 'fx-1', waitForCompletion: false },
		});
		expect(read.items[0].json).toMatchObject({ taskId, status: 'succeed' });
	});

	test('images from binary properties of the input item and from Base64', async () => {
		const item = itemWithImage('left', JPEG_BASE64);
		item.binary!.right = itemWithImage('right', PNG_BASE64).binary!.right;
		await run(twoPerson({ effectImages: images('left', 'right') }), [item]);
		await run({ effectImages: images(`data:image/png;base64,${PNG_BASE64}`) });
		const [two, one] = submittedBodies(sim()) as Array<{ input: { image?: string; images?: string[] } }>;
		expect(two.input.images).toEqual([JPEG_BASE64, PNG_BASE64]);
		expect(one.input.image).toBe(PNG_BASE64);
	});

	test('any scene name passes (Kling keeps adding scenes); a new scene with two images is sent as two', async () => {
		expect((await run({ effectScene: 'some_new_duo', effectImages: images(LEFT, RIGHT), effectDuration: '10' })).error).toBeUndefined();
		expect(submittedBodies(sim())[0]).toMatchObject({ effect_scene: 'some_new_duo', input: { images: [LEFT, RIGHT], duration: '10' } });
	});

	test('a scene picked From List is sent as its name (a two-image scene: two images)', async () => {
		const result = await run({ effectScene: { __rl: true, mode: 'list', value: 'hug_pro' }, effectImages: images(LEFT, RIGHT) });
		expect(result.error).toBeUndefined();
		expect(submittedBodies(sim())).toEqual([{ effect_scene: 'hug_pro', input: { images: [LEFT, RIGHT], duration: '5' }, external_task_id: EXTERNAL_ID }]);
	});

	test('By Name: a scene the list does not hold is sent as typed, without surrounding spaces; so is a saved workflow\'s plain text, a withdrawn scene too', async () => {
		expect((await run({ effectScene: { __rl: true, mode: 'name', value: ' some_scene_from_next_week ' } })).error).toBeUndefined();
		expect((await run({ effectScene: 'kiss', effectImages: images(LEFT, RIGHT) })).error).toBeUndefined();
		expect(submittedBodies(sim()).map((body) => (body as { effect_scene: string }).effect_scene)).toEqual(['some_scene_from_next_week', 'kiss']);
	});

	test('the list: Kling\'s documented scenes, newest first, two-image scenes marked, withdrawn ones never offered; the search filters (spaces match _)', async () => {
		const list = (filter?: string) =>
			callListSearch({ method: 'searchEffectScenes', parameters: effects(), credentials: credentialsFor(sim()), filter, path: 'parameters.effectScene' });
		const { results } = await list();
		expect(results.slice(0, 3)).toEqual([
			{ name: 'net_the_fish', value: 'net_the_fish' },
			{ name: 'birthday_board', value: 'birthday_board' },
			{ name: 'summer_fireworks', value: 'summer_fireworks' },
		]);
		// 219 documented (Kling's Video Effects page), magic_match_tree withdrawn on 07/03/2026.
		expect(results).toHaveLength(218);
		const values = results.map((result) => result.value);
		for (const withdrawn of ['kiss', 'fight', 'hug', 'thumbs_up', 'tiger_hug', 'pet_lion', '3d_cartoon_1', 'magic_match_tree']) expect(values).not.toContain(withdrawn);
		expect(results.filter((result) => String(result.name).endsWith('(two images)'))).toHaveLength(15);
		expect((await list('HUG pro')).results).toEqual([
			{ name: 'hug_pro (two images)', value: 'hug_pro' },
			{ name: 'tiger_hug_pro', value: 'tiger_hug_pro' },
		]);
		expect(sim().requests).toHaveLength(0);
	});

	describe('rules', () => {
		testRules(sim, effects, [
			// Kling's Video Effects page: a dual-image scene's input.images "Array length must be 2".
			['two images for a two-image scene', { effectScene: { __rl: true, mode: 'list', value: 'heart_gesture_pro' } }, /^Invalid input\. Images: the scene "heart_gesture_pro" takes two images \(left, then right\)/, { effectScene: { __rl: true, mode: 'list', value: 'heart_gesture_pro' }, effectImages: images(LEFT, RIGHT) }],
			['a scene, typed or from an expression', { effectScene: { __rl: true, mode: 'name', value: '={{ "  " }}' } }, /Effect Scene: is required/, { effectScene: { __rl: true, mode: 'name', value: 'squish' } }],
			['a scene', { effectScene: '={{ " " }}' }, /Effect Scene: is required/, { effectScene: 'squish' }],
			['an image', { effectImages: images('={{ "" }}') }, /Images: needs an image/, { effectImages: images(LEFT) }],
			['two images for a two-person scene', { effectScene: 'kiss' }, /Images: the scene "kiss" takes two images \(left, then right\)/, { effectScene: 'kiss', effectImages: images(LEFT, RIGHT) }],
			['5 seconds for a one-image scene', { effectDuration: '10' }, /Duration: must be 5 seconds for a one-image scene/, { effectDuration: '5' }],
			[
				'kling-v1-6 for "fight"',
				{ effectScene: 'fight', effectImages: images(LEFT, RIGHT), additionalFields: { effectModel: 'kling-v1-5' } },
				/Model: the scene "fight" is only rendered by kling-v1-6 \(not kling-v1-5\)/,
				{ effectScene: 'fight', effectImages: images(LEFT, RIGHT), additionalFields: { effectModel: 'kling-v1-6' } },
			],
			[
				'a model of the effects',
				{ effectScene: 'hug', effectImages: images(LEFT, RIGHT), additionalFields: { effectModel: '={{ "kling-v2-6" }}' } },
				/Model: "kling-v2-6" is not a model for this operation; use one of kling-v1, kling-v1-5, kling-v1-6/,
				{ effectScene: 'hug', effectImages: images(LEFT, RIGHT), additionalFields: { effectModel: 'kling-v1-5' } },
			],
			[
				'a JPG or PNG image, named by its place',
				{ effectScene: 'hug', effectImages: images(LEFT, 'R0lGODlhAQABAAAAACw=') },
				/Images #2: the image must be a JPG or PNG/,
				{ effectScene: 'hug', effectImages: images(LEFT, PNG_BASE64) },
			],
		]);
	});
});

describe("the simulator's effects refuse what Kling documents as invalid", () => {
	const sim = useSimulator();

	test('a dual-image scene with one image is refused (Kling: input.images "Array length must be 2"); with two it is taken', async () => {
		const post = async (input: Record<string, unknown>) =>
			await fetch(`${sim().baseUrl}/kling/v1/videos/effects`, {
				method: 'POST',
				headers: { authorization: `Bearer ${sim().apiKey}`, 'content-type': 'application/json' },
				body: JSON.stringify({ effect_scene: 'kiss_pro', input }),
			});
		const one = await post({ image: LEFT });
		expect(one.status).toBe(400);
		expect(await one.json()).toMatchObject({ code: 1201, message: expect.stringMatching(/input\.images needs 2 images/) });
		const two = await post({ images: [LEFT, RIGHT] });
		expect(await two.json()).toMatchObject({ code: 0 });
	});
});
