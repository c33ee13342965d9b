import type { IDataObject, INodeExecutionData, INodeParameters } from 'n8n-workflow';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { taskKindOptions } from '../nodes/Kling/operations/registry';
import { audioDurationMs } from '../nodes/Kling/validation/audioDuration';
import { itemWithAudio } from './harness/audio';
import { callbackUrlOf, deliverCallback } from './harness/deliverCallback';
import { PNG_BASE64 } from './harness/images';
import { binaryDataService, runKling } from './harness/runKling';
import { credentialsFor, submittedBodies, useSimulator } from './harness/simulatorSuite';
import type { KlingSimulator } from './simulator';

const FIXTURES = join(__dirname, 'simulator', 'fixtures');
const VIDEO_URL = 'https://example.com/meeting.mp4';
const AUDIO_URL = 'https://example.com/speech.mp3';
const EXTERNAL_ID = expect.stringMatching(/^n8n-/);

/** A WAV of `ms` milliseconds of silence: 8 kHz mono 16-bit PCM (16 bytes a millisecond). */
function wavOf(ms: number): Buffer {
	const data = Buffer.alloc(ms * 16);
	const header = Buffer.alloc(44);
	header.write('RIFF', 0, 'latin1');
	header.writeUInt32LE(36 + data.length, 4);
	header.write('WAVEfmt ', 8, 'latin1');
	header.writeUInt32LE(16, 16);
	header.writeUInt16LE(1, 20); // PCM
	header.writeUInt16LE(1, 22); // mono
	header.writeUInt32LE(8000, 24);
	header.writeUInt32LE(16000, 28); // bytes a second
	header.writeUInt16LE(2, 32);
	header.writeUInt16LE(16, 34);
	header.write('data', 36, 'latin1');
	header.writeUInt32LE(data.length, 40);
	return Buffer.concat([header, data]);
}

/** The fixture MP3 (16 frames of 72 ms, MPEG-2.5 layer III) three times over: 3456 ms. */
const MP3_3456MS = Buffer.concat([0, 1, 2].map(() => readFileSync(join(FIXTURES, 'sample.mp3'))));

/** An M4A whose movie header (mvhd, version 0 or 1) says 2.5 s: time scale 1000, duration 2500. */
function m4aOf(version: 0 | 1): Buffer {
	const box = (type: string, content: Buffer) => {
		const head = Buffer.alloc(8);
		head.writeUInt32BE(8 + content.length, 0);
		head.write(type, 4, 'latin1');
		return Buffer.concat([head, content]);
	};
	const mvhd = Buffer.alloc(version ? 32 : 20);
	mvhd[0] = version;
	if (version) {
		mvhd.writeUInt32BE(1000, 20);
		mvhd.writeBigUInt64BE(2500n, 24);
	} else {
		mvhd.writeUInt32BE(1000, 12);
		mvhd.writeUInt32BE(2500, 16);
	}
	return Buffer.concat([box('ftyp', Buffer.from('M4A \0\0\0\0isom', 'latin1')), box('moov', box('mvhd', mvhd))]);
}

/** ADTS (AAC) frames of one raw block each at 44.1 kHz: `frames` × 1024 samples. */
function adtsOf(frames: number): Buffer {
	const frame = Buffer.alloc(20);
	frame.set([0xff, 0xf1, (1 << 6) | (4 << 2), 0x80, 0, 0x1f, 0xfc]);
	frame[3] |= (20 >> 11) & 3;
	frame[4] = (20 >> 3) & 0xff;
	frame[5] = ((20 & 7) << 5) | 0x1f;
	return Buffer.concat(Array.from({ length: frames }, () => frame));
}

describe('the length of an audio file, read from its bytes', () => {
	test.each([
		['WAV (the fixture: 1 s)', readFileSync(join(FIXTURES, 'sample.wav')), 1000],
		['WAV of 3 s', wavOf(3000), 3000],
		['MP3 (the fixture: 16 frames of 72 ms)', readFileSync(join(FIXTURES, 'sample.mp3')), 1152],
		['MP3, three times the fixture', MP3_3456MS, 3456],
		['MP3 behind an ID3v2 tag', Buffer.concat([Buffer.from('ID3'), Buffer.from([4, 0, 0, 0, 0, 0, 10]), Buffer.alloc(10), MP3_3456MS]), 3456],
		['M4A (mvhd version 0)', m4aOf(0), 2500],
		['M4A (mvhd version 1)', m4aOf(1), 2500],
		['AAC (ADTS, 100 frames at 44.1 kHz)', adtsOf(100), Math.floor((100 * 1024 * 1000) / 44100)],
	])('%s', (_, bytes, ms) => {
		expect(audioDurationMs(bytes)).toBe(ms);
	});

	test('a file it cannot read gives no length (then nothing is refused)', () => {
		expect(audioDurationMs(Buffer.from(PNG_BASE64, 'base64'))).toBeUndefined();
		expect(audioDurationMs(Buffer.from('ID3 but nothing else'))).toBeUndefined();
		expect(audioDurationMs(Buffer.alloc(0))).toBeUndefined();
	});
});

const identify = (overrides: INodeParameters = {}): INodeParameters => ({
	resource: 'video',
	operation: 'identifyFaces',
	faceVideo: { __rl: true, mode: 'url', value: VIDEO_URL },
	...overrides,
});

/** Lip-Sync a Face on an Identify Faces item: only what the defaults do not read from it. */
const lipSyncFace = (overrides: INodeParameters = {}): INodeParameters => ({
	resource: 'video',
	operation: 'lipSyncFace',
	faceAudio: AUDIO_URL,
	soundEndMs: 3000,
	waitForCompletion: false,
	...overrides,
});

/** Identify Faces' items for a video, from the simulator. */
async function facesOf(sim: KlingSimulator, video = VIDEO_URL): Promise<INodeExecutionData[]> {
	const result = await runKling({ credentials: credentialsFor(sim), parameters: identify({ faceVideo: { __rl: true, mode: 'url', value: video } }) });
	if (result.error) throw result.error;
	return result.items;
}

/** The face with the largest image (what the example workflow keeps: Sort by faceImagePixels, Limit 1), as its input item: its JSON and its face image. */
function largest(faces: INodeExecutionData[]): INodeExecutionData {
	const [kept] = [...faces].sort((a, b) => Number(b.json.faceImagePixels) - Number(a.json.faceImagePixels));
	return { json: kept.json, binary: kept.binary };
}

describe('Video → Identify Faces', () => {
	const sim = useSimulator({ taskDurationMs: 600 });
	const run = (parameters: INodeParameters, options: { prefix?: string; continueOnFail?: boolean } = {}) =>
		runKling({ credentials: credentialsFor(sim(), options.prefix), parameters: identify(parameters), continueOnFail: options.continueOnFail });

	test('one item per face: the session, the face and when it is on screen, its image as binary data with its size; answered at once', async () => {
		const result = await run({});
		expect(result.error).toBeUndefined();
		const calls = sim().requests.map((r) => `${r.method} ${r.path}`);
		expect(calls[0]).toBe('POST /kling/v1/videos/identify-face');
		expect(sim().requests[0].body).toEqual({ video_url: VIDEO_URL });
		// Nothing to wait for: no task is read; the two face images are fetched without the key.
		expect(calls.filter((c) => c.startsWith('GET /kling'))).toEqual([]);
		const images = sim().requests.filter((r) => r.path.startsWith('/files/faces/'));
		expect(images.map((r) => r.authorized)).toEqual([false, false]);
		const sessionId = result.items[0].json.sessionId;
		expect(sessionId).toMatch(/^\d+$/);
		expect(result.items.map((item) => item.json)).toEqual([
			{
				sessionId,
				faceId: '0',
				faceIndex: 0,
				faceCount: 2,
				faceStartMs: 0,
				faceEndMs: 3000,
				faceDurationMs: 3000,
				faceImageUrl: `${sim().baseUrl}/files/faces/${sessionId}-0.png`,
				faceImageWidth: 96,
				faceImageHeight: 96,
				faceImagePixels: 9216,
				videoUrl: VIDEO_URL,
				cost: { units: 0.05 },
			},
			{
				sessionId,
				faceId: '1',
				faceIndex: 1,
				faceCount: 2,
				faceStartMs: 1000,
				faceEndMs: 5000,
				faceDurationMs: 4000,
				faceImageUrl: `${sim().baseUrl}/files/faces/${sessionId}-1.png`,
				faceImageWidth: 160,
				faceImageHeight: 160,
				faceImagePixels: 25600,
				videoUrl: VIDEO_URL,
				cost: { units: 0.05 },
			},
		]);
		expect(result.items.map((item) => item.pairedItem)).toEqual([{ item: 0 }, { item: 0 }]);
		const [image] = result.items.map((item) => item.binary?.data);
		expect(image).toMatchObject({ mimeType: 'image/png', fileName: `kling-face-${sessionId}-0.png` });
		const stored = await binaryDataService().getAsBuffer(image!);
		expect(stored.subarray(1, 4).toString('latin1')).toBe('PNG');
	});

	test('a video by Kling video ID; the face image in a field of your choice; the host\'s answer under raw when Simplify is off', async () => {
		const result = await run({ faceVideo: { __rl: true, mode: 'id', value: 'kling-video-one-face' }, faceImageBinaryField: 'face', simplify: false });
		expect(result.error).toBeUndefined();
		expect(sim().requests[0].body).toEqual({ video_id: 'kling-video-one-face' });
		expect(result.items).toHaveLength(1);
		expect(result.items[0].json).toMatchObject({ faceId: '0', faceCount: 1, videoId: 'kling-video-one-face' });
		expect(result.items[0].json.raw).toMatchObject({ code: 0, data: { session_id: result.items[0].json.sessionId } });
		expect(Object.keys(result.items[0].binary ?? {})).toEqual(['face']);
	});

	test('Download Face Images off: the URLs only, nothing fetched', async () => {
		const result = await run({ downloadFaceImages: false });
		expect(result.items.map((item) => [item.json.faceId, item.binary, item.json.faceImagePixels])).toEqual([
			['0', undefined, undefined],
			['1', undefined, undefined],
		]);
		expect(sim().requests.filter((r) => r.path.startsWith('/files/'))).toEqual([]);
	});

	test('a face image that cannot be fetched is noted on its item: the session, paid for, still comes out', async () => {
		const result = await run({ faceVideo: { __rl: true, mode: 'url', value: 'https://example.com/face-images-gone.mp4' } });
		expect(result.error).toBeUndefined();
		expect(result.items).toHaveLength(2);
		for (const item of result.items) {
			expect(item.binary).toBeUndefined();
			expect(item.json.faceImageError).toMatch(/^Downloading the face image failed \(HTTP 404\)/);
			expect(item.json.sessionId).toMatch(/^\d+$/);
		}
	});

	test('no face in the video: an error that says so (with Continue On Fail, an error item)', async () => {
		const failed = await run({ faceVideo: { __rl: true, mode: 'url', value: 'https://example.com/no-face.mp4' } });
		expect(failed.error?.message).toBe('Kling found no face in the video');
		expect(failed.error?.description).toMatch(/^Its face identification \(session \d+\) lists no face to lip-sync/);
		const continued = await run({ faceVideo: { __rl: true, mode: 'url', value: 'https://example.com/no-face.mp4' } }, { continueOnFail: true });
		expect(continued.items).toEqual([expect.objectContaining({ json: { error: 'Kling found no face in the video' } })]);
	});

	test.each([
		['a video', { faceVideo: { __rl: true, mode: 'url', value: '={{ "" }}' } }, /^Invalid input\. Video: is required: the URL of a video, or the ID of a video Kling made/],
		['an http(s) URL', { faceVideo: { __rl: true, mode: 'url', value: '={{ "ftp://example.com/a.mp4" }}' } }, /^Invalid input\. Video: must be an http\(s\) URL/],
		['Additional Body Fields a JSON object', { additionalFields: { additionalBodyFields: '[1]' } }, /^Invalid input\. Additional Body Fields \(JSON\): must be a JSON object/],
	])('checked before sending: %s', async (_, parameters, message) => {
		const result = await run(parameters as INodeParameters);
		expect(result.error?.message).toMatch(message);
		expect(sim().requests).toEqual([]);
	});

	test('a lost answer is not sent again: the call is charged, and the session cannot be looked up', async () => {
		sim().inject({ on: 'call', reset: true });
		const result = await run({});
		expect(result.error?.message).toMatch(/^The answer to the face identification was lost \(.*\): the faces may have been identified \(and the call charged\)$/);
		expect(sim().count('call')).toBe(1);
	});

	test('a host without the endpoint (a new-api gateway) says so', async () => {
		const result = await run({}, { prefix: '/newapi' });
		expect(result.error?.message).toMatch(/^This host does not offer Kling's face identification \(for Lip-Sync a Face\) \(POST \/v1\/videos\/identify-face answered "not found"\)/);
	});
});

describe('Video → Lip-Sync a Face', () => {
	const sim = useSimulator({ taskDurationMs: 600 });
	const run = (parameters: INodeParameters, items?: INodeExecutionData[], executionId?: string) =>
		runKling({ credentials: credentialsFor(sim()), parameters: lipSyncFace(parameters), items, executionId });

	test('identify → keep the largest face → lip-sync: the defaults read the face\'s item, the task is waited for and its MP4 downloaded', async () => {
		const face = largest(await facesOf(sim()));
		expect(face.json.faceId).toBe('1');
		expect(face.binary?.data?.mimeType).toBe('image/png');
		const result = await run({ waitForCompletion: true, waitOptions: { pollIntervalSeconds: 1 } }, [face]);
		expect(result.error).toBeUndefined();
		expect(submittedBodies(sim()).slice(1)).toEqual([
			{
				session_id: face.json.sessionId,
				face_choose: [
					{
						face_id: '1',
						sound_file: AUDIO_URL,
						sound_start_time: 0,
						sound_end_time: 3000,
						// When the face appears: its faceStartMs.
						sound_insert_time: 1000,
						sound_volume: 1,
						original_audio_volume: 1,
					},
				],
				external_task_id: EXTERNAL_ID,
			},
		]);
		const [item] = result.items;
		const taskId = item.json.taskId;
		expect(item.json).toMatchObject({ status: 'succeed', videoId: `${taskId}-v0`, videoDuration: '5' });
		// The video replaces the face image the item came with.
		expect(Object.keys(item.binary ?? {})).toEqual(['data']);
		expect(item.binary?.data).toMatchObject({ mimeType: 'video/mp4', fileName: `kling-${taskId}.mp4` });
		const reads = sim().requests.filter((r) => r.method === 'GET' && r.path.startsWith('/kling'));
		expect(reads.length).toBeGreaterThan(0);
		expect(reads.every((r) => r.path === `/kling/v1/videos/advanced-lip-sync/${taskId}`)).toBe(true);
	});

	test('every field set: the chosen moment and volumes, watermark, callback, external task ID, extra JSON merged into the body', async () => {
		const [face] = await facesOf(sim());
		const result = await run(
			{
				soundStartMs: 500,
				soundEndMs: 2700,
				soundInsertMs: '800',
				soundVolume: 1.5,
				originalAudioVolume: 0.25,
				additionalFields: { watermark: true, callbackUrl: 'https://example.com/hook', externalTaskId: 'face-lips-1', additionalBodyFields: '{"future_field": 1}' },
			},
			[face],
		);
		expect(result.error).toBeUndefined();
		expect(submittedBodies(sim()).at(-1)).toEqual({
			session_id: face.json.sessionId,
			face_choose: [
				{ face_id: '0', sound_file: AUDIO_URL, sound_start_time: 500, sound_end_time: 2700, sound_insert_time: 800, sound_volume: 1.5, original_audio_volume: 0.25 },
			],
			watermark_info: { enabled: true },
			callback_url: 'https://example.com/hook',
			external_task_id: 'face-lips-1',
			future_field: 1,
		});
	});

	test.each([
		['a WAV from a binary property', (face: IDataObject) => ({ ...itemWithAudio('voice', wavOf(3200).toString('base64'), face) }), 'voice', 3200],
		['an MP3 as Base64', (face: IDataObject) => ({ json: face }), MP3_3456MS.toString('base64'), 3456],
	])('Audio End 0 with %s: the audio\'s end, read from the file, sent as plain Base64', async (_, itemOf, audio, end) => {
		const [, face] = await facesOf(sim());
		const result = await run({ faceAudio: audio, soundEndMs: 0 }, [itemOf(face.json)]);
		expect(result.error).toBeUndefined();
		const [choice] = (submittedBodies(sim()).at(-1) as { face_choose: IDataObject[] }).face_choose;
		expect(choice).toMatchObject({ sound_start_time: 0, sound_end_time: end });
		expect(typeof choice.sound_file === 'string' && !String(choice.sound_file).startsWith('http')).toBe(true);
		expect(audioDurationMs(Buffer.from(String(choice.sound_file), 'base64'))).toBe(end);
	});

	test('a Kling Audio ID (text to speech) instead of a file; session and face typed in, no face window: Kling checks the overlap', async () => {
		const [face] = await facesOf(sim());
		const result = await run({
			faceSessionId: String(face.json.sessionId),
			faceId: '0',
			faceStartMs: '',
			faceEndMs: '',
			soundInsertMs: 0,
			faceAudioFrom: 'audioId',
			faceAudioId: 'tts-audio-7',
			faceAudio: AUDIO_URL, // hidden when Audio From is Kling Audio ID: not sent
		});
		expect(result.error).toBeUndefined();
		expect(submittedBodies(sim()).at(-1)).toEqual({
			session_id: face.json.sessionId,
			face_choose: [{ face_id: '0', audio_id: 'tts-audio-7', sound_start_time: 0, sound_end_time: 3000, sound_insert_time: 0, sound_volume: 1, original_audio_volume: 1 }],
			external_task_id: EXTERNAL_ID,
		});
	});

	test('Task → Get reads the task back under its kind (Task Type "Lip-Sync a Face") and downloads its video', async () => {
		expect(taskKindOptions()).toContainEqual({ name: 'Lip-Sync a Face', value: 'advanced-lip-sync' });
		const [face] = await facesOf(sim());
		const made = await run({ additionalFields: { externalTaskId: 'face-lips-2' } }, [face]);
		const taskId = made.items[0].json.taskId;
		const read = await runKling({
			credentials: credentialsFor(sim()),
			parameters: { resource: 'task', operation: 'get', taskKind: 'advanced-lip-sync', taskId: String(taskId), waitOptions: { pollIntervalSeconds: 1 } },
		});
		expect(read.error).toBeUndefined();
		expect(read.items[0].json).toMatchObject({ taskId, status: 'succeed', externalTaskId: 'face-lips-2' });
		expect(read.items[0].binary?.data).toMatchObject({ mimeType: 'video/mp4' });
		expect(sim().requests.some((r) => r.path === `/kling/v1/videos/advanced-lip-sync/${taskId}`)).toBe(true);
	});

	test('waiting by Kling callback: parks, and resumes on the final callback with the video', async () => {
		const faces = await facesOf(sim());
		const parked = await run(
			{ waitForCompletion: true, waitMethod: 'callback', waitOptions: { callbackUrlReachable: true, maxWaitMinutes: 5 } },
			faces,
			'exec-faces',
		);
		expect(parked.run.status).toBe('waiting');
		expect(parked.items.map((item) => [item.json.externalTaskId, item.json.waitingFor])).toEqual([
			['n8n-exec-faces-kling-r0-i0', 'callback'],
			['n8n-exec-faces-kling-r0-i1', 'callback'],
		]);
		const url = callbackUrlOf(submittedBodies(sim()).slice(1));
		expect(new URL(url).pathname).toBe('/webhook-waiting/exec-faces');
		const end = Date.now() + 10_000;
		while ([...sim().tasks.values()].some((t) => Date.now() - t.created_at < 700) && Date.now() < end) await new Promise((r) => setTimeout(r, 50));
		const task = [...sim().tasks.values()].find((t) => t.external_task_id === 'n8n-exec-faces-kling-r0-i1')!;
		const answer = await deliverCallback(parked, url, { task_id: task.task_id, task_status: 'succeed', task_info: { external_task_id: task.external_task_id } });
		expect(answer.result.webhookResponse).toEqual({ received: true, resumed: true });
		const [main] = answer.result.workflowData!;
		expect(main.map((item) => [item.pairedItem, item.json.status])).toEqual([
			[{ item: 0 }, 'succeed'],
			[{ item: 1 }, 'succeed'],
		]);
		for (const item of main) expect(item.binary?.data).toMatchObject({ mimeType: 'video/mp4', fileName: `kling-${item.json.taskId}.mp4` });
		const reads = sim().requests.filter((r) => r.method === 'GET' && r.path.startsWith('/kling'));
		expect(reads.every((r) => r.path.startsWith('/kling/v1/videos/advanced-lip-sync'))).toBe(true);
	});

	describe('checked before sending, naming the field (then nothing is sent); the fixed item is accepted', () => {
		const wav = (ms: number) => wavOf(ms).toString('base64');
		const rules: Array<[string, INodeParameters, RegExp, INodeParameters]> = [
			['a session ID', { faceSessionId: '={{ "" }}' }, /^Invalid input\. Session ID: is required: the sessionId of Identify Faces/, {}],
			['a face ID', { faceId: '={{ "" }}' }, /^Invalid input\. Face ID: is required/, {}],
			['a face ID of more than spaces', { faceId: '={{ "  " }}' }, /^Invalid input\. Face ID: is required \(it holds only spaces or line breaks\)$/, { faceId: ' 1 ' }],
			['audio', { faceAudio: '={{ "" }}' }, /^Invalid input\. Audio: is required: an audio file, or a Kling Audio ID \(Audio From\)/, {}],
			['an Audio ID when the audio is one', { faceAudioFrom: 'audioId', faceAudioId: '={{ "" }}' }, /^Invalid input\. Audio: is required/, { faceAudioFrom: 'audioId', faceAudioId: 'tts-1' }],
			['an audio file, not an image', { faceAudio: PNG_BASE64 }, /^Invalid input\. Audio: the audio must be an MP3, WAV, M4A or AAC file/, { faceAudio: wav(3000) }],
			['an audio file of 2 to 60 s', { faceAudio: wav(1500), soundEndMs: 0 }, /^Invalid input\. Audio: the audio lasts 1\.50 s; Kling takes 2 s to 60 s$/, { faceAudio: wav(2000), soundEndMs: 0 }],
			[
				"an Audio End for audio whose length the node cannot read",
				{ soundEndMs: 0 },
				/^Invalid input\. Audio End \(Ms\): is required: 0 means the audio's end, which the node reads from an audio file but not from a URL or an Audio ID/,
				{ soundEndMs: 2000 },
			],
			[
				'a part of the audio of at least 2 s',
				{ soundStartMs: 1500, soundEndMs: 3000 },
				/^Invalid input\. Audio End \(Ms\): must be at least 2 s after Audio Start: the part of the audio to use lasts 1500 ms$/,
				{ soundStartMs: 1000, soundEndMs: 3000 },
			],
			["an Audio End within the audio", { faceAudio: wav(3000), soundEndMs: 3500 }, /^Invalid input\. Audio End \(Ms\): is after the audio's end \(it lasts 3000 ms\)$/, { faceAudio: wav(3000), soundEndMs: 3000 }],
			['whole milliseconds', { soundStartMs: 0.5 }, /^Invalid input\. Audio Start \(Ms\): must be a whole number of milliseconds/, { soundStartMs: 1 }],
			['no negative times', { soundStartMs: -1 }, /^Invalid input\. Audio Start \(Ms\): must be 0 or more \(milliseconds\)/, { soundStartMs: 0 }],
			['an Insert At in milliseconds', { soundInsertMs: 'soon' }, /^Invalid input\. Insert At \(Ms\): must be a number of milliseconds/, { soundInsertMs: '1000' }],
			[
				'the audio over the face for at least 2 s (Insert At against Face Start and Face End)',
				{ soundInsertMs: 4000 },
				/^Invalid input\. Insert At \(Ms\): the audio would play from 4000 to 7000 ms into the video, which overlaps the face's time on screen \(1000–5000 ms\) by 1000 ms; Kling needs at least 2 s$/,
				{ soundInsertMs: 2000 },
			],
			[
				'the face window as given overrides the item\'s',
				{ faceStartMs: '3500', faceEndMs: '5000' },
				/^Invalid input\. Insert At \(Ms\): .* overlaps the face's time on screen \(3500–5000 ms\) by 500 ms/,
				{ faceStartMs: '1000', faceEndMs: '5000' },
			],
			['a Face Start in milliseconds', { faceStartMs: 'early' }, /^Invalid input\. Face Start \(Ms\): must be a whole number of milliseconds, 0 or more \(got "early"\)/, { faceStartMs: '' }],
			['a Face End after Face Start', { faceStartMs: '3000', faceEndMs: '2000' }, /^Invalid input\. Face End \(Ms\): must be after Face Start \(Ms\)/, { faceStartMs: '', faceEndMs: '' }],
			['an Audio Volume of 0 to 2', { soundVolume: 2.5 }, /^Invalid input\. Audio Volume: must be between 0 and 2/, { soundVolume: 2 }],
			['an Original Audio Volume of 0 to 2', { originalAudioVolume: -0.1 }, /^Invalid input\. Original Audio Volume: must be between 0 and 2/, { originalAudioVolume: 0 }],
			['a callback URL by http(s)', { additionalFields: { callbackUrl: 'example.com/hook' } }, /^Invalid input\. Callback URL: must be an http\(s\) URL/, { additionalFields: { callbackUrl: 'https://example.com/hook' } }],
			[
				'one face per task',
				{ additionalFields: { additionalBodyFields: JSON.stringify({ face_choose: [{ face_id: '0' }, { face_id: '1' }] }) } },
				/^Invalid input\. Additional Body Fields \(JSON\) › face_choose: holds one face: Kling lip-syncs one person per task/,
				{},
			],
		];
		test.each(rules)('%s', async (_, breaking, message, keeping) => {
			const [, face] = await facesOf(sim());
			const bad = await run(breaking, [face]);
			expect(bad.error?.message).toMatch(message);
			expect(sim().count('submit')).toBe(0);
			const good = await run(keeping, [face]);
			expect(good.error).toBeUndefined();
			expect(sim().count('submit')).toBe(1);
		});

		test('an Insert At is needed when the input item has no face window', async () => {
			const bad = await run({ faceSessionId: 'abc', faceId: '1' }, [{ json: {} }]);
			expect(bad.error?.message).toMatch(/^Invalid input\. Insert At \(Ms\): is required: when the face starts saying it/);
			expect(sim().requests).toEqual([]);
		});
	});
});
