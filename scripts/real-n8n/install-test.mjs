// The install test run by `npm test`: the packed package in a real n8n of each
// maintained line (N8N_VERSIONS: 2.x on Node 24, 1.x on Node 22), installed
// without peer dependencies (as n8n's installer does), against the project's
// Kling simulator: the example workflows with `n8n execute`, then `n8n start`
// for the credential Test and stopping an execution. Prints one line per check,
// a summary per n8n line and a last `N passed, M failed` line.
import { createRequire } from 'node:module';
import { AsyncLocalStorage } from 'node:async_hooks';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';

import { N8N_VERSIONS, REPO, ensureN8n, executeWorkflow, importIntoN8n, log, makeUserFolder, n8nEnv, nodeItems, packPackage, removeUserFolder, runN8n } from './env.mjs';
import { startN8nServer } from './server.mjs';

if (process.env.KLING_SKIP_REAL_N8N === '1') {
	console.log('real-n8n: skipped (KLING_SKIP_REAL_N8N=1)');
	process.exit(0);
}

const require = createRequire(import.meta.url);
const { startKlingSimulator } = require(join(REPO, 'test', 'simulator'));
const results = [];
/**
 * The n8n lines run side by side (each n8n process is mostly one core of CPU
 * starting up): each line has its own simulators and its own name on its
 * checks, kept per line through the async calls (AsyncLocalStorage).
 * KLING_N8N_SERIAL=1 runs them one after the other.
 */
const lineContext = new AsyncLocalStorage();
const current = () => lineContext.getStore();
const check = (name, passed, detail = '') => {
	const { line } = current();
	results.push({ line, passed });
	console.log(`${passed ? 'ok' : 'not ok'} - [n8n ${line}] ${name}${passed || !detail ? '' : `\n  ${detail.replace(/\n/g, '\n  ')}`}`);
};

// The access-key credential's host (signed tokens), and one whose tasks outlast any wait (for the stop).
const jwtPair = { accessKey: 'ak-install-test', secretKey: 'sk-install-test' };
/** One line's simulators: the main one, the access-key one, and the slow one. */
const startSimulators = async () => ({
	sim: await startKlingSimulator({ taskDurationMs: 3000 }),
	jwtSim: await startKlingSimulator({ jwt: jwtPair }),
	slowSim: await startKlingSimulator({ taskDurationMs: 3_600_000 }),
});

/** The install, the examples, the credential Test and a stop in one n8n version. */
async function testLine(version, tgz) {
	let folder;
	let ok = false;
	const before = results.length;
	try {
		const installStarted = Date.now();
		const bin = ensureN8n(version);
		const installSeconds = (Date.now() - installStarted) / 1000;
		if (installSeconds > 5) log(`n8n ${version}: installed in ${installSeconds.toFixed(0)} s`);
		const made = makeUserFolder(tgz);
		folder = made.folder;
		await checkLine(bin, version, made);
		ok = results.slice(before).every((r) => r.passed);
	} catch (error) {
		check('the real-n8n harness ran', false, String(error?.stack ?? error));
	} finally {
		// A failed run keeps its n8n user folder (database, nodes, videos) to look into.
		if (folder && ok) removeUserFolder(folder);
		else if (folder) console.log(`# n8n ${version} user folder kept: ${folder}`);
	}
}

async function checkLine(bin, version, { folder, nodes, outputDir }) {
	const { sim } = current();
	const env = n8nEnv(folder, outputDir, version);
	const installed = join(nodes, 'node_modules');
	check(
		'installs without peer dependencies: no zod or n8n-workflow of its own in ~/.n8n/nodes',
		existsSync(join(installed, 'n8n-nodes-kling', 'dist', 'nodes', 'Kling', 'Kling.node.js')) &&
			!existsSync(join(installed, 'zod')) &&
			!existsSync(join(installed, 'n8n-workflow')),
	);

	const example = JSON.parse(readFileSync(join(REPO, 'examples', 'text-to-video.json'), 'utf8'));
	const credentials = [{ id: 'klingDemoCredential', name: 'Kling account', type: 'klingApi', data: { baseUrl: `${sim.baseUrl}/kling`, apiKey: sim.apiKey } }];
	/** The example workflow under another id, with the Kling node's parameters changed. */
	const variant = (id, parameters) => {
		const workflow = structuredClone(example);
		workflow.id = id;
		const kling = workflow.nodes.find((node) => node.name === 'Kling');
		Object.assign(kling.parameters, { waitOptions: { pollIntervalSeconds: 1 } }, parameters);
		workflow.nodes.find((node) => node.name === 'Write MP4 to disk').parameters.fileName = `=${outputDir}/{{ $json.taskId }}.mp4`;
		return workflow;
	};

	log(`n8n ${version}, run 1: the example workflow`);
	const good = await executeWorkflow(bin, env, { credentials, workflow: variant('installTestGood', {}) });
	const [item] = nodeItems(good.run, 'Kling');
	const path = join(outputDir, `${item?.json?.taskId}.mp4`);
	const mp4 = existsSync(path) && readFileSync(path).subarray(4, 8).toString('latin1') === 'ftyp';
	check('the example workflow succeeds: the Kling item has taskId and videoUrl', good.ok && !!item?.json?.taskId && !!item?.json?.videoUrl, good.error);
	check('Write Files from Disk wrote a valid MP4 from the binary data', mp4, path);
	check('the API key appears nowhere in the run output', !good.out.includes(sim.apiKey));

	if (version.startsWith('1.')) {
		// n8n 1.x keeps binary data in memory unless told otherwise; the README advises filesystem mode.
		log(`n8n ${version}, run 1b: the example workflow with N8N_DEFAULT_BINARY_DATA_MODE=filesystem`);
		const onDisk = await executeWorkflow(bin, { ...env, N8N_DEFAULT_BINARY_DATA_MODE: 'filesystem' }, { credentials, workflow: variant('installTestFilesystem', {}) });
		const [diskItem] = nodeItems(onDisk.run, 'Kling');
		const diskPath = join(outputDir, `${diskItem?.json?.taskId}.mp4`);
		check(
			'with N8N_DEFAULT_BINARY_DATA_MODE=filesystem the example writes a valid MP4 (the video went through the binary store on disk)',
			onDisk.ok && existsSync(diskPath) && readFileSync(diskPath).subarray(4, 8).toString('latin1') === 'ftyp' && diskItem?.binary?.data?.id?.startsWith('filesystem'),
			onDisk.error ?? JSON.stringify(diskItem?.binary?.data ?? {}).slice(0, 300),
		);
	}

	log(`n8n ${version}, run 2: a 2501-character prompt`);
	sim.reset();
	const bad = await executeWorkflow(bin, env, { credentials, workflow: variant('installTestBadPrompt', { prompt: 'a'.repeat(2501) }) });
	check(
		'zod, loaded from the host n8n, rejects a 2501-character prompt naming the field, and nothing is sent',
		!bad.ok && bad.error.includes('Prompt: must be at most 2500 characters') && sim.count('submit') === 0,
		`${bad.error}\nsubmits received: ${sim.count('submit')}`,
	);

	log(`n8n ${version}, run 3: a task that fails`);
	sim.reset();
	const failing = await executeWorkflow(bin, env, { credentials, workflow: variant('installTestFail', { prompt: 'A scene [sim:fail]' }) });
	const [task] = [...sim.tasks.values()];
	check(
		'a failed task fails the run with an error naming the task id and the reason',
		!failing.ok && !!task && failing.error.includes(`Kling task ${task.task_id} failed: Simulated failure`),
		failing.error,
	);

	// The other examples: each imports; those a CLI run can start are run against the simulator.
	const exampleFile = (file) => JSON.parse(readFileSync(join(REPO, 'examples', file), 'utf8'));
	const pointAt = (workflow, changes = {}) => {
		for (const node of workflow.nodes) {
			if (node.type === 'n8n-nodes-kling.kling') Object.assign(node.parameters, { waitOptions: { ...node.parameters.waitOptions, pollIntervalSeconds: 1 } }, changes);
			if (node.type === 'n8n-nodes-base.readWriteFile') node.parameters.fileName = `=${outputDir}/{{ $json.taskId }}.mp4`;
		}
		return workflow;
	};
	const mp4Items = (run) => nodeItems(run, 'Kling').filter((i) => existsSync(join(outputDir, `${i.json.taskId}.mp4`)));
	log(`n8n ${version}: the other examples`);
	sim.reset();
	// `n8n execute` cannot fire a Schedule Trigger; the run swaps in a Manual Trigger, the rest as shipped.
	const scheduled = pointAt(exampleFile('schedule-text-to-video.json'));
	Object.assign(scheduled.nodes.find((node) => node.type === 'n8n-nodes-base.scheduleTrigger'), {
		type: 'n8n-nodes-base.manualTrigger',
		typeVersion: 1,
		parameters: {},
	});
	const schedule = await executeWorkflow(bin, env, { credentials, workflow: scheduled });
	check('examples/schedule-text-to-video.json runs (trigger fired by hand): the scheduled prompt becomes an MP4 on disk', schedule.ok && mp4Items(schedule.run).length === 1, schedule.error);
	const batch = await executeWorkflow(bin, env, { credentials, workflow: pointAt(exampleFile('batch-text-to-video.json')) });
	check('examples/batch-text-to-video.json runs: 5 prompts, 5 tasks, 5 MP4s', batch.ok && mp4Items(batch.run).length === 5, batch.error);
	const taskId = nodeItems(schedule.run, 'Kling')[0]?.json?.taskId;
	const get = await executeWorkflow(bin, env, { credentials, workflow: pointAt(exampleFile('get-task.json'), { taskId }) });
	check('examples/get-task.json runs: the task is read back by its ID and its video saved', get.ok && nodeItems(get.run, 'Kling')[0]?.json?.taskId === taskId, get.error);

	// The new operations' examples: a Kling node fed by another, the second one's video written to disk.
	const mp4Of = (item) => {
		const file = join(outputDir, `${item?.json?.taskId}.mp4`);
		return existsSync(file) && readFileSync(file).subarray(4, 8).toString('latin1') === 'ftyp';
	};
	const submitted = (kind) => sim.requests.find((r) => r.method === 'POST' && r.path === `/kling/v1/videos/${kind}`)?.body;
	sim.reset();
	const extendRun = await executeWorkflow(bin, env, { credentials, workflow: pointAt(exampleFile('video-extend.json')) });
	const [source] = nodeItems(extendRun.run, 'Kling Text to Video');
	const [extended] = nodeItems(extendRun.run, 'Kling Extend');
	check(
		"examples/video-extend.json runs: Text to Video, then Extend of its videoId (POST /v1/videos/video-extend), the extended MP4 on disk",
		extendRun.ok && !!source?.json?.videoId && submitted('video-extend')?.video_id === source.json.videoId && extended?.json?.status === 'succeed' && mp4Of(extended),
		extendRun.error ?? JSON.stringify(submitted('video-extend')),
	);
	sim.reset();
	const lipRun = await executeWorkflow(bin, env, { credentials, workflow: pointAt(exampleFile('lip-sync.json')) });
	const [presenter] = nodeItems(lipRun.run, 'Kling Text to Video');
	const [synced] = nodeItems(lipRun.run, 'Kling Lip-Sync');
	const lipInput = submitted('lip-sync')?.input;
	check(
		'examples/lip-sync.json runs: Text to Video, then Lip-Sync of its videoId with text and a voice (input: {video_id, mode: text2video, text, voice_id}), the MP4 on disk',
		lipRun.ok &&
			!!presenter?.json?.videoId &&
			lipInput?.video_id === presenter.json.videoId &&
			lipInput?.mode === 'text2video' &&
			!!lipInput?.text &&
			lipInput?.voice_id === 'oversea_male1' && // a Voice ID locator (By ID), sent as its value
			synced?.json?.status === 'succeed' &&
			mp4Of(synced),
		lipRun.error ?? JSON.stringify(lipInput),
	);

	// The Audio resource: the sound effect lands on disk as the MP3 the host served.
	sim.reset();
	const audioWorkflow = exampleFile('text-to-audio.json');
	for (const node of audioWorkflow.nodes) {
		if (node.type === 'n8n-nodes-kling.kling') node.parameters.waitOptions = { ...node.parameters.waitOptions, pollIntervalSeconds: 1 };
		if (node.type === 'n8n-nodes-base.readWriteFile') node.parameters.fileName = `=${outputDir}/{{ $json.taskId }}.mp3`;
	}
	const audio = await executeWorkflow(bin, env, { credentials, workflow: audioWorkflow });
	const [audioItem] = nodeItems(audio.run, 'Kling');
	const mp3Path = join(outputDir, `${audioItem?.json?.taskId}.mp3`);
	const mp3Fixture = readFileSync(join(REPO, 'test', 'simulator', 'fixtures', 'sample.mp3'));
	check(
		'examples/text-to-audio.json runs: the task is made at /v1/audio/text-to-audio and its MP3 (audio/mpeg) is written to disk',
		audio.ok &&
			sim.requests.some((r) => r.method === 'POST' && r.path === '/kling/v1/audio/text-to-audio') &&
			audioItem?.binary?.data?.mimeType === 'audio/mpeg' &&
			audioItem?.binary?.data?.fileName === `kling-${audioItem?.json?.taskId}.mp3` &&
			existsSync(mp3Path) &&
			readFileSync(mp3Path).equals(mp3Fixture),
		audio.error ?? `${mp3Path}: ${JSON.stringify(audioItem?.binary?.data)}`,
	);
	// Each resource's own examples: one module a resource in example-checks/, given what the checks above use.
	const checksDir = join(REPO, 'scripts', 'real-n8n', 'example-checks');
	for (const file of existsSync(checksDir) ? readdirSync(checksDir).filter((name) => name.endsWith('.mjs')).sort() : []) {
		const { default: runChecks } = await import(pathToFileURL(join(checksDir, file)).href);
		sim.reset();
		log(`n8n ${version}: ${file}`);
		await runChecks({ bin, env, version, credentials, sim, check, log, outputDir, exampleFile, pointAt, executeWorkflow, nodeItems });
	}
	for (const file of ['form-image-to-video.json', 'ai-agent-tool.json', 'editor-tour.json']) {
		const dir = join(folder, `import-${file}`);
		mkdirSync(dir, { recursive: true });
		writeFileSync(join(dir, 'w.json'), JSON.stringify(exampleFile(file)));
		const imported = await runN8n(bin, ['import:workflow', `--input=${join(dir, 'w.json')}`], env);
		check(`examples/${file} imports into n8n`, imported.code === 0, imported.out.slice(-800));
	}

	await serverChecks(bin, env, version);
}

/** A Kling credential as `n8n import:credentials` takes it. */
const credential = (id, type, data) => ({ id, name: id, type, data });

/**
 * With `n8n start`: the credential Test through n8n's own REST endpoint (good
 * keys pass, bad ones fail, on the official host's shape and on a new-api
 * gateway without a task-list route), and stopping a run during its wait.
 */
async function serverChecks(bin, env, version) {
	const { sim, jwtSim, slowSim } = current();
	const credentials = [
		credential('credTestBearer', 'klingApi', { baseUrl: sim.baseUrl, apiKey: sim.apiKey }),
		credential('credTestAccessKey', 'klingAccessKeyApi', { baseUrl: jwtSim.baseUrl, ...jwtPair }),
		credential('credSlowHost', 'klingApi', { baseUrl: `${slowSim.baseUrl}/kling`, apiKey: slowSim.apiKey }),
	];
	const stopWorkflow = JSON.parse(readFileSync(join(REPO, 'examples', 'text-to-video.json'), 'utf8'));
	stopWorkflow.id = 'installTestStop';
	stopWorkflow.name = 'Stopped during the wait';
	const kling = stopWorkflow.nodes.find((node) => node.type === 'n8n-nodes-kling.kling');
	Object.assign(kling.parameters, { waitOptions: { pollIntervalSeconds: 60, maxWaitMinutes: 30 }, downloadVideo: false });
	kling.credentials = { klingApi: { id: 'credSlowHost', name: 'credSlowHost' } };
	const trigger = stopWorkflow.nodes.find((node) => node.type === 'n8n-nodes-base.manualTrigger');
	stopWorkflow.nodes = [trigger, kling];
	stopWorkflow.connections = { [trigger.name]: { main: [[{ node: kling.name, type: 'main', index: 0 }]] } };
	await importIntoN8n(bin, env, { credentials, workflow: stopWorkflow });

	log(`n8n ${version}: n8n start (credential Test, stopping a run)`);
	const server = await startN8nServer(bin, env);
	try {
		/** The credential Test as the editor's Test button runs it: POST /rest/credentials/test. */
		const testCredential = async (id, type, data) => {
			const { status, json, text } = await server.rest('POST', '/rest/credentials/test', { credentials: { id, name: id, type, data } });
			const result = json?.data ?? json;
			return { status: result?.status, message: result?.message ?? `HTTP ${status}: ${text.slice(0, 300)}` };
		};
		const cases = [
			['the official host (no path prefix)', 'credTestBearer', 'klingApi', { baseUrl: sim.baseUrl, apiKey: sim.apiKey }, 'OK'],
			['the official host (no path prefix)', 'credTestBearer', 'klingApi', { baseUrl: sim.baseUrl, apiKey: 'wrong-key' }, 'Error'],
			['an aggregator under /kling', 'credTestBearer', 'klingApi', { baseUrl: `${sim.baseUrl}/kling/`, apiKey: sim.apiKey }, 'OK'],
			['an aggregator under /kling', 'credTestBearer', 'klingApi', { baseUrl: `${sim.baseUrl}/kling`, apiKey: 'wrong-key' }, 'Error'],
			['a new-api gateway (no task-list route)', 'credTestBearer', 'klingApi', { baseUrl: `${sim.baseUrl}/newapi`, apiKey: sim.apiKey }, 'OK'],
			['a new-api gateway (no task-list route)', 'credTestBearer', 'klingApi', { baseUrl: `${sim.baseUrl}/newapi`, apiKey: 'wrong-key' }, 'Error'],
			['a Base URL that is no Kling API (n8n\'s own editor)', 'credTestBearer', 'klingApi', { baseUrl: server.base, apiKey: sim.apiKey }, 'Error'],
			['access key + secret key (signed tokens)', 'credTestAccessKey', 'klingAccessKeyApi', { baseUrl: jwtSim.baseUrl, ...jwtPair }, 'OK'],
			['access key + secret key (signed tokens)', 'credTestAccessKey', 'klingAccessKeyApi', { baseUrl: jwtSim.baseUrl, ...jwtPair, secretKey: 'wrong-secret' }, 'Error'],
		];
		for (const [host, id, type, data, expected] of cases) {
			const result = await testCredential(id, type, data);
			const good = expected === 'OK';
			check(
				`credential Test, ${type}, ${host}: ${good ? 'a good key passes' : 'a bad key or URL fails'} (${result.message})`,
				result.status === expected,
				`expected ${expected}, got ${result.status}: ${result.message}`,
			);
		}

		// Stopping a run while the node waits between two reads of a task (poll interval 60 s).
		slowSim.reset();
		const started = await server.rest('POST', `/rest/workflows/${stopWorkflow.id}/run`, {
			workflowData: stopWorkflow,
			triggerToStartFrom: { name: trigger.name },
		});
		const executionId = started.json?.data?.executionId;
		if (!executionId) throw new Error(`the manual run did not start: HTTP ${started.status} ${started.text.slice(0, 500)}`);
		// The first read comes 2 s after the submit; then the node sleeps until the next one, 60 s later.
		const until = Date.now() + 60_000;
		while (slowSim.count('poll') < 1 && Date.now() < until) await new Promise((r) => setTimeout(r, 100));
		await new Promise((r) => setTimeout(r, 500));
		const from = server.output().length;
		const stopAt = Date.now();
		const stopped = await server.rest('POST', `/rest/executions/${executionId}/stop`);
		const stopAnswered = Date.now();
		// n8n logs this (debug) when its run loop is over, i.e. once the node's execute has returned or
		// thrown; the stop itself marks the execution canceled at once, whatever the node still does.
		const endedAt = await server.waitForOutput(/Workflow execution finished/, from, 90_000);
		const seconds = endedAt === undefined ? Infinity : (endedAt - stopAt) / 1000;
		const execution = await server.rest('GET', `/rest/executions/${executionId}`);
		const status = execution.json?.data?.status;
		log(`n8n ${version}: stop answered in ${((stopAnswered - stopAt) / 1000).toFixed(2)} s, the run ended ${seconds.toFixed(2)} s after the stop (status ${status})`);
		check(
			`stopping a run during the wait ends it at once: ${seconds.toFixed(2)} s (< 5 s), status canceled, no read after the stop`,
			slowSim.count('poll') === 1 && stopped.status === 200 && seconds < 5 && status === 'canceled',
			`polls ${slowSim.count('poll')}, stop HTTP ${stopped.status} ${stopped.text.slice(0, 300)}, ended after ${seconds} s, status ${status}\n` +
				server.output().slice(from).split('\n').filter((l) => /xecution/.test(l)).slice(-15).join('\n'),
		);
	} finally {
		await server.stop();
	}
}

/** Runs one line with its own simulators; each line installs its own copy of the packed package. */
async function runLine(version, tgz) {
	const sims = await startSimulators();
	try {
		await lineContext.run({ line: version, ...sims }, async () => await testLine(version, tgz));
	} finally {
		await Promise.all([sims.sim.close(), sims.jwtSim.close(), sims.slowSim.close()]);
	}
}

// Packed once (packing builds the package); each line's user folder takes its own copy.
const packed = packPackage();
const copies = N8N_VERSIONS.map((version) => {
	const dir = mkdtempSync(join(tmpdir(), 'kling-pack-'));
	const copy = join(dir, basename(packed));
	copyFileSync(packed, copy);
	return copy;
});
rmSync(dirname(packed), { recursive: true, force: true });
if (process.env.KLING_N8N_SERIAL === '1') for (const [i, version] of N8N_VERSIONS.entries()) await runLine(version, copies[i]);
else await Promise.all(N8N_VERSIONS.map(async (version, i) => await runLine(version, copies[i])));

for (const version of N8N_VERSIONS) {
	const mine = results.filter((r) => r.line === version);
	const passed = mine.filter((r) => r.passed).length;
	console.log(`# n8n ${version}: ${passed} passed, ${mine.length - passed} failed`);
}
const passed = results.filter((r) => r.passed).length;
console.log(`real-n8n: ${passed} passed, ${results.length - passed} failed`);
process.exitCode = passed === results.length && results.length > 0 ? 0 : 1;
