import { abortableSleep } from '../nodes/Kling/transport/abortableSleep';

// n8n-workflow 1.x's sleep(ms) ignores a second argument: the same here, on demand (its timer
// unref'd, so that the timers a stop leaves running do not hold jest at the end).
let ignoreSignal = false;
jest.mock('n8n-workflow', () => {
	const actual = jest.requireActual('n8n-workflow');
	return {
		...actual,
		sleep: async (ms: number, signal?: AbortSignal) =>
			ignoreSignal ? await new Promise<void>((resolve) => setTimeout(resolve, ms).unref()) : await actual.sleep(ms, signal),
	};
});

const stoppedAfter = async (abortAfterMs: number, sleepMs: number) => {
	const controller = new AbortController();
	const started = Date.now();
	setTimeout(() => controller.abort(new Error('stopped')), abortAfterMs);
	await expect(abortableSleep(sleepMs, controller.signal)).rejects.toThrow('stopped');
	return Date.now() - started;
};

describe.each([
	['n8n-workflow 2.x (sleep honours the signal)', false],
	['n8n-workflow 1.x (sleep ignores the signal)', true],
])('abortableSleep with %s', (_name, ignores) => {
	beforeEach(() => (ignoreSignal = ignores));

	test('a stop during a 5 s wait ends it at once', async () => {
		expect(await stoppedAfter(50, 5_000)).toBeLessThan(1000);
	});

	test('an already stopped execution does not wait at all', async () => {
		const controller = new AbortController();
		controller.abort(new Error('stopped'));
		await expect(abortableSleep(30_000, controller.signal)).rejects.toThrow('stopped');
	});

	test('without a stop it waits the whole time and leaves no listener behind', async () => {
		const controller = new AbortController();
		const add = jest.spyOn(controller.signal, 'addEventListener');
		const remove = jest.spyOn(controller.signal, 'removeEventListener');
		const started = Date.now();
		await abortableSleep(100, controller.signal);
		expect(Date.now() - started).toBeGreaterThanOrEqual(95);
		const ours = add.mock.calls.filter(([type]) => type === 'abort').map(([, listener]) => listener);
		for (const listener of ours) expect(remove.mock.calls.some(([, l]) => l === listener)).toBe(true);
	});

	test('without a signal it is a plain wait', async () => {
		const started = Date.now();
		await abortableSleep(50);
		expect(Date.now() - started).toBeGreaterThanOrEqual(45);
	});
});
