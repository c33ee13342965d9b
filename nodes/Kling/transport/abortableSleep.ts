import { sleep } from 'n8n-workflow';

const reasonOf = (signal: AbortSignal): Error =>
	signal.reason instanceof Error ? signal.reason : new Error('The execution was stopped');

/**
 * Waits `ms`, or rejects at once when `signal` aborts, on every n8n line.
 * n8n-workflow 2.x's `sleep(ms, signal)` honours the signal; 1.x's ignores it
 * and would hold a stopped execution until its timer ran out. Racing it
 * against the signal's abort event returns at once on both (on 1.x the
 * library's timer runs on, holding nothing but itself).
 */
export async function abortableSleep(ms: number, signal?: AbortSignal): Promise<void> {
	if (!signal) return await sleep(ms);
	if (signal.aborted) throw reasonOf(signal);
	let onAbort = () => {};
	const aborted = new Promise<never>((_resolve, reject) => {
		onAbort = () => reject(reasonOf(signal));
		signal.addEventListener('abort', onAbort, { once: true });
	});
	try {
		await Promise.race([sleep(ms, signal), aborted]);
	} finally {
		signal.removeEventListener('abort', onAbort);
	}
}
