// The install test run by `npm test`: the packed package in a real n8n 2.x,
// installed without peer dependencies (as n8n's installer does), against the
// project's Kling simulator. Prints one line per check and a summary line.
import { createRequire } from 'node:module';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

import { REPO, ensureN8n, executeWorkflow, log, makeUserFolder, n8nEnv, nodeItems, packPackage } from './env.mjs';

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

const sim = await startKlingSimulator({ taskDurationMs: 4000 });
try {
	const bin = ensureN8n();
	const { folder, nodes, outputDir } = makeUserFolder(packPackage());
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
	check('the example workflow succeeds: the Kling item has taskId and videoUrl', good.ok && !!item?.json?.taskId && !!item?.json?.videoUrl, good.out.slice(-1500));
	check('Write Files from Disk wrote a valid MP4 from the binary data', mp4, path);
	check('the API key appears nowhere in the run output', !good.out.includes(sim.apiKey));

	log('run 2: a 2501-character prompt');
	sim.reset();
	const bad = await executeWorkflow(bin, env, { credentials, workflow: variant('installTestBadPrompt', { prompt: 'a'.repeat(2501) }) });
	check(
		'zod, loaded from the host n8n, rejects a 2501-character prompt naming the field, and nothing is sent',
		!bad.ok && bad.out.includes('Prompt: must be at most 2500 characters') && sim.count('submit') === 0,
		bad.out.slice(-1500),
	);

	log('run 3: a task that fails');
	sim.reset();
	const failing = await executeWorkflow(bin, env, { credentials, workflow: variant('installTestFail', { prompt: 'A scene [sim:fail]' }) });
	const [task] = [...sim.tasks.values()];
	check(
		'a failed task fails the run with an error naming the task id and the reason',
		!failing.ok && !!task && failing.out.includes(`Kling task ${task.task_id} failed: Simulated failure`),
		failing.out.slice(-1500),
	);
} catch (error) {
	check('the real-n8n harness ran', false, String(error?.stack ?? error));
} finally {
	await sim.close();
}

const passed = results.filter(Boolean).length;
console.log(`real-n8n: ${passed} passed, ${results.length - passed} failed`);
process.exitCode = passed === results.length ? 0 : 1;
