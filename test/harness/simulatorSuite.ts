import type { INodeParameters } from 'n8n-workflow';

import type { KlingSimulator, SimulatorOptions } from '../simulator';
import { startKlingSimulator } from '../simulator';

/** Starts one simulator for a test file and resets it before each test. */
export function useSimulator(options: SimulatorOptions = {}): () => KlingSimulator {
	let sim: KlingSimulator | undefined;
	beforeAll(async () => {
		sim = await startKlingSimulator({ taskDurationMs: 1200, ...options });
	});
	beforeEach(() => sim?.reset());
	afterAll(async () => sim?.close());
	return () => {
		if (!sim) throw new Error('simulator not started');
		return sim;
	};
}

/** The credential for a simulator, with the path prefix that picks the API shape. */
export const credentialsFor = (sim: KlingSimulator, prefix = '/kling') => ({
	baseUrl: `${sim.baseUrl}${prefix}`,
	apiKey: sim.apiKey,
});

/** Text to Video parameters with fast polling; tests override what they check. */
export const textToVideo = (overrides: INodeParameters = {}): INodeParameters => ({
	resource: 'video',
	operation: 'textToVideo',
	model: 'kling-v2-6',
	prompt: 'A red fox runs through fresh snow at sunrise',
	waitOptions: { pollIntervalSeconds: 1 },
	...overrides,
});

/** The POST bodies the simulator received, in order. */
export const submittedBodies = (sim: KlingSimulator) =>
	sim.requests.filter((request) => request.method === 'POST').map((request) => request.body);
