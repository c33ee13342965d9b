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

	// The operations the examples do not use, in one workflow: Create Advanced (a task) → Get → Delete;
	// Get Many of both lists; Voice → Get of a preset voice.
	sim.reset();
	log('the other Element and Voice operations');
	const kling = (name, x, y, parameters) => ({
		id: `c0ffee00-0000-4000-8000-${String(x * 10 + y).padStart(12, '0')}`,
		name,
		type: 'n8n-nodes-kling.kling',
		typeVersion: 1,
		position: [x * 240, y * 200],
		parameters,
		credentials: { klingApi: { id: 'klingDemoCredential', name: 'Kling account' } },
	});
	const byId = (value) => ({ __rl: true, mode: 'id', value });
	const tour = {
		id: 'klingLibraryOperations',
		name: 'Kling: element and voice operations',
		active: false,
		settings: { executionOrder: 'v1' },
		nodes: [
			{ id: 'c0ffee00-0000-4000-8000-000000000000', name: 'Start', type: 'n8n-nodes-base.manualTrigger', typeVersion: 1, position: [0, 0], parameters: {} },
			kling('Create Advanced', 1, 0, {
				resource: 'element',
				operation: 'createAdvanced',
				elementName: 'Captain Nova',
				elementDescription: 'A woman in a silver space suit',
				elementReferenceType: 'image_refer',
				advancedFrontalImage: 'https://example.com/elements/nova-front.png',
				advancedReferenceImages: { image: [{ imageUrl: 'https://example.com/elements/nova-side.png' }] },
				waitOptions: { pollIntervalSeconds: 1 },
			}),
			kling('Element Get', 2, 0, { resource: 'element', operation: 'get', elementId: byId('={{ $json.elementId }}') }),
			kling('Element Delete', 3, 0, { resource: 'element', operation: 'delete', elementId: byId('={{ $json.elementId }}') }),
			kling('Element Get Many', 1, 1, { resource: 'element', operation: 'getMany', librarySource: 'both', limit: 10 }),
			kling('Voice Get', 1, 2, { resource: 'voice', operation: 'get', voiceId: byId('sim_voice_warm_en') }),
		],
		connections: {
			Start: { main: [[{ node: 'Create Advanced', type: 'main', index: 0 }, { node: 'Element Get Many', type: 'main', index: 0 }, { node: 'Voice Get', type: 'main', index: 0 }]] },
			'Create Advanced': { main: [[{ node: 'Element Get', type: 'main', index: 0 }]] },
			'Element Get': { main: [[{ node: 'Element Delete', type: 'main', index: 0 }]] },
		},
	};
	const tourRun = await executeWorkflow(bin, env, { credentials, workflow: tour });
	const [advanced] = nodeItems(tourRun.run, 'Create Advanced');
	const [got] = nodeItems(tourRun.run, 'Element Get');
	const [removed] = nodeItems(tourRun.run, 'Element Delete');
	const many = nodeItems(tourRun.run, 'Element Get Many');
	const [presetVoice] = nodeItems(tourRun.run, 'Voice Get');
	const elementId = advanced?.json?.elementId;
	check(
		'Element → Create Advanced (a task at /v1/general/advanced-custom-elements, waited for), Get, Delete; Get Many of both lists; Voice → Get of a preset voice: each in a real n8n',
		tourRun.ok &&
			advanced?.json?.status === 'succeed' &&
			typeof elementId === 'string' &&
			posted('/v1/general/advanced-custom-elements')[0]?.element_image_list?.frontal_image === 'https://example.com/elements/nova-front.png' &&
			got?.json?.elementId === elementId &&
			posted('/v1/general/delete-elements')[0]?.element_id === elementId &&
			removed?.json?.deleted === true &&
			many.some((item) => item.json.elementName === 'Sim Astronaut' && item.json.source === 'preset') &&
			presetVoice?.json?.voiceId === 'sim_voice_warm_en',
		tourRun.error ?? JSON.stringify({ advanced: advanced?.json, got: got?.json, removed: removed?.json, many: many.length, presetVoice: presetVoice?.json }).slice(0, 800),
	);
}
