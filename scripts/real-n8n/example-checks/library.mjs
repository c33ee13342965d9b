// The Element and Voice resources' examples, run in a real n8n against the simulator (called by install-test.mjs).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** @param {{ bin: string, env: Record<string, string>, credentials: unknown[], sim: any, check: Function, log: Function, outputDir: string, exampleFile: Function, pointAt: Function, executeWorkflow: Function, nodeItems: Function }} t */
export default async function ({ bin, env, credentials, sim, check, log, outputDir, exampleFile, pointAt, executeWorkflow, nodeItems }) {
	const mp4Of = (item) => {
		const file = join(outputDir, `${item?.json?.taskId}.mp4`);
		return existsSync(file) && readFileSync(file).subarray(4, 8).toString('latin1') === 'ftyp';
	};
	const posted = (path) => sim.requests.filter((r) => r.method === 'POST' && r.path === `/kling${path}`).map((r) => r.body);

	log('examples/element-in-omni-video.json');
	const elementRun = await executeWorkflow(bin, env, { credentials, workflow: pointAt(exampleFile('element-in-omni-video.json')) });
	const [element] = nodeItems(elementRun.run, 'Kling Element Create');
	const [video] = nodeItems(elementRun.run, 'Kling Omni-Video');
	const [omniBody] = posted('/v1/videos/omni-video');
	check(
		'examples/element-in-omni-video.json runs: Element → Create (POST /v1/general/custom-elements, answered at once) gives an elementId, the Omni-Video submit carries it in element_list with <<<element_1>>> in the prompt, and its MP4 lands on disk',
		elementRun.ok &&
			posted('/v1/general/custom-elements').length === 1 &&
			typeof element?.json?.elementId === 'string' &&
			element.json.elementName === 'Captain Nova' &&
			omniBody?.element_list?.[0]?.element_id === element.json.elementId &&
			String(omniBody?.prompt).includes('<<<element_1>>>') &&
			video?.json?.status === 'succeed' &&
			mp4Of(video),
		elementRun.error ?? JSON.stringify({ element: element?.json, omniBody }).slice(0, 600),
	);

	sim.reset();
	log('examples/voice-clone.json');
	const voiceRun = await executeWorkflow(bin, env, { credentials, workflow: pointAt(exampleFile('voice-clone.json')) });
	const [voice] = nodeItems(voiceRun.run, 'Kling Voice Create');
	const listed = nodeItems(voiceRun.run, 'Kling Voice Get Many');
	const [synced] = nodeItems(voiceRun.run, 'Kling Lip-Sync');
	const [deleted] = nodeItems(voiceRun.run, 'Kling Voice Delete');
	const voiceId = voice?.json?.voiceId;
	const lipInput = posted('/v1/videos/lip-sync')[0]?.input;
	check(
		'examples/voice-clone.json runs: Voice → Create (a task at /v1/general/custom-voices) waits and attaches the sample MP3, Get Many lists the voice, Lip-Sync speaks with it (input.voice_id), its MP4 lands on disk, and Voice → Delete removes it',
		voiceRun.ok &&
			typeof voiceId === 'string' &&
			voice.binary?.data?.mimeType === 'audio/mpeg' &&
			listed.some((item) => item.json.voiceId === voiceId && item.json.source === 'custom') &&
			lipInput?.voice_id === voiceId &&
			synced?.json?.status === 'succeed' &&
			mp4Of(synced) &&
			posted('/v1/general/delete-voices')[0]?.voice_id === voiceId &&
			deleted?.json?.deleted === true &&
			deleted?.json?.voiceId === voiceId,
		voiceRun.error ?? JSON.stringify({ voice: voice?.json, lipInput, deleted: deleted?.json }).slice(0, 600),
	);
}
