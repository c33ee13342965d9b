/**
 * One download, measured in a fresh process: `node` streams the video through
 * the Kling node (n8n-core, filesystem binary mode); `bare` is the control,
 * plain Node's `http.get(url)` piped into a file. Both first load n8n-core and
 * run one small warm-up task, so they start from the same process state: the
 * difference between them is what the node's download path adds.
 *
 * node --expose-gc downloadProbe.js node <simulator base URL>
 * node --expose-gc downloadProbe.js bare <video URL>
 * → prints {"peakGrowthMb":…,"storedMb":…,"videoUrl":…}
 */
import { createWriteStream, mkdtempSync, rmSync, statSync } from 'node:fs';
import { get } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';

import { runKling } from '../harness/runKling';
import { startKlingSimulator } from '../simulator';
import { measurePeakRss } from './rss';

export interface ProbeResult {
	peakGrowthMb: number;
	storedMb: number;
	videoUrl?: string;
	error?: string;
}

const textToVideo = (prompt: string) => ({ resource: 'video', operation: 'textToVideo', prompt, waitOptions: { pollIntervalSeconds: 1 } });

/** n8n loads modules and starts its expression isolate on the first run: memory no download uses. */
async function warmUp() {
	const sim = await startKlingSimulator({ taskDurationMs: 500 });
	try {
		await runKling({ credentials: { baseUrl: `${sim.baseUrl}/kling`, apiKey: sim.apiKey }, parameters: textToVideo('Warm-up') });
	} finally {
		await sim.close();
	}
}

async function throughTheNode(simulatorUrl: string): Promise<ProbeResult> {
	const { peakGrowthMb, value } = await measurePeakRss(() =>
		runKling({ credentials: { baseUrl: `${simulatorUrl}/kling`, apiKey: 'sim-key' }, parameters: textToVideo('A long video') }),
	);
	const [item] = value.items;
	return {
		peakGrowthMb,
		storedMb: (item?.binary?.data.bytes ?? 0) / 1024 / 1024,
		videoUrl: item?.json.videoUrl as string | undefined,
		error: value.error?.message,
	};
}

async function plainNode(videoUrl: string): Promise<ProbeResult> {
	const folder = mkdtempSync(join(tmpdir(), 'kling-bare-download-'));
	const file = join(folder, 'video.mp4');
	try {
		const { peakGrowthMb } = await measurePeakRss(
			() =>
				new Promise<void>((resolve, reject) => {
					get(videoUrl, (response) => pipeline(response, createWriteStream(file)).then(resolve, reject)).on('error', reject);
				}),
		);
		return { peakGrowthMb, storedMb: statSync(file).size / 1024 / 1024 };
	} finally {
		rmSync(folder, { recursive: true, force: true });
	}
}

async function main() {
	const [mode, target] = process.argv.slice(2);
	await warmUp();
	const result = mode === 'bare' ? await plainNode(target) : await throughTheNode(target);
	console.log(JSON.stringify(result));
}

main().then(
	() => process.exit(0),
	(error) => {
		console.error(error);
		process.exit(1);
	},
);
