import { abortableSleep } from './abortableSleep';

/** Per key: when the previous call ends (its answer or its failure), as a promise of the time. */
const previousEnd = new Map<string, { ended: Promise<number>; endedAt?: number }>();

/**
 * Runs `call` no sooner than `gapMs` after the previous call with the same key
 * was answered, for endpoints with a documented rate limit (the account's
 * costs: QPS ≤ 1). Counting from the previous answer, not from its sending,
 * keeps the gap as the host sees it: the previous request had arrived before
 * its answer came back, so network or event-loop delays can only widen the
 * gap, never shrink it. Calls keep their order. Throttled answers are retried
 * anyway (retryPolicy.ts); this keeps a run of several items from being
 * throttled at all.
 */
export async function spacedCall<T>(key: string, gapMs: number, signal: AbortSignal | undefined, call: () => Promise<T>): Promise<T> {
	const now = Date.now();
	for (const [other, entry] of previousEnd) if (entry.endedAt !== undefined && now - entry.endedAt > 60_000) previousEnd.delete(other);
	const previous = previousEnd.get(key);
	let release: (at: number) => void = () => {};
	const mine: { ended: Promise<number>; endedAt?: number } = { ended: new Promise<number>((resolve) => (release = resolve)) };
	previousEnd.set(key, mine);
	try {
		if (previous) {
			const wait = (await previous.ended) + gapMs - Date.now();
			if (wait > 0) await abortableSleep(wait, signal);
		}
		return await call();
	} finally {
		mine.endedAt = Date.now();
		release(mine.endedAt);
	}
}
