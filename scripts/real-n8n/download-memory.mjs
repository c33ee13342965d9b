// The download's memory in a real n8n: examples/text-to-video.json without its
// write step, run with `n8n execute` (regular mode, so n8n stores binary data on
// disk) against the simulator, with its 5 KB video and with a large one; and, as
// the control, n8n's own HTTP Request node downloading the same large file.
// Prints how far n8n's resident memory rose above what it was when the download
// began (median of RUNS). The simulator runs in this process, so its send
// buffers are not n8n's.
//
// npm run bench:n8n   (BENCH_VIDEO_MB, default 200; BENCH_DOWNLOAD_RUNS, default 7)
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

import { N8N_VERSION, REPO, ensureN8n, executeWorkflow, log, makeUserFolder, n8nEnv, nodeItems, packPackage, removeUserFolder } from './env.mjs';

const require = createRequire(import.meta.url);
const { startKlingSimulator } = require(join(REPO, 'test', 'simulator'));
const VIDEO_MB = Number(process.env.BENCH_VIDEO_MB ?? 200);
const RUNS = Number(process.env.BENCH_DOWNLOAD_RUNS ?? 7);

const rssMb = (pid) => {
	try {
		const kb = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
		return kb ? Number(kb) / 1024 : undefined;
	} catch {
		return undefined; // the process has ended
	}
};

/** The Kling example, ending at the Kling node (which waits and downloads). */
function klingWorkflow() {
	const workflow = JSON.parse(readFileSync(join(REPO, 'examples', 'text-to-video.json'), 'utf8'));
	workflow.nodes = workflow.nodes.filter((node) => node.type !== 'n8n-nodes-base.readWriteFile');
	workflow.connections = { [workflow.nodes[0].name]: workflow.connections[workflow.nodes[0].name] };
	workflow.nodes.find((node) => node.type === 'n8n-nodes-kling.kling').parameters.waitOptions.pollIntervalSeconds = 1;
	return workflow;
}

/** n8n's HTTP Request node fetching a task's video as a file: what users do without this node. */
async function httpRequestWorkflow(sim) {
	const submitted = await fetch(`${sim.baseUrl}/kling/v1/videos/text2video`, {
		method: 'POST',
		headers: { authorization: `Bearer ${sim.apiKey}`, 'content-type': 'application/json' },
		body: JSON.stringify({ prompt: 'A long video' }),
	}).then((response) => response.json());
	const manual = { id: 'b1', name: 'Start', type: 'n8n-nodes-base.manualTrigger', typeVersion: 1, position: [0, 0], parameters: {} };
	const get = {
		id: 'b2',
		name: 'Download',
		type: 'n8n-nodes-base.httpRequest',
		typeVersion: 4.2,
		position: [240, 0],
		parameters: { url: `${sim.baseUrl}/files/${submitted.data.task_id}.mp4`, options: { response: { response: { responseFormat: 'file' } } } },
	};
	return {
		id: 'klingHttpRequestControl',
		name: 'HTTP Request download (control)',
		nodes: [manual, get],
		connections: { Start: { main: [[{ node: 'Download', type: 'main', index: 0 }]] } },
		settings: { executionOrder: 'v1' },
	};
}

/** One run; samples n8n's RSS every 20 ms, splitting the samples at the simulator's first video request. */
async function measure(bin, folder, videoBytes, via) {
	const sim = await startKlingSimulator({ taskDurationMs: 3000, videoBytes });
	const workflow = via === 'httpRequest' ? await httpRequestWorkflow(sim) : klingWorkflow();

	let before = 0;
	let peak = 0;
	let sampler;
	try {
		const { ok, run, error } = await executeWorkflow(bin, n8nEnv(folder, join(folder, 'videos')), {
			credentials: [{ id: 'klingDemoCredential', name: 'Kling account', type: 'klingApi', data: { baseUrl: `${sim.baseUrl}/kling`, apiKey: sim.apiKey } }],
			workflow,
			onExecute: (child) => {
				sampler = setInterval(() => {
					const rss = rssMb(child.pid);
					if (rss === undefined) return;
					if (sim.count('download') === 0) before = rss;
					else peak = Math.max(peak, rss);
				}, 20);
			},
		});
		if (!ok) throw new Error(`the workflow failed in n8n:\n${error}`);
		const [item] = nodeItems(run, workflow.nodes.at(-1).name); // the downloading node is the last
		return { before, growth: Math.max(0, peak - before), storedMb: (item?.binary?.data?.bytes ?? 0) / 1024 / 1024 };
	} finally {
		clearInterval(sampler);
		await sim.close();
	}
}

let folder;
try {
	const bin = ensureN8n();
	log('building and packing n8n-nodes-kling, installing it into a fresh n8n user folder');
	folder = makeUserFolder(packPackage()).folder;
	const cases = [
		['the Kling node, 5 KB fixture video', undefined, 'kling'],
		[`the Kling node, ${VIDEO_MB} MB video`, VIDEO_MB * 1024 * 1024, 'kling'],
		[`control: n8n's HTTP Request node (response format File), the same ${VIDEO_MB} MB video`, VIDEO_MB * 1024 * 1024, 'httpRequest'],
	];
	for (const [label, bytes, via] of cases) {
		const runs = [];
		for (let i = 0; i < RUNS; i++) runs.push(await measure(bin, folder, bytes, via));
		const growths = runs.map((r) => r.growth).sort((a, b) => a - b);
		const median = growths[Math.floor(growths.length / 2)];
		console.log(
			`real n8n ${N8N_VERSION}, ${label}: peak RSS growth ${median.toFixed(1)} MB, median of ${RUNS} [${runs.map((r) => r.growth.toFixed(1)).join(', ')}]` +
				` (RSS ${runs[0].before.toFixed(0)} MB when the download began; stored ${runs[0].storedMb < 1 ? `${(runs[0].storedMb * 1024).toFixed(0)} KB` : `${runs[0].storedMb.toFixed(0)} MB`})`,
		);
	}
} catch (error) {
	console.error(`download-memory failed: ${error.message}`);
	process.exitCode = 1;
} finally {
	if (folder) removeUserFolder(folder);
}
