// The main job: examples/text-to-video.json in a real n8n, against the
// project's Kling simulator (default) or a real host (KLING_BASE_URL and
// KLING_API_KEY). Prints where the MP4 was written.
import { createRequire } from 'node:module';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

import { REPO, ensureN8n, executeWorkflow, log, makeUserFolder, n8nEnv, nodeItems, packPackage } from './env.mjs';

const require = createRequire(import.meta.url);
const { startKlingSimulator } = require(join(REPO, 'test', 'simulator'));

const realHost = process.env.KLING_BASE_URL && process.env.KLING_API_KEY;
const sim = realHost ? undefined : await startKlingSimulator({ taskDurationMs: 6000 });
const credential = realHost
	? { baseUrl: process.env.KLING_BASE_URL, apiKey: process.env.KLING_API_KEY }
	: { baseUrl: `${sim.baseUrl}/kling`, apiKey: sim.apiKey };
log(realHost ? `using the Kling host at ${credential.baseUrl}` : `using the embedded Kling simulator at ${credential.baseUrl}`);

try {
	const bin = ensureN8n();
	log('building and packing n8n-nodes-kling');
	const { folder, outputDir } = makeUserFolder(packPackage());
	log(`n8n user folder: ${folder}`);

	const workflow = JSON.parse(readFileSync(join(REPO, 'examples', 'text-to-video.json'), 'utf8'));
	const kling = workflow.nodes.find((node) => node.type === 'n8n-nodes-kling.kling');
	const writer = workflow.nodes.find((node) => node.type === 'n8n-nodes-base.readWriteFile');
	writer.parameters.fileName = `=${outputDir}/{{ $json.taskId }}.mp4`;
	if (!realHost) kling.parameters.waitOptions.pollIntervalSeconds = 2;

	log('running the workflow with `n8n execute` (Manual Trigger -> Kling Text to Video -> Write MP4 to disk)');
	const { ok, run, out } = await executeWorkflow(bin, n8nEnv(folder, outputDir), {
		credentials: [{ id: 'klingDemoCredential', name: 'Kling account', type: 'klingApi', data: credential }],
		workflow,
	});
	if (!ok) {
		console.error(out.split(credential.apiKey).join('***'));
		throw new Error('the workflow did not succeed');
	}
	const [item] = nodeItems(run, 'Kling');
	const [written] = nodeItems(run, 'Write MP4 to disk');
	const path = written?.json?.fileName ?? join(outputDir, `${item.json.taskId}.mp4`);
	const bytes = readFileSync(path);
	const isMp4 = bytes.subarray(4, 8).toString('latin1') === 'ftyp';
	console.log(`Kling task ${item.json.taskId}: ${item.json.status}, video URL ${item.json.videoUrl}`);
	console.log(`Video written to ${path} (${statSync(path).size} bytes, ${isMp4 ? 'starts with an MP4 ftyp box' : 'NOT an MP4'})`);
	if (!isMp4) process.exitCode = 1;
} catch (error) {
	console.error(`demo failed: ${error.message}`);
	process.exitCode = 1;
} finally {
	await sim?.close();
}
