// Video → Edit Objects in a real n8n (run by install-test.mjs, against its simulator): ONE workflow
// chaining every operation of Kling's multi-element video editing, each fed the previous one's item:
// Start Session (a video URL the simulator takes as 8 s long) → Mark Object → Clear Marks →
// Mark Object (two points) → Unmark Object (one of them) → Preview Marks (the preview MP4 attached) →
// Edit Objects (Remove Object, Duration left at Match the Source Video, waited for by polling) →
// Write Files from Disk.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

import { REPO } from '../env.mjs';

const MP4 = readFileSync(join(REPO, 'test', 'simulator', 'fixtures', 'sample.mp4'));
const SOURCE = 'https://example.com/clips/street.mp4?sim_duration=8';
const DAY_MS = 86_400_000;

/** A Kling node of the chain. */
const klingNode = (name, x, parameters) => ({
	id: `e0000000-0000-4000-8000-${String(x).padStart(12, '0')}`,
	name,
	type: 'n8n-nodes-kling.kling',
	typeVersion: 1,
	position: [x, 0],
	parameters: { resource: 'video', ...parameters },
	credentials: { klingApi: { id: 'klingDemoCredential', name: 'Kling account' } },
});

const session = '={{ $json.sessionId }}';

function chainedWorkflow(outputDir) {
	const nodes = [
		{ id: 'e0000000-0000-4000-8000-000000000001', name: 'Start', type: 'n8n-nodes-base.manualTrigger', typeVersion: 1, position: [0, 0], parameters: {} },
		klingNode('Start Session', 240, { operation: 'editObjectsStart', editVideo: { __rl: true, mode: 'url', value: SOURCE } }),
		klingNode('Mark', 480, { operation: 'editObjectsMark', sessionId: session, frameIndex: 0, points: { point: [{ x: 0.2, y: 0.2 }] } }),
		klingNode('Clear Marks', 720, { operation: 'editObjectsClear', sessionId: session }),
		klingNode('Mark Again', 960, {
			operation: 'editObjectsMark',
			sessionId: session,
			frameIndex: 12,
			points: { point: [{ x: 0.75, y: 0.3 }, { x: 0.8, y: 0.35 }] },
		}),
		klingNode('Unmark', 1200, { operation: 'editObjectsUnmark', sessionId: session, frameIndex: 12, points: { point: [{ x: 0.8, y: 0.35 }] } }),
		klingNode('Preview Marks', 1440, { operation: 'editObjectsPreview', sessionId: session }),
		klingNode('Edit Objects', 1680, {
			operation: 'editObjects',
			sessionId: session,
			editMode: 'removal',
			prompt: 'Delete the dog from <<<video_1>>>',
			waitOptions: { pollIntervalSeconds: 1 },
		}),
		{
			id: 'e0000000-0000-4000-8000-000000000002',
			name: 'Write MP4',
			type: 'n8n-nodes-base.readWriteFile',
			typeVersion: 1.1,
			position: [1920, 0],
			parameters: { operation: 'write', fileName: `=${outputDir}/edit-{{ $json.taskId }}.mp4`, dataPropertyName: 'data', options: {} },
		},
	];
	const connections = {};
	for (let i = 0; i < nodes.length - 1; i++) connections[nodes[i].name] = { main: [[{ node: nodes[i + 1].name, type: 'main', index: 0 }]] };
	return { id: 'klingEditObjectsChain', name: 'Kling: edit objects in a video', active: false, settings: { executionOrder: 'v1' }, nodes, connections, pinData: {} };
}

export default async function ({ bin, env, credentials, sim, check, outputDir, executeWorkflow, nodeItems }) {
	const run = await executeWorkflow(bin, env, { credentials, workflow: chainedWorkflow(outputDir) });
	const [started] = nodeItems(run.run, 'Start Session');
	const [unmarked] = nodeItems(run.run, 'Unmark');
	const [preview] = nodeItems(run.run, 'Preview Marks');
	const [edited] = nodeItems(run.run, 'Edit Objects');
	const sessionId = started?.json?.sessionId;
	const posts = sim.requests.filter((r) => r.method === 'POST');
	const editBody = posts.find((r) => r.path === '/kling/v1/videos/multi-elements')?.body;
	const file = join(outputDir, `edit-${edited?.json?.taskId}.mp4`);
	const endsIn = Date.parse(started?.json?.sessionExpiresAt) - Date.now();
	check(
		'Edit Objects, chained in one workflow: Start Session (its 24 hours in the output), Mark, Clear Marks, Mark, Unmark, Preview Marks (the preview URL and its MP4), Edit Objects (removal, Duration matched to the 8 s source: 10) waited for by polling, its MP4 written to disk',
		run.ok &&
			typeof sessionId === 'string' &&
			endsIn > DAY_MS - 10 * 60_000 &&
			endsIn <= DAY_MS &&
			/24 hours/.test(started.json.sessionNote) &&
			started.json.editDuration === '10' &&
			posts.map((r) => r.path.replace('/kling/v1/videos/', '')).join() ===
				'multi-elements/init-selection,multi-elements/add-selection,multi-elements/clear-selection,multi-elements/add-selection,multi-elements/delete-selection,multi-elements/preview-selection,multi-elements' &&
			posts[0].body?.video_url === SOURCE &&
			posts[4].body?.points?.length === 1 &&
			unmarked?.json?.sessionId === sessionId &&
			unmarked.json.objectCount === 1 &&
			preview?.json?.previewVideoUrl === `${sim.baseUrl}/files/${sessionId}-preview.mp4` &&
			preview.binary?.data?.mimeType === 'video/mp4' &&
			preview.json.editDuration === '10' &&
			editBody?.session_id === sessionId &&
			editBody.edit_mode === 'removal' &&
			editBody.duration === '10' &&
			editBody.image_list === undefined &&
			edited?.json?.status === 'succeed' &&
			edited.binary?.data?.mimeType === 'video/mp4' &&
			existsSync(file) &&
			readFileSync(file).equals(MP4),
		run.error ??
			JSON.stringify({ started: started?.json, preview: preview?.json, editBody, edited: edited?.json, posts: posts.map((r) => r.path), file }).slice(0, 1200),
	);
}
