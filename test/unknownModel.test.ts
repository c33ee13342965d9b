import { runKling } from './harness/runKling';
import { credentialsFor, submittedBodies, textToVideo, useSimulator } from './harness/simulatorSuite';

/** A model Kling shipped after this release: the node's tables do not know it. */
const NEW_MODEL = 'kling-v4';

describe('a model the node does not know yet', () => {
	describe('served by the host (the simulator knows it)', () => {
		const sim = useSimulator({ newModels: { text2video: [NEW_MODEL] } });

		test('is sent as given, with the checks every model gets, and the output says its model rules were not checked', async () => {
			const result = await runKling({
				credentials: credentialsFor(sim()),
				parameters: textToVideo({ model: NEW_MODEL, prompt: 'A lighthouse at dusk', waitOptions: { pollIntervalSeconds: 1 }, downloadVideo: false }),
			});
			expect(result.error).toBeUndefined();
			expect(submittedBodies(sim())[0]).toMatchObject({ model_name: NEW_MODEL, prompt: 'A lighthouse at dusk' });
			// No default mode is made up for it: Mode left at "Model's Default" sends none.
			expect(submittedBodies(sim())[0]).not.toHaveProperty('mode');
			expect(result.items[0].json).toMatchObject({ status: 'succeed' });
			expect(String(result.items[0].json.modelNotice)).toMatch(/Model "kling-v4" is not in this node's model table/);
		});

		test('the checks every model gets still hold (prompt length)', async () => {
			const result = await runKling({
				credentials: credentialsFor(sim()),
				parameters: textToVideo({ model: NEW_MODEL, prompt: 'a'.repeat(2501), waitForCompletion: false }),
			});
			expect(result.error?.message).toMatch(/Prompt: must be at most 2500 characters/);
			expect(submittedBodies(sim())).toEqual([]);
		});

		test('a known model keeps every check and carries no notice', async () => {
			const refused = await runKling({
				credentials: credentialsFor(sim()),
				parameters: textToVideo({ model: 'kling-v2-1', waitForCompletion: false }),
			});
			expect(refused.error?.message).toMatch(/Model: "kling-v2-1" is not a model for this operation/);
			const known = await runKling({ credentials: credentialsFor(sim()), parameters: textToVideo({ model: 'kling-v3', waitForCompletion: false }) });
			expect(known.items[0].json).not.toHaveProperty('modelNotice');
		});
	});

	describe('not served by the host', () => {
		const sim = useSimulator();

		test("Kling's refusal reaches the user in plain words, and nothing is sent again", async () => {
			const result = await runKling({
				credentials: credentialsFor(sim()),
				parameters: textToVideo({ model: 'kling-v9', waitForCompletion: false }),
			});
			expect(result.error?.message).toMatch(/model_name kling-v9 is not supported/);
			expect(result.error?.description).toMatch(/This node does not know model "kling-v9" and sent it as given; the host refused the request \(nothing was charged\)/);
			expect(submittedBodies(sim())).toHaveLength(1);
		});
	});
});
