// Kling's new API (the model in the path) in a real n8n (run by install-test.mjs, against its
// simulator, 3 s tasks): examples/batch-text-to-video.json with Model set to Kling 3.0 Turbo,
// waiting by polling (1 s). Its 5 prompts go to POST /text-to-video/kling-3.0-turbo in the new
// shape, are read back together at GET /tasks?task_ids=a,b,… (one request per interval, not
// one per task), and Write Files from Disk writes each MP4 the host served. (The callback way
// is checked in the queue-mode test: queue-callback-checks.mjs.)
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

import { REPO } from '../env.mjs';

const MP4 = readFileSync(join(REPO, 'test', 'simulator', 'fixtures', 'sample.mp4'));

export default async function ({ bin, env, credentials, sim, check, log, outputDir, exampleFile, pointAt, executeWorkflow, nodeItems }) {
	log('Kling 3.0 Turbo on the new API: examples/batch-text-to-video.json with Model kling-3.0-turbo');
	const workflow = pointAt(exampleFile('batch-text-to-video.json'), { model: 'kling-3.0-turbo' });
	workflow.id = 'klingNewApiTurbo';
	const prompts = promptsOf(workflow);
	const run = await executeWorkflow(bin, env, { credentials, workflow });
	const items = nodeItems(run.run, 'Kling');

	const submits = sim.requests.filter((r) => r.method === 'POST');
	const reads = sim.requests.filter((r) => r.method === 'GET' && r.path === '/kling/tasks');
	const taskIds = items.map((item) => String(item.json?.taskId));
	const wroteItsVideo = (item) => {
		const file = join(outputDir, `${item.json?.taskId}.mp4`);
		return existsSync(file) && readFileSync(file).equals(MP4);
	};
	check(
		'Kling 3.0 Turbo (new API) in a real n8n: 5 prompts, 5 tasks succeeded, each MP4 written to disk by Write Files is the file the host served',
		run.ok && items.length === 5 && items.every((item) => item.json?.status === 'succeed' && item.binary?.data?.mimeType === 'video/mp4' && wroteItsVideo(item)),
		run.error ?? JSON.stringify(items.map((item) => item.json)).slice(0, 600),
	);
	check(
		'each submit went to POST /kling/text-to-video/kling-3.0-turbo in the new shape: prompt, settings {resolution 720p, aspect_ratio 16:9, duration 5}, options.external_task_id n8n-…; no model_name, no legacy route',
		submits.length === 5 &&
			submits.every(
				(r) =>
					r.path === '/kling/text-to-video/kling-3.0-turbo' &&
					prompts.includes(r.body?.prompt) &&
					r.body?.model_name === undefined &&
					r.body?.settings?.resolution === '720p' &&
					r.body?.settings?.aspect_ratio === '16:9' &&
					r.body?.settings?.duration === 5 &&
					String(r.body?.options?.external_task_id).startsWith('n8n-'),
			) &&
			!sim.requests.some((r) => r.path.startsWith('/kling/v1/')),
		JSON.stringify(submits.map((r) => [r.path, r.body])).slice(0, 800),
	);
	const together = reads.filter((r) => String(r.query.task_ids ?? '').split(',').length === 5);
	check(
		'the 5 tasks were read back together at GET /kling/tasks?task_ids=a,b,…: at most 5 reads in all (one per interval), at least one naming all 5 tasks',
		reads.length >= 1 &&
			reads.length <= 5 &&
			together.length >= 1 &&
			together.every((r) => String(r.query.task_ids).split(',').every((id) => taskIds.includes(id))),
		JSON.stringify(reads.map((r) => r.query)),
	);
	check('the API key appears nowhere in the new-API run output', !run.out.includes(sim.apiKey));
}

/** The 5 prompts the example's Code node makes (its jsCode lists them as quoted strings). */
function promptsOf(workflow) {
	const code = workflow.nodes.find((node) => node.type === 'n8n-nodes-base.code')?.parameters?.jsCode ?? '';
	return [...code.matchAll(/'([^']+)'/g)].map((match) => match[1]);
}
