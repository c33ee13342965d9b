// @ts-check
'use strict';
/**
 * Lip-sync with a chosen face, as Kling's Lip Sync pages document it
 * (kling.ai/document-api/api/video/lip-sync and .../lip-sync/face-detection,
 * kept verbatim in aself101/kling-api docs/api/kling-lip-sync.md and
 * kling-face-recog.md; shared/spec/kling-api-2026.md §1.2):
 * - `POST /v1/videos/identify-face`, answered at once: exactly one of
 *   `video_id` (a Kling video) and `video_url`; the answer's `data` holds a
 *   `session_id`, `face_data[{face_id, face_image (URL), start_time,
 *   end_time (ms)}]` and `final_unit_deduction` (0.05 a call, §C). Every video
 *   (the fixture is taken as 5 s long; a simulator video as long as its task's
 *   duration) shows two faces: face "0" from 0 to 3000 ms with a 96×96 image,
 *   face "1" from 1000 to 5000 ms with a 160×160 image (the larger one). A
 *   video URL or ID containing `no-face` shows none, `one-face` only face "0";
 *   `face-images-gone` lists image URLs that answer 404. The images are real
 *   PNGs served without a key at /files/faces/<session>-<face>.png.
 *   Sessions last until reset() (Kling's reference states no lifetime).
 * - the `advanced-lip-sync` task kind: `session_id` of one of those sessions;
 *   `face_choose` exactly one entry (one person per task) with a `face_id` of
 *   the session, exactly one of `audio_id` (the simulator's own speech,
 *   `<task>-a0`, must exist and lasts 1 s; other ids are taken as made
 *   elsewhere) and `sound_file` (an http(s) URL, or Base64 of at most 5 MB; a
 *   WAV's length is read and must be 2–60 s), `sound_start_time`,
 *   `sound_end_time`, `sound_insert_time` whole ms ≥ 0, the cropped sound at
 *   least 2 s and not past the sound's end, inserted within the video and
 *   overlapping the face's window by at least 2 s; `sound_volume` and
 *   `original_audio_volume` in [0, 2]. The result is the whole video
 *   (`task_result.videos`), with `task_info.parent_video`.
 * A new-api gateway (/newapi) serves neither: plain-text 404, as for text to speech.
 */

const { randomInt } = require('node:crypto');
const { deflateSync } = require('node:zlib');

const { envelope, errorBody } = require('../shapes');
const { isHttpUrl, isObject } = require('../validate');
const { audioFileProblem, unknownOwnVideo } = require('./videoRules');

const FACES = [
	{ face_id: '0', start_time: 0, end_time: 3000, side: 96 },
	{ face_id: '1', start_time: 1000, end_time: 5000, side: 160 },
];
/** How long the fixture video is taken to be. */
const VIDEO_MS = 5000;
const LIMITS = { clipMinMs: 2000, overlapMinMs: 2000, audioMinMs: 2000, audioMaxMs: 60000, volumeMax: 2 };

/* ----- Face images: real PNGs of a given size ----- */

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
	let c = n;
	for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
	return c >>> 0;
});
/** @param {Buffer} bytes */
const crc32 = (bytes) => {
	let c = 0xffffffff;
	for (const byte of bytes) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
	return (c ^ 0xffffffff) >>> 0;
};
/** @param {string} type @param {Buffer} data */
function pngChunk(type, data) {
	const head = Buffer.alloc(8);
	head.writeUInt32BE(data.length, 0);
	head.write(type, 4, 'latin1');
	const crc = Buffer.alloc(4);
	crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
	return Buffer.concat([head, data, crc]);
}
/** A side × side RGB PNG of one skin-like colour. @param {number} side */
function facePng(side) {
	const header = Buffer.alloc(13);
	header.writeUInt32BE(side, 0);
	header.writeUInt32BE(side, 4);
	header.set([8, 2, 0, 0, 0], 8); // 8-bit RGB, no interlace
	const row = Buffer.concat([Buffer.from([0]), Buffer.alloc(side * 3, Buffer.from([224, 172, 140]))]);
	const pixels = Buffer.concat(Array.from({ length: side }, () => row));
	return Buffer.concat([Buffer.from('89504e470d0a1a0a', 'hex'), pngChunk('IHDR', header), pngChunk('IDAT', deflateSync(pixels)), pngChunk('IEND', Buffer.alloc(0))]);
}
/** @type {Map<number, Buffer>} */
const PNGS = new Map(FACES.map((face) => [face.side, facePng(face.side)]));

/* ----- Sessions, kept in the simulator's store (cleared by reset()) ----- */

/** @typedef {{ session_id: string, video: { id?: string, url?: string }, videoMs: number, faces: typeof FACES, imagesGone: boolean }} Session */

/** @param {import('../tasks').TaskStore} store @returns {Map<string, Session>} */
function sessionsOf(store) {
	store.state.faceSessions ??= new Map();
	return /** @type {Map<string, Session>} */ (store.state.faceSessions);
}

/** The session a task's body named, as its rules found it (for the result: the parent video). @type {WeakMap<object, Session>} */
const SESSION_OF_BODY = new WeakMap();

/** A sim video's length: its task's duration. @param {import('../tasks').TaskStore} store @param {string} videoId */
function videoMsOf(store, videoId) {
	const task = /^\d+-v0$/.test(videoId) ? store.tasks.get(videoId.replace(/-v0$/, '')) : undefined;
	return task ? Number(task.body.duration ?? task.body.input?.duration ?? 5) * 1000 : VIDEO_MS;
}

/** @param {any} body @param {import('../tasks').TaskStore} store */
function identifyProblem(body, store) {
	if (!isObject(body)) return 'the body must be a JSON object';
	for (const key of ['video_id', 'video_url']) if (body[key] === '' || body[key] === null) return `${key} must not be empty`;
	if ((body.video_id === undefined) === (body.video_url === undefined)) return 'exactly one of video_id and video_url is required';
	if (body.video_url !== undefined && !isHttpUrl(body.video_url)) return 'video_url must be an http(s) URL';
	if (body.video_id !== undefined && typeof body.video_id !== 'string') return 'video_id must be a string';
	if (typeof body.video_id === 'string' && unknownOwnVideo(store, body.video_id)) return `video_id ${body.video_id} is not a finished video`;
	return undefined;
}

/** @type {import('./index').Route[]} */
const routes = [
	{
		method: 'POST',
		path: /^\/v1\/videos\/identify-face\/?$/,
		handle: (ctx) => {
			if (ctx.shape === 'newapi') {
				ctx.res.writeHead(404, { 'content-type': 'text/plain' });
				ctx.res.end('404 page not found');
				return;
			}
			const problem = identifyProblem(ctx.body, ctx.store);
			if (problem) return ctx.json(400, errorBody(1201, `Invalid parameter: ${problem}`));
			const name = String(ctx.body.video_id ?? ctx.body.video_url);
			const faces = name.includes('no-face') ? [] : name.includes('one-face') ? FACES.slice(0, 1) : FACES;
			/** @type {Session} */
			const session = {
				session_id: `${Date.now()}${String(randomInt(1e6)).padStart(6, '0')}`,
				video: ctx.body.video_id !== undefined ? { id: ctx.body.video_id } : { url: ctx.body.video_url },
				videoMs: ctx.body.video_id !== undefined ? videoMsOf(ctx.store, ctx.body.video_id) : VIDEO_MS,
				faces,
				imagesGone: name.includes('face-images-gone'),
			};
			sessionsOf(ctx.store).set(session.session_id, session);
			ctx.json(
				200,
				envelope({
					session_id: session.session_id,
					final_unit_deduction: '0.05',
					face_data: faces.map((face) => ({
						face_id: face.face_id,
						face_image: `${ctx.baseUrl}/files/faces/${session.imagesGone ? 'gone' : session.session_id}-${face.face_id}.png`,
						start_time: face.start_time,
						end_time: face.end_time,
					})),
				}),
			);
		},
	},
	{
		method: 'GET',
		path: /^\/files\/faces\/(\w+)-(\w+)\.png$/,
		public: true,
		handle: (ctx) => {
			const face = sessionsOf(ctx.store)
				.get(ctx.match[1])
				?.faces.find((f) => f.face_id === ctx.match[2]);
			if (!face) return ctx.json(404, errorBody(1203, 'file not found'));
			const png = /** @type {Buffer} */ (PNGS.get(face.side));
			ctx.res.writeHead(200, { 'content-type': 'image/png', 'content-length': String(png.length) });
			ctx.res.end(png);
		},
	},
];

/** A WAV's length in ms (its data chunk over its byte rate), or undefined for any other file. @param {Buffer} bytes */
function wavMs(bytes) {
	if (bytes.subarray(0, 4).toString('latin1') !== 'RIFF' || bytes.subarray(8, 12).toString('latin1') !== 'WAVE') return undefined;
	let byteRate = 0;
	for (let at = 12; at + 8 <= bytes.length; ) {
		const id = bytes.subarray(at, at + 4).toString('latin1');
		const size = bytes.readUInt32LE(at + 4);
		if (id === 'fmt ') byteRate = bytes.readUInt32LE(at + 16);
		if (id === 'data') return byteRate ? (Math.min(size, bytes.length - at - 8) / byteRate) * 1000 : undefined;
		at += 8 + size + (size % 2);
	}
	return undefined;
}

/**
 * The length of the chosen sound when the simulator knows it, or a problem.
 * @param {any} choice @param {import('../tasks').TaskStore} store
 * @returns {{ ms?: number } | { problem: string }}
 */
function soundOf(choice, store) {
	if ((choice.audio_id === undefined) === (choice.sound_file === undefined)) return { problem: 'face_choose needs exactly one of audio_id and sound_file' };
	if (choice.audio_id !== undefined) {
		if (typeof choice.audio_id !== 'string') return { problem: 'audio_id must be a string' };
		if (!/^\d+-a0$/.test(choice.audio_id)) return {};
		const speech = store.tasks.get(choice.audio_id.replace(/-a0$/, ''));
		// The simulator's speech is its fixture MP3: one second.
		return speech?.endpoint === 'tts' ? { ms: 1000 } : { problem: `audio_id ${choice.audio_id} not found` };
	}
	if (typeof choice.sound_file !== 'string') return { problem: 'sound_file must be a string' };
	if (isHttpUrl(choice.sound_file)) return {};
	const problem = audioFileProblem(choice.sound_file, 'sound_file');
	return problem ? { problem } : { ms: wavMs(Buffer.from(choice.sound_file, 'base64')) };
}

/** @type {import('./index').KindEntry['rules']} */
function advancedLipSync(body, { store }) {
	if (typeof body.session_id !== 'string') return 'session_id is required';
	const session = sessionsOf(store).get(body.session_id);
	if (!session) return `session_id ${body.session_id} not found`;
	if (!Array.isArray(body.face_choose) || body.face_choose.length !== 1) return 'face_choose must hold exactly one face (one person per task)';
	const [choice] = body.face_choose;
	if (!isObject(choice) || typeof choice.face_id !== 'string') return 'face_choose face_id is required';
	const face = session.faces.find((f) => f.face_id === choice.face_id);
	if (!face) return `face_id ${choice.face_id} is not a face of session ${session.session_id}`;
	const sound = soundOf(choice, store);
	if ('problem' in sound) return sound.problem;
	if (sound.ms !== undefined && (sound.ms < LIMITS.audioMinMs || sound.ms > LIMITS.audioMaxMs)) return 'the sound must last 2 to 60 seconds';
	for (const key of ['sound_start_time', 'sound_end_time', 'sound_insert_time']) {
		if (!Number.isInteger(choice[key]) || choice[key] < 0) return `${key} must be a whole number of ms, 0 or more`;
	}
	const clip = choice.sound_end_time - choice.sound_start_time;
	if (clip < LIMITS.clipMinMs) return 'the cropped sound must not be shorter than 2 seconds';
	if (sound.ms !== undefined && choice.sound_end_time > sound.ms) return 'sound_end_time is later than the end of the sound';
	const insertEnd = choice.sound_insert_time + clip;
	if (insertEnd > session.videoMs) return 'the inserted sound must end within the video';
	const overlap = Math.min(insertEnd, face.end_time) - Math.max(choice.sound_insert_time, face.start_time);
	if (overlap < LIMITS.overlapMinMs) return "the inserted sound must overlap the face's time by at least 2 seconds";
	for (const key of ['sound_volume', 'original_audio_volume']) {
		const value = choice[key];
		if (value !== undefined && !(typeof value === 'number' && value >= 0 && value <= LIMITS.volumeMax)) return `${key} must be in [0, 2]`;
	}
	SESSION_OF_BODY.set(body, session);
	return undefined;
}

/** The session's video, as the task lists it. @param {import('../tasks').SimTaskView} view */
function parentVideo(view) {
	const session = SESSION_OF_BODY.get(view.body);
	return { id: session?.video.id ?? '', url: session?.video.url ?? '', duration: String((session?.videoMs ?? VIDEO_MS) / 1000) };
}

/** @type {import('./index').KindEntry[]} */
const kinds = [
	{
		kind: 'advanced-lip-sync',
		files: ['mp4'],
		gateways: false,
		rules: advancedLipSync,
		// The whole video, with the face lip-synced.
		result: (view) => ({ videos: [{ id: `${view.task_id}-v0`, url: view.videoUrl, duration: parentVideo(view).duration }] }),
		taskInfo: (view) => ({ parent_video: parentVideo(view) }),
	},
];

/** Beside the video family, under /v1/videos. @type {import('./index').Family} */
module.exports = { segment: 'videos', pack: 'video', kinds, routes };
