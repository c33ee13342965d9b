// A status sampler for the queue-mode tests: how many executions are running,
// waiting, queued (new) or ended over time, and each execution's status changes.
import { ended } from './queue-executions.mjs';

/**
 * Every `intervalMs`, reads every execution's status. Returns { t0, samples,
 * history, endedAt, stop(), max(status), timeline(), path(id, since) }:
 * samples are { t, running, waiting, counts } with t in ms since t0; history
 * maps an execution id to its status changes [{ t, status }]; endedAt maps an
 * id to the first t it was seen ended. stop() takes one last sample.
 */
export function sampleStatuses(store, { intervalMs = 500 } = {}) {
	const t0 = Date.now();
	const samples = [];
	const history = new Map();
	const endedAt = new Map();
	let timer;
	let inFlight = Promise.resolve();
	let running = true;
	const tick = async () => {
		try {
			const rows = await store.list();
			const t = Date.now() - t0;
			const counts = {};
			for (const row of rows) {
				counts[row.status] = (counts[row.status] ?? 0) + 1;
				const changes = history.get(row.id) ?? history.set(row.id, []).get(row.id);
				if (changes.at(-1)?.status !== row.status) changes.push({ t, status: row.status });
				if (ended(row) && !endedAt.has(row.id)) endedAt.set(row.id, t);
			}
			samples.push({ t, running: counts.running ?? 0, waiting: counts.waiting ?? 0, counts });
		} catch {
			// a sample lost to a busy database is not worth failing a test for
		}
	};
	const loop = () => {
		inFlight = tick().then(() => {
			if (running) timer = setTimeout(loop, intervalMs);
		});
	};
	loop();
	return {
		t0,
		samples,
		history,
		endedAt,
		async stop() {
			running = false;
			clearTimeout(timer);
			await inFlight;
			await tick();
			return samples;
		},
		max: (status) => Math.max(0, ...samples.map((s) => s.counts[status] ?? 0)),
		/** One line per change of the counts: "  12.5s new=2 running=2", t from `since` (default t0). */
		timeline(since = t0) {
			let previous = '';
			const lines = [];
			for (const s of samples) {
				const text = Object.entries(s.counts).sort().map(([k, v]) => `${k}=${v}`).join(' ');
				if (text !== previous) lines.push(`${((s.t + t0 - since) / 1000).toFixed(1).padStart(6)}s ${text}`);
				previous = text;
			}
			return lines.join('\n');
		},
		/** An execution's status changes as "running 0.5s -> crashed 10.3s", t from `since` (default t0). */
		path: (id, since = t0) =>
			(history.get(Number(id)) ?? []).map(({ t, status }) => `${status} ${((t + t0 - since) / 1000).toFixed(1)}s`).join(' -> '),
	};
}
