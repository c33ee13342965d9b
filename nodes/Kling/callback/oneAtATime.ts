/** The work under way for each key, so that the next caller starts after it. */
const tails = new Map<string, Promise<unknown>>();

/**
 * Runs `work` after every earlier `work` of the same key (in this process) has
 * ended. The callbacks of one parked batch often arrive together (its tasks end
 * together): one at a time, each reads the batch back after the one before has
 * sent the queued items, instead of all of them sending the same items again.
 */
export async function oneAtATime<T>(key: string, work: () => Promise<T>): Promise<T> {
	const before = tails.get(key) ?? Promise.resolve();
	const mine = before.catch(() => undefined).then(work);
	const tail = mine.catch(() => undefined);
	tails.set(key, tail);
	try {
		return await mine;
	} finally {
		if (tails.get(key) === tail) tails.delete(key);
	}
}
