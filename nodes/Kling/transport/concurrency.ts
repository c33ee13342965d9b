/**
 * Caps how many tasks of one node run are in flight at once. n8n's routing
 * starts every item together; each item takes a slot before it submits and
 * gives it back when its task is done (or has failed), so a batch of 50
 * prompts never holds more Kling concurrency than the user allows.
 */
class Slots {
	private active = 0;

	private readonly waiting: Array<() => void> = [];

	constructor(private readonly limit: number) {}

	async acquire(): Promise<void> {
		if (this.active < this.limit) {
			this.active++;
			return;
		}
		await new Promise<void>((resolve) => this.waiting.push(resolve));
	}

	/** Hands the slot straight to the next waiter, if any. */
	release(): void {
		const next = this.waiting.shift();
		if (next) next();
		else this.active--;
	}

	get idle(): boolean {
		return this.active === 0 && this.waiting.length === 0;
	}
}

const runs = new Map<string, Slots>();

/** Runs `work` once a slot of the run `key` is free. */
export async function withSlot<T>(key: string, limit: number, work: () => Promise<T>): Promise<T> {
	let slots = runs.get(key);
	if (!slots) {
		slots = new Slots(Math.max(1, Math.floor(limit)));
		runs.set(key, slots);
	}
	await slots.acquire();
	try {
		return await work();
	} finally {
		slots.release();
		if (slots.idle) runs.delete(key);
	}
}
