// The main job: examples/text-to-video.json in a real n8n, against the
// project's Kling simulator (default) or a real host (KLING_BASE_URL and
// KLING_API_KEY). The MP4 lands in .demo-output/ (git-ignored).
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { REPO, ensureN8n, executeWorkflow, log, makeUserFolder, n8nEnv, nodeItems, packPackage, removeUserFolder } from './env.mjs';

const require = createRequire(import.meta.url);
const { startKlingSimulator } = require(join(REPO, 'test', 'simulator'));

const realHost = process.env.KLING_BASE_URL && process.env.KLING_API_KEY;
const sim = realHost ? undefined : await startKlingSimulator({ taskDurationMs: 6000 });
const credential = realHost
	? { baseUrl: process.env.KLING_BASE_URL, apiKey: process.env.KLING_API_KEY }
	: { baseUrl: `${sim.baseUrl}/kling`, apiKey: sim.apiKey };
const hideKey = (text) => String(text).split(credential.apiKey).join('***');
log(realHost ? `using the Kling host at ${credential.baseUrl}` : `using the embedded Kling simulator at ${credential.baseUrl} (tasks take about 6 s)`);

let folder;
try {
	const bin = ensureN8n();
	log('building and packing n8n-nodes-kling, installing it into a fresh n8n user folder');
	const made = makeUserFolder(packPackage(), { outputDir: join(REPO, '.demo-output') });
	folder = made.folder;

	const workflow = JSON.parse(readFileSync(join(REPO, 'examples', 'text-to-video.json'), 'utf8'));
	const kling = workflow.nodes.find((node) => node.type === 'n8n-nodes-kling.kling');
	const writer = workflow.nodes.find((node) => node.type === 'n8n-nodes-base.readWriteFile');
	// The example's placeholder folder, rewritten to the one n8n may write to here.
	writer.parameters.fileName = `=${made.outputDir}/{{ $json.taskId }}.mp4`;
	if (!realHost) kling.parameters.waitOptions.pollIntervalSeconds = 2;

	log(`running "${workflow.name}" with n8n execute: Manual Trigger -> Kling Text to Video (wait, download) -> ${writer.name}`);
	const started = Date.now();
	const { ok, run, error } = await executeWorkflow(bin, n8nEnv(folder, made.outputDir), {
		credentials: [{ id: 'klingDemoCredential', name: 'Kling account', type: 'klingApi', data: credential }],
		workflow,
	});
	if (!ok) throw new Error(`the workflow failed in n8n:\n${error}`);
	log(`imported and ran in ${((Date.now() - started) / 1000).toFixed(1)} s`);

	const [item] = nodeItems(run, kling.name);
	const [written] = nodeItems(run, writer.name);
	const path = written?.json?.fileName ?? join(made.outputDir, `${item.json.taskId}.mp4`);
	const bytes = readFileSync(path);
	const isMp4 = bytes.subarray(4, 8).toString('latin1') === 'ftyp';
	console.log(`Kling task ${item.json.taskId}: ${item.json.status}, video URL ${item.json.videoUrl}`);
	console.log(`Video written to ${path} (${bytes.length} bytes, ${isMp4 ? 'starts with an MP4 ftyp box' : 'does NOT start with an MP4 ftyp box'})`);
	if (!isMp4) process.exitCode = 1;
} catch (error) {
	console.error(`demo failed: ${hideKey(error.message)}`);
	process.exitCode = 1;
} finally {
	if (folder) removeUserFolder(folder);
	await sim?.close();
}
