// Lip-Sync a Face in a real n8n (run by install-test.mjs, against its simulator), in one execution:
// examples/lip-sync-face.json as shipped: Kling Identify Faces (POST /v1/videos/identify-face, answered
// at once: one item per face, each face image as binary data with its size) → Sort by faceImagePixels →
// Limit 1 (n8n's own nodes keep the largest face) → Kling Lip-Sync a Face (the advanced-lip-sync task,
// its defaults reading the face's item, waited for by polling) → Write Files from Disk writes the MP4.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** @param {{ bin: string, env: Record<string, string>, credentials: unknown[], sim: any, check: Function, log: Function, outputDir: string, exampleFile: Function, pointAt: Function, executeWorkflow: Function, nodeItems: Function }} t */
export default async function ({ bin, env, credentials, sim, check, log, outputDir, exampleFile, pointAt, executeWorkflow, nodeItems }) {
	log('examples/lip-sync-face.json');
	const run = await executeWorkflow(bin, env, { credentials, workflow: pointAt(exampleFile('lip-sync-face.json')) });
	const faces = nodeItems(run.run, 'Kling Identify Faces');
	const kept = nodeItems(run.run, 'Keep the largest face');
	const [synced] = nodeItems(run.run, 'Kling Lip-Sync a Face');
	const posted = (path) => sim.requests.filter((r) => r.method === 'POST' && r.path === `/kling${path}`).map((r) => r.body);
	const [identifyBody] = posted('/v1/videos/identify-face');
	const lipBodies = posted('/v1/videos/advanced-lip-sync');
	const choice = lipBodies[0]?.face_choose?.[0];
	const taskId = synced?.json?.taskId;
	const file = join(outputDir, `${taskId}.mp4`);
	const mp4 = existsSync(file) && readFileSync(file).subarray(4, 8).toString('latin1') === 'ftyp';
	const sessionId = faces[0]?.json?.sessionId;
	check(
		'examples/lip-sync-face.json runs: Identify Faces gives one item per face (session, window, face image as PNG binary with its size), Sort + Limit keep the largest (face 1), Lip-Sync a Face sends it from the item\'s fields (advanced-lip-sync: session_id, face_choose[{face_id 1, sound_insert_time = faceStartMs 1000, sound_end_time 3000, original_audio_volume 0.5}]), polls its kind, and its MP4 lands on disk',
		run.ok &&
			identifyBody?.video_url === 'https://example.com/videos/two-people-talking.mp4' &&
			faces.length === 2 &&
			faces.every((item) => item.json.sessionId === sessionId && item.binary?.data?.mimeType === 'image/png' && item.json.faceImagePixels > 0) &&
			kept.length === 1 &&
			kept[0].json.faceId === '1' &&
			lipBodies.length === 1 &&
			lipBodies[0].session_id === sessionId &&
			lipBodies[0].face_choose.length === 1 &&
			choice?.face_id === '1' &&
			choice.sound_file === 'https://example.com/audio/welcome.mp3' &&
			choice.sound_start_time === 0 &&
			choice.sound_end_time === 3000 &&
			choice.sound_insert_time === 1000 &&
			choice.original_audio_volume === 0.5 &&
			synced?.json?.status === 'succeed' &&
			sim.requests.some((r) => r.method === 'GET' && r.path === `/kling/v1/videos/advanced-lip-sync/${taskId}`) &&
			mp4,
		run.error ?? JSON.stringify({ faces: faces.map((item) => item.json), kept: kept.map((item) => item.json), lipBodies, synced: synced?.json, file }).slice(0, 1200),
	);
}
