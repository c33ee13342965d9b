import { abortableSleep } from './abortableSleep';

/**
 * Kling's pack types: an account's concurrency is counted per type, for all of
 * its keys together ("Concurrency Rules"); an image task takes one slot per image.
 */
export type PackType = 'video' | 'image' | 'tryOn' | 'audio' | 'general';

/** What Kling proved about the account's concurrency by refusing a submit (1303) stays a hint while our tasks run, and this long after. */
const LEARNED_FOR_MS = 60_000;
/** While items wait for our own tasks to end, the first of them asks Kling this often whether another run's slot came free. */
const PROBE_EVERY_MS = 60_000;

/** One item's hold on the account's capacity, from its submit until its task ends. */
export interface Slot {
	/** Kling accepted the submit: the task holds its slots until it ends. */
	accepted(): void;
	/** The task ended (or was never made): its slots are free again. */
	release(): void;
	/**
	 * Kling refused the submit: the account is full. Frees the slot and returns how
	 * many slots this process's accepted tasks hold on the account (0: other runs fill it).
	 */
	refused(): number;
}

interface Waiter {
	weight: number;
	wake: () => void;
	/** Woken to take its slots (not by a probe or a stop). */
	woken?: boolean;
}

/**
 * This process's view of one account's capacity for one pack type: what it
 * holds (submits under way and tasks not yet ended), and the limit it knows:
 * the one the user stated, or the one Kling's last refusal showed (how many
 * slots this process held when Kling said the account was full). Items over
 * the limit wait here, in order, without sending anything, and are woken as
 * this process's own tasks end; no limit known means every item may try.
 */
class AccountPack {
	stated?: number;

	private learned?: number;

	private learnedAt = 0;

	/** When this process's last running task on the account ended: the "while after" of a learned limit counts from here. */
	private ranUntil = 0;

	/** Slots of submits under way and of accepted tasks not yet ended. */
	private held = 0;

	/** Slots of accepted tasks not yet ended: what Kling counts of ours. */
	private running = 0;

	/**
	 * Slots promised to waiters woken but not yet resumed: counted as held, so
	 * that tasks ending in one tick (a batch read) wake no more than fit.
	 */
	private promised = 0;

	private readonly waiters: Waiter[] = [];

	limit(now = Date.now()): number | undefined {
		// Kept while this process runs tasks on the account (the evidence still holds), and a while after.
		const fresh = this.running > 0 || now - Math.max(this.learnedAt, this.ranUntil) < LEARNED_FOR_MS;
		const learned = this.learned !== undefined && fresh ? this.learned : undefined;
		if (learned === undefined) return this.stated;
		return this.stated === undefined ? learned : Math.min(this.stated, learned);
	}

	/** A task of `weight` may be submitted now: within the limit, or alone (one task always gets its try). */
	private fits(weight: number): boolean {
		const limit = this.limit();
		const used = this.held + this.promised;
		return used === 0 || limit === undefined || used + weight <= limit;
	}

	/**
	 * Waits until the task fits (or, when `probe` is set, until that long has
	 * passed: the caller then tries Kling anyway), then holds its slots.
	 * Throws when `signal` is aborted.
	 */
	async acquire(weight: number, signal: AbortSignal | undefined, probeAfterMs?: number): Promise<Slot> {
		if (!(this.waiters.length === 0 && this.fits(weight))) {
			// Woken: the slots promised to it become held in the same step.
			if (await this.queue(weight, signal, probeAfterMs)) this.promised -= weight;
		}
		this.held += weight;
		let done = false;
		let running = false;
		const free = () => {
			if (done) return;
			done = true;
			this.held -= weight;
			if (running) {
				this.running -= weight;
				// Tasks that end together (a batch read) leave none running for a moment: the limit still holds.
				if (this.running === 0) this.ranUntil = Date.now();
			}
			this.wakeWhoFits();
		};
		return {
			accepted: () => {
				if (running || done) return;
				running = true;
				this.running += weight;
				// Kling took it: the account holds at least this many of ours.
				if (this.learned !== undefined && this.running > this.learned) this.learned = this.running;
			},
			release: free,
			refused: () => {
				free();
				// Kling was full while it ran this many of ours: a limit to keep to, for a while (others' tasks count too).
				if (this.running > 0) {
					this.learned = this.running;
					this.learnedAt = Date.now();
				}
				return this.running;
			},
		};
	}

	/** Waits in line; true when woken to take its slots (false: the probe's time came). */
	private async queue(weight: number, signal: AbortSignal | undefined, probeAfterMs?: number): Promise<boolean> {
		let wake!: () => void;
		const woken = new Promise<void>((resolve) => (wake = resolve));
		const waiter: Waiter = { weight, wake };
		this.waiters.push(waiter);
		const leave = () => {
			const at = this.waiters.indexOf(waiter);
			if (at >= 0) this.waiters.splice(at, 1);
		};
		const stopped = new Promise<never>((_, reject) => {
			if (signal?.aborted) reject(new Error('aborted'));
			signal?.addEventListener('abort', () => reject(new Error('aborted')), { once: true });
		});
		stopped.catch(() => undefined);
		const race: Array<Promise<unknown>> = [woken, stopped];
		// The first in line tries Kling now and then: a slot another run held may have come free.
		const probe = new AbortController();
		if (probeAfterMs !== undefined && this.waiters.length === 1) race.push(abortableSleep(probeAfterMs, probe.signal).catch(() => undefined));
		let resumed = false;
		try {
			await Promise.race(race);
			resumed = true;
		} finally {
			probe.abort();
			leave();
			// Stopped after it was woken: the slots promised to it go to the next in line.
			if (!resumed && waiter.woken) {
				this.promised -= weight;
				this.wakeWhoFits();
			}
		}
		return waiter.woken === true;
	}

	/** Wakes the waiters that fit now, in order (the first that does not fit keeps its place). */
	private wakeWhoFits(): void {
		let planned = this.held + this.promised;
		const limit = this.limit();
		while (this.waiters.length) {
			const next = this.waiters[0];
			if (planned > 0 && limit !== undefined && planned + next.weight > limit) break;
			planned += next.weight;
			this.waiters.shift();
			next.woken = true;
			this.promised += next.weight;
			next.wake();
		}
	}
}

const packs = new Map<string, AccountPack>();

/**
 * The account pack of `account` (a digest of the credential, never the key) and `pack`,
 * shared by every run of the node in this n8n process. `stated`: the user's
 * Account Concurrency for this pack type, when set.
 */
export function accountPack(account: string, pack: PackType, stated?: number): AccountPack {
	const key = `${account}|${pack}`;
	let entry = packs.get(key);
	if (!entry) {
		entry = new AccountPack();
		packs.set(key, entry);
	}
	if (stated !== undefined) entry.stated = stated;
	return entry;
}

export { PROBE_EVERY_MS };
export type { AccountPack };
