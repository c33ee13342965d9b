// The install test run by `npm test`: the packed package in a real n8n 2.x,
// installed without peer dependencies (as n8n's installer does), against the
// project's Kling simulator. Prints one line per check and a summary line.
import { createRequire } from 'node:module';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { REPO, ensureN8n, executeWorkflow, log, makeUserFolder, n8nEnv, nodeItems, packPackage, removeUserFolder, runN8n } from './env.mjs';

if (process.env.KLING_SKIP_REAL_N8N === '1') {
	console.log('real-n8n: skipped (KLING_SKIP_REAL_N8N=1)');
	process.exit(0);
}

const require = createRequire(import.meta.url);
const { startKlingSimulator } = require(join(REPO, 'test', 'simulator'));
const results = [];
const check = (name, passed, detail = '') => {
	results.push(passed);
	console.log(`${passed ? 'ok' : 'not ok'} - ${name}${passed || !detail ? '' : `\n  ${detail.replace(/\n/g, '\n  ')}`}`);
};

const sim = await startKlingSimulator({ taskDurationMs: 3000 });
let folder;
try {
	const bin = ensureN8n();
	const made = makeUserFolder(packPackage());
	const { nodes, outputDir } = made;
	folder = made.folder;
	const env = n8nEnv(folder, outputDir);
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

	log('run 1: the example workflow');
	const good = await executeWorkflow(bin, env, { credentials, workflow: variant('installTestGood', {}) });
	const [item] = nodeItems(good.run, 'Kling');
	const path = join(outputDir, `${item?.json?.taskId}.mp4`);
	const mp4 = existsSync(path) && readFileSync(path).subarray(4, 8).toString('latin1') === 'ftyp';
	check('the example workflow succeeds: the Kling item has taskId and videoUrl', good.ok && !!item?.json?.taskId && !!item?.json?.videoUrl, good.error);
	check('Write Files from Disk wrote a valid MP4 from the binary data', mp4, path);
	check('the API key appears nowhere in the run output', !good.out.includes(sim.apiKey));

	log('run 2: a 2501-character prompt');
	sim.reset();
	const bad = await executeWorkflow(bin, env, { credentials, workflow: variant('installTestBadPrompt', { prompt: 'a'.repeat(2501) }) });
	check(
		'zod, loaded from the host n8n, rejects a 2501-character prompt naming the field, and nothing is sent',
		!bad.ok && bad.error.includes('Prompt: must be at most 2500 characters') && sim.count('submit') === 0,
		`${bad.error}\nsubmits received: ${sim.count('submit')}`,
	);

	log('run 3: a task that fails');
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
	log('the other examples');
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
			!!lipInput?.voice_id &&
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
	for (const file of ['form-image-to-video.json', 'ai-agent-tool.json', 'editor-tour.json']) {
		const dir = join(folder, `import-${file}`);
		mkdirSync(dir, { recursive: true });
		writeFileSync(join(dir, 'w.json'), JSON.stringify(exampleFile(file)));
		const imported = await runN8n(bin, ['import:workflow', `--input=${join(dir, 'w.json')}`], env);
		check(`examples/${file} imports into n8n`, imported.code === 0, imported.out.slice(-800));
	}
} catch (error) {
	check('the real-n8n harness ran', false, String(error?.stack ?? error));
} finally {
	await sim.close();
}

const passed = results.filter(Boolean).length;
// A failed run keeps its n8n user folder (database, nodes, videos) to look into.
if (folder && passed === results.length) removeUserFolder(folder);
else if (folder) console.log(`# n8n user folder kept: ${folder}`);
console.log(`real-n8n: ${passed} passed, ${results.length - passed} failed`);
process.exitCode = passed === results.length ? 0 : 1;
