// n8n in queue mode, for real: PostgreSQL, Redis, `n8n start` (main),
// `n8n worker` and optionally `n8n webhook`, all on free ports in one temp
// folder, sharing one user folder with the packed package installed as the
// Community Nodes installer does. startQueueCluster() returns the handles the
// queue-mode tests need (import, activate, trigger, read executions, kill and
// start workers, stop).
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { ensureN8n, log, makeUserFolder, n8nEnv, packPackage, removeUserFolder, runN8n } from './env.mjs';
import { ended, executionStore } from './queue-executions.mjs';
import { freePort, httpOk, killProcess, sleep, startLogged, stopProcess, tail, waitFor } from './queue-process.mjs';
import { sampleStatuses } from './queue-sampler.mjs';
import { startPostgres, startRedis } from './queue-services.mjs';

const OWNER = { email: 'owner@example.com', firstName: 'Kling', lastName: 'Queue', password: 'Passw0rd-Kling!' };
// n8n binds its auth cookie to this header's value when present; one constant value for every call.
const BROWSER_ID = 'kling-queue-harness';
const READY_MS = 180_000;

/** The klingApi credential (as `n8n import:credentials` reads it) for a simulator from test/simulator. */
export const simulatorCredential = (sim, id = 'klingQueueSim', name = 'Kling simulator') => ({
	id,
	name,
	type: 'klingApi',
	data: { baseUrl: `${sim.baseUrl}/kling`, apiKey: sim.apiKey },
});

/**
 * Starts the cluster. Options: `concurrency` (worker jobs at once, default 2),
 * `simulator` (a started Kling simulator: its credential is imported as id
 * `klingQueueSim`), `webhookProcess` (also run `n8n webhook` and send webhooks
 * there), `logLevel` (default 'warn'), `env` (extra variables for every n8n process).
 */
export async function startQueueCluster({ concurrency = 2, simulator, webhookProcess = false, logLevel = 'warn', env: extraEnv = {} } = {}) {
	const startedAt = Date.now();
	const bin = ensureN8n();
	const dir = mkdtempSync(join(tmpdir(), 'kling-queue-'));
	chmodSync(dir, 0o755); // PostgreSQL runs as `postgres` and must reach its folder inside
	const logs = join(dir, 'logs');
	mkdirSync(logs);
	const processes = { main: undefined, webhook: undefined, workers: [] };
	const all = () => [...processes.workers, processes.webhook, processes.main].filter(Boolean);
	let pg, redis, user, stopped;

	const stop = async ({ keep = false } = {}) => {
		if (stopped) return stopped;
		stopped = (async () => {
			process.off('SIGINT', onSignal).off('SIGTERM', onSignal);
			await Promise.all(all().map((proc) => stopProcess(proc, { graceMs: 5000 })));
			await redis?.stop();
			await pg?.stop();
			if (keep) return log(`queue cluster kept: ${dir} (logs in ${logs}), user folder ${user?.folder}`);
			if (user) removeUserFolder(user.folder);
			rmSync(dir, { recursive: true, force: true });
		})();
		return stopped;
	};
	const onSignal = (signal) => {
		log(`${signal}: stopping the queue cluster`);
		void stop().finally(() => process.exit(130));
	};
	process.on('SIGINT', onSignal).on('SIGTERM', onSignal);

	/** Tails of every log, for failure reports. */
	const logTails = (lines = 30) =>
		[...all(), pg?.process, redis?.process]
			.filter(Boolean)
			.map((proc) => `--- ${proc.name} (${proc.log}) ---\n${tail(proc.log, lines)}`)
			.join('\n');

	try {
		log('queue mode: building and packing the package, installing it into a fresh user folder');
		user = makeUserFolder(packPackage());
		[pg, redis] = await Promise.all([startPostgres(join(dir, 'pg')), startRedis(join(dir, 'redis'))]);
		const store = executionStore(pg, bin);
		const mainPort = await freePort();
		const webhookPort = webhookProcess ? await freePort() : mainPort;
		const baseUrl = `http://127.0.0.1:${mainPort}`;
		const webhookUrl = `http://127.0.0.1:${webhookPort}/`;

		/** The environment of one n8n process (each call: its own task broker port). */
		const envFor = (extra = {}) => {
			const env = {
				...n8nEnv(user.folder, user.outputDir),
				EXECUTIONS_MODE: 'queue',
				DB_TYPE: 'postgresdb',
				DB_POSTGRESDB_HOST: '127.0.0.1',
				DB_POSTGRESDB_PORT: String(pg.port),
				DB_POSTGRESDB_DATABASE: pg.database,
				DB_POSTGRESDB_USER: pg.user,
				DB_POSTGRESDB_PASSWORD: '',
				QUEUE_BULL_REDIS_HOST: '127.0.0.1',
				QUEUE_BULL_REDIS_PORT: String(redis.port),
				WEBHOOK_URL: webhookUrl,
				N8N_HOST: '127.0.0.1',
				N8N_LISTEN_ADDRESS: '127.0.0.1',
				N8N_SECURE_COOKIE: 'false',
				N8N_LOG_LEVEL: logLevel,
				...extraEnv,
				...extra,
			};
			// The point is to test queue mode's own default (`database`), whatever the caller's shell says.
			delete env.N8N_DEFAULT_BINARY_DATA_MODE;
			return env;
		};

		log(`queue mode: starting n8n main on ${baseUrl} (PostgreSQL :${pg.port}, Redis :${redis.port})`);
		processes.main = startLogged('main', bin, ['start'], { env: envFor({ N8N_PORT: String(mainPort) }), log: join(logs, 'main.log') });
		// /healthz answers before the REST API is mounted; /rest/settings means it is.
		await waitFor('n8n main /healthz', () => httpOk(`${baseUrl}/healthz`), { timeoutMs: READY_MS, proc: processes.main });
		await waitFor('n8n main /rest/settings', () => httpOk(`${baseUrl}/rest/settings`), { timeoutMs: READY_MS, proc: processes.main });
		const cookie = await setupOwner(baseUrl);

		const rest = async (method, path, body) => {
			const response = await fetch(`${baseUrl}/rest${path}`, {
				method,
				headers: { cookie, 'browser-id': BROWSER_ID, ...(body ? { 'content-type': 'application/json' } : {}) },
				body: body ? JSON.stringify(body) : undefined,
			});
			const text = await response.text();
			if (!response.ok) throw new Error(`${method} /rest${path}: HTTP ${response.status} ${text.slice(0, 500)}`);
			return JSON.parse(text).data;
		};

		let workerCount = 0;
		/**
		 * Starts one more `n8n worker` and waits until its readiness endpoint says it
		 * takes jobs. Workers of one user folder share one event log
		 * (~/.n8n/n8nEventLog-worker.log), from which a starting worker marks the
		 * executions a dead one left unfinished as crashed, as a worker restarted on
		 * the same disk would. `ownEventLog: true` gives it a log of its own instead,
		 * as a replacement worker on a fresh disk (a new container) would have.
		 */
		const startWorker = async ({ ownEventLog = false } = {}) => {
			const healthPort = await freePort();
			const name = `worker-${++workerCount}`;
			const worker = startLogged(name, bin, ['worker', `--concurrency=${concurrency}`], {
				env: envFor({
					QUEUE_HEALTH_CHECK_ACTIVE: 'true',
					QUEUE_HEALTH_CHECK_PORT: String(healthPort),
					N8N_WORKER_SERVER_ADDRESS: '127.0.0.1',
					...(ownEventLog ? { N8N_EVENTBUS_LOGWRITER_LOGFULLPATH: join(logs, `${name}-events.log`) } : {}),
				}),
				log: join(logs, `${name}.log`),
			});
			processes.workers.push(worker);
			// /healthz/readiness: database connected and migrated, Redis connected, job processing set up.
			await waitFor(`${name} readiness`, () => httpOk(`http://127.0.0.1:${healthPort}/healthz/readiness`), { timeoutMs: READY_MS, proc: worker });
			return worker;
		};

		const cli = async (args) => {
			const { code, out } = await runN8n(bin, args, envFor());
			if (code !== 0) throw new Error(`n8n ${args[0]} failed:\n${out.slice(-3000)}`);
			return out;
		};
		/** Writes `list` to a file in the user folder, runs `n8n <command> --input=<file>`, removes the file. */
		const importJson = async (command, list) => {
			const importDir = mkdtempSync(join(user.folder, 'import-'));
			try {
				writeFileSync(join(importDir, 'input.json'), JSON.stringify(list));
				await cli([command, `--input=${join(importDir, 'input.json')}`]);
			} finally {
				rmSync(importDir, { recursive: true, force: true }); // credentials hold API keys in clear
			}
		};

		const startingWorker = startWorker();
		if (webhookProcess) {
			processes.webhook = startLogged('webhook', bin, ['webhook'], { env: envFor({ N8N_PORT: String(webhookPort) }), log: join(logs, 'webhook.log') });
		}
		if (simulator) await importJson('import:credentials', [simulatorCredential(simulator)]);
		await startingWorker;
		if (processes.webhook) await waitFor('n8n webhook /healthz/readiness', () => httpOk(`${webhookUrl}healthz/readiness`), { timeoutMs: READY_MS, proc: processes.webhook });
		log(`queue mode: cluster ready in ${((Date.now() - startedAt) / 1000).toFixed(1)} s (worker concurrency ${concurrency})`);

		const cluster = {
			dir,
			baseUrl,
			webhookUrl,
			folder: user.folder,
			outputDir: user.outputDir,
			concurrency,
			processes,
			pg,
			rest,
			logTails,
			stop,
			startWorker,
			/** SIGKILLs a worker (default: the newest live one) with its task runner; resolves when it is gone. */
			async killWorker(worker = processes.workers.filter((w) => !w.exitInfo()).at(-1)) {
				await killProcess(worker);
				return worker;
			},
			importCredentials: (list) => importJson('import:credentials', list),
			importWorkflows: (list) => importJson('import:workflow', list),
			importWorkflow: (workflow) => importJson('import:workflow', [workflow]),
			/**
			 * Publishes a workflow's current version through the REST API, as the editor's
			 * Publish button does, and waits until its triggers are live. n8n 2.41 answers
			 * the call before that: it queues the publication (an outbox in the database)
			 * and the main process registers the webhooks a moment later.
			 */
			async activate(id) {
				const { versionId } = await rest('GET', `/workflows/${id}`);
				await rest('POST', `/workflows/${id}/activate`, { versionId });
				const status = await waitFor(`workflow ${id} published`, async () => {
					const publication = await rest('GET', `/workflows/${id}/publication-status`);
					return ['published', 'partial', 'failed'].includes(publication.status) && publication;
				}, { timeoutMs: 60_000, intervalMs: 250 });
				if (status.status !== 'published') throw new Error(`workflow ${id} not published: ${JSON.stringify(status)}`);
				return status;
			},
			/** POST <WEBHOOK_URL>webhook/<path> with a JSON body; returns { status, body }. */
			async trigger(path, body = {}) {
				const response = await fetch(`${webhookUrl}webhook/${path}`, {
					method: 'POST',
					headers: { 'content-type': 'application/json' },
					body: JSON.stringify(body),
				});
				return { status: response.status, body: await response.text() };
			},
			/**
			 * Fires one webhook call per body, all at once, and returns the ids of the
			 * executions they created (n8n answers "Workflow was started", without the id).
			 */
			async triggerAll(path, bodies) {
				const before = await store.lastId();
				const responses = await Promise.all(bodies.map((body) => cluster.trigger(path, body)));
				const failed = responses.filter((r) => r.status !== 200);
				if (failed.length) throw new Error(`webhook ${path}: ${failed.length} calls failed, e.g. HTTP ${failed[0].status} ${failed[0].body.slice(0, 300)}`);
				const rows = await waitFor(`${bodies.length} executions of webhook ${path}`, async () => {
					const list = await store.list(`id > ${before}`);
					return list.length >= bodies.length && list;
				}, { timeoutMs: 30_000 });
				return rows.map((row) => row.id);
			},
			/** Executions (id, workflowId, status, finished, mode, createdAt, startedAt, stoppedAt, waitTill), oldest first. */
			executions: (where) => store.list(where),
			/** One execution with its run data decoded (`data.resultData`). */
			execution: (id) => store.get(id),
			/** Binary files n8n stored in PostgreSQL for an execution (binary data mode `database`). */
			binaryFiles: (id) => store.binaryFiles(id),
			/** Waits until every execution in `ids` satisfies `predicate` (default: ended); returns their rows. */
			async waitForExecutions(ids, predicate = ended, timeoutMs = 120_000) {
				const wanted = new Set(ids.map(Number));
				let last = [];
				try {
					return await waitFor(`executions ${ids.join(', ')}`, async () => {
						last = (await store.list()).filter((row) => wanted.has(row.id));
						return last.length === wanted.size && last.every(predicate) && last;
					}, { timeoutMs });
				} catch (error) {
					error.message += `\nlast seen: ${last.map((r) => `${r.id}=${r.status}`).join(', ')}`;
					throw error;
				}
			},
			sample: (options) => sampleStatuses(store, options),
		};
		return cluster;
	} catch (error) {
		error.message += `\n${logTails()}`;
		await stop();
		throw error;
	}
}

/** Creates the owner account (n8n's setup screen) and returns the auth cookie. */
async function setupOwner(baseUrl) {
	// The owner route can be mounted a moment after /rest/settings answers.
	return waitFor('owner setup', async () => {
		const response = await fetch(`${baseUrl}/rest/owner/setup`, {
			method: 'POST',
			headers: { 'content-type': 'application/json', 'browser-id': BROWSER_ID },
			body: JSON.stringify(OWNER),
		});
		if (response.status === 404) return undefined;
		if (!response.ok) throw new Error(`owner setup: HTTP ${response.status} ${await response.text()}`);
		const auth = response.headers.getSetCookie().find((c) => c.startsWith('n8n-auth='));
		return auth?.split(';')[0];
	}, { timeoutMs: 60_000, intervalMs: 1000 });
}

export { ended, sampleStatuses, sleep };
