import { abortableSleep } from './abortableSleep';

/** When the last call of each key was (or is due) to be sent. */
const lastCall = new Map<string, number>();

/**
 * Waits until `gapMs` after the previous call with the same key, for
 * endpoints with a documented rate limit (the account's costs: QPS ≤ 1).
 * The slot is taken before waiting, so calls keep their order. Throttled
 * answers are retried anyway (retryPolicy.ts); this keeps a run of several
 * items from being throttled at all.
 */
export async function spaceCalls(key: string, gapMs: number, signal?: AbortSignal): Promise<void> {
	const now = Date.now();
	for (const [other, at] of lastCall) if (now - at > 60_000) lastCall.delete(other);
	const due = Math.max(now, (lastCall.get(key) ?? -Infinity) + gapMs);
	lastCall.set(key, due);
	if (due > now) await abortableSleep(due - now, signal);
}
