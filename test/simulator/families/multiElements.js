// @ts-check
'use strict';
/**
 * Multi-element video editing (add, swap or remove an object in a video), as
 * Kling's reference documents it (kling.ai/document-api/api/video/multi-elements,
 * kept verbatim in aself101/kling-api docs/api/kling-multi-element-video-editing.md;
 * shared/spec/kling-api-2026.md §1.1):
 * - sessions, answered at once: POST /v1/videos/multi-elements/init-selection
 *   (exactly one of video_id / video_url; a source of 2–5 s or 7–10 s, 720–2160 px
 *   each side, 24, 30 or 60 fps) opens a session that lives 24 hours;
 *   add-selection and delete-selection mark and unmark an object on one frame
 *   (frame_index, points {x, y} in [0, 1], at most 10 points a frame and 10
 *   frames a session; an unmark's points must equal those marked);
 *   clear-selection drops every mark; preview-selection answers the preview
 *   video of the marks.
 * - the task: POST /v1/videos/multi-elements (edit_mode addition with 1–2
 *   images, swap with exactly 1, removal with none; prompt; duration "5" for a
 *   2–5 s source, "10" for 7–10 s), read back like any video task; its result
 *   lists the video with its session_id.
 * A rejected video is answered HTTP 200 code 0 with `data.status` non-zero
 * (the reference: "Rejection code, non-zero indicates recognition failure").
 * Kling does not say what an unknown or expired session gets: here HTTP 400
 * code 1201. Gateways (/newapi) relay none of it: plain-text 404.
 *
 * What the simulator cannot measure it reads from the source: a video_id of
 * its own (`<task id>-v0`) lasts as long as that task's duration, any other
 * id 5 s; a video_url's query may say `sim_duration` (seconds, default 5),
 * `sim_fps` (30), `sim_size` (1280x720) and `sim_ttl_ms` (the session's life,
 * default 24 hours).
 */

const { randomInt, randomUUID } = require('node:crypto');

const { errorBody } = require('../shapes');
const { statusChanges } = require('../tasks');
const { isHttpUrl, isObject } = require('../validate');

const DAY_MS = 86_400_000;
const MAX_FRAMES = 10;
const MAX_POINTS = 10;
const EDIT_MODES = ['addition', 'swap', 'removal'];
const BASE64 = /^[A-Za-z0-9+/]+={0,2}$/;

const envelope = (/** @type {unknown} */ data, message = 'SUCCEED') => ({ code: 0, message, request_id: randomUUID(), data });
const numericId = () => `${Date.now()}${String(randomInt(1e6)).padStart(6, '0')}`;

/**
 * @typedef {object} Session
 * @property {string} session_id
 * @property {number} expires_at
 * @property {number} seconds the source's length
 * @property {number} fps
 * @property {number} width
 * @property {number} height
 * @property {number} total_frame
 * @property {Map<number, Array<{ x: number, y: number }>>} frames the points marked on each frame
 * @property {boolean} previewed
 */

/** The family's state in the task store: sessions by id. @param {import('../tasks').TaskStore} store */
function sessionsOf(store) {
	store.state.multiElements ??= new Map();
	return /** @type {Map<string, Session>} */ (store.state.multiElements);
}

/** A live session, or undefined (unknown, or past its 24 hours). @param {import('../tasks').TaskStore} store @param {unknown} id */
function liveSession(store, id) {
	const session = typeof id === 'string' ? sessionsOf(store).get(id) : undefined;
	return session && Date.now() < session.expires_at ? session : undefined;
}

/**
 * The source video's facts, or the reason Kling would not take it (data.status non-zero).
 * @param {any} body @param {import('../tasks').TaskStore} store
 */
function sourceOf(body, store) {
	if (body.video_url !== undefined) {
		const query = new URL(body.video_url).searchParams;
		const [width, height] = String(query.get('sim_size') ?? '1280x720').split('x').map(Number);
		return {
			seconds: Number(query.get('sim_duration') ?? 5),
			fps: Number(query.get('sim_fps') ?? 30),
			width,
			height,
			ttlMs: Number(query.get('sim_ttl_ms') ?? DAY_MS),
		};
	}
	const own = /^(\d+)-v0$/.exec(body.video_id);
	const task = own ? store.tasks.get(own[1]) : undefined;
	const finished = task && task.outcome === 'succeed' && Date.now() >= statusChanges(task).final;
	return { seconds: finished ? Number(task.body.duration ?? 5) : 5, fps: 30, width: 1280, height: 720, ttlMs: DAY_MS, unknown: own && !finished };
}

/** Why the video cannot be edited (the reference's init-selection notes), if it cannot. @param {ReturnType<typeof sourceOf>} source */
function sourceProblem(source) {
	const { seconds, fps, width, height } = source;
	if (!((seconds >= 2 && seconds <= 5) || (seconds >= 7 && seconds <= 10))) return `the video lasts ${seconds} s: only 2–5 s or 7–10 s can be edited`;
	if (![24, 30, 60].includes(fps)) return `the video has ${fps} fps: only 24, 30 or 60 fps`;
	if (![width, height].every((side) => side >= 720 && side <= 2160)) return `the video is ${width}x${height} px: each side must be 720 to 2160 px`;
	return undefined;
}

/**
 * The problem of a mark or an unmark's body, for a live session.
 * @param {any} body @param {Session} session
 */
function selectionProblem(body, session) {
	const frame = body.frame_index;
	if (!Number.isInteger(frame) || frame < 0) return 'frame_index must be an integer of at least 0';
	if (frame >= session.total_frame) return `frame_index must be below the video's ${session.total_frame} frames`;
	const points = body.points;
	if (!Array.isArray(points) || points.length < 1) return 'points needs at least one point';
	for (const point of points) {
		if (!isObject(point) || typeof point.x !== 'number' || typeof point.y !== 'number') return 'points[] need x and y numbers';
		if (point.x < 0 || point.x > 1 || point.y < 0 || point.y > 1) return 'points[].x and y must be in [0, 1]';
	}
	return undefined;
}

/** The masks Kling answers for a frame (one object per marked frame; an RLE that says nothing). @param {Session} session @param {number} frame */
const masksOf = (session, frame) => ({
	frame_index: frame,
	rle_mask_list: session.frames.has(frame)
		? [{ object_id: [...session.frames.keys()].indexOf(frame), rle_mask: { size: [session.height, session.width], counts: 'sim' }, png_mask: { size: [session.height, session.width], base64: 'c2lt' } }]
		: [],
});

/** What every session answer carries. @param {Session} session */
const sessionAnswer = (session) => ({ status: 0, session_id: session.session_id, final_unit_deduction: '0' });

/**
 * Each session route: gateways relay none; the body must name a live session.
 * @param {(ctx: import('./index').RouteContext, session: Session) => void} then
 * @returns {(ctx: import('./index').RouteContext) => void}
 */
const inSession = (then) => (ctx) => {
	if (ctx.shape === 'newapi') {
		ctx.res.writeHead(404, { 'content-type': 'text/plain' });
		ctx.res.end('404 page not found');
		return;
	}
	if (!isObject(ctx.body) || typeof ctx.body.session_id !== 'string' || !ctx.body.session_id) return ctx.json(400, errorBody(1201, 'Invalid parameter: session_id is required'));
	const session = liveSession(ctx.store, ctx.body.session_id);
	if (!session) return ctx.json(400, errorBody(1201, `Invalid parameter: session ${ctx.body.session_id} does not exist or has expired`));
	then(ctx, session);
};

/** @param {string} step */
const route = (step) => new RegExp(`^\\/v1\\/videos\\/multi-elements\\/${step}\\/?$`);

/** @type {import('./index').Route[]} */
const routes = [
	{
		method: 'POST',
		path: route('init-selection'),
		handle: (ctx) => {
			if (ctx.shape === 'newapi') {
				ctx.res.writeHead(404, { 'content-type': 'text/plain' });
				ctx.res.end('404 page not found');
				return;
			}
			const body = ctx.body;
			if (!isObject(body)) return ctx.json(400, errorBody(1201, 'Invalid parameter: the body must be a JSON object'));
			const unknown = Object.keys(body).find((key) => !['video_id', 'video_url'].includes(key));
			if (unknown) return ctx.json(400, errorBody(1201, `Invalid parameter: unknown parameter ${unknown}`));
			if ((body.video_id === undefined) === (body.video_url === undefined)) return ctx.json(400, errorBody(1201, 'Invalid parameter: give one of video_id and video_url'));
			if (body.video_url !== undefined && !isHttpUrl(body.video_url)) return ctx.json(400, errorBody(1201, 'Invalid parameter: video_url must be an http(s) URL'));
			if (body.video_id !== undefined && (typeof body.video_id !== 'string' || !body.video_id)) return ctx.json(400, errorBody(1201, 'Invalid parameter: video_id must be a video ID'));
			const source = sourceOf(body, ctx.store);
			if (source.unknown) return ctx.json(400, errorBody(1201, `Invalid parameter: video_id ${body.video_id} is not a finished video`));
			const problem = sourceProblem(source);
			if (problem) return ctx.json(200, envelope({ status: 3, final_unit_deduction: '0' }, problem));
			/** @type {Session} */
			const session = {
				session_id: numericId(),
				expires_at: Date.now() + source.ttlMs,
				seconds: source.seconds,
				fps: source.fps,
				width: source.width,
				height: source.height,
				total_frame: Math.round(source.seconds * source.fps),
				frames: new Map(),
				previewed: false,
			};
			sessionsOf(ctx.store).set(session.session_id, session);
			ctx.json(
				200,
				envelope({
					...sessionAnswer(session),
					fps: session.fps,
					// The reference does not say the unit; the simulator answers milliseconds.
					original_duration: Math.round(session.seconds * 1000),
					width: session.width,
					height: session.height,
					total_frame: session.total_frame,
					normalized_video: `${ctx.baseUrl}/files/${session.session_id}-normalized.mp4`,
				}),
			);
		},
	},
	{
		method: 'POST',
		path: route('add-selection'),
		handle: inSession((ctx, session) => {
			const problem = selectionProblem(ctx.body, session);
			if (problem) return ctx.json(400, errorBody(1201, `Invalid parameter: ${problem}`));
			const { frame_index: frame, points } = ctx.body;
			const marked = session.frames.get(frame) ?? [];
			if (!session.frames.has(frame) && session.frames.size >= MAX_FRAMES) return ctx.json(400, errorBody(1201, `Invalid parameter: at most ${MAX_FRAMES} frames can be marked`));
			if (marked.length + points.length > MAX_POINTS) return ctx.json(400, errorBody(1201, `Invalid parameter: at most ${MAX_POINTS} points can be marked on a frame`));
			session.frames.set(frame, [...marked, ...points.map((/** @type {any} */ p) => ({ x: p.x, y: p.y }))]);
			ctx.json(200, envelope({ ...sessionAnswer(session), res: masksOf(session, frame) }));
		}),
	},
	{
		method: 'POST',
		path: route('delete-selection'),
		handle: inSession((ctx, session) => {
			const problem = selectionProblem(ctx.body, session);
			if (problem) return ctx.json(400, errorBody(1201, `Invalid parameter: ${problem}`));
			const { frame_index: frame, points } = ctx.body;
			const marked = [...(session.frames.get(frame) ?? [])];
			for (const point of points) {
				// "Coordinates must exactly match those used when adding the video selection area."
				const at = marked.findIndex((p) => p.x === point.x && p.y === point.y);
				if (at === -1) return ctx.json(400, errorBody(1201, `Invalid parameter: point (${point.x}, ${point.y}) was not marked on frame ${frame}`));
				marked.splice(at, 1);
			}
			if (marked.length) session.frames.set(frame, marked);
			else session.frames.delete(frame);
			ctx.json(200, envelope({ ...sessionAnswer(session), res: masksOf(session, frame) }));
		}),
	},
	{
		method: 'POST',
		path: route('clear-selection'),
		handle: inSession((ctx, session) => {
			session.frames.clear();
			ctx.json(200, envelope(sessionAnswer(session)));
		}),
	},
	{
		method: 'POST',
		path: route('preview-selection'),
		handle: inSession((ctx, session) => {
			if (!session.frames.size) return ctx.json(200, envelope({ status: 4, session_id: session.session_id, final_unit_deduction: '0' }, 'nothing is marked in this session'));
			session.previewed = true;
			const id = session.session_id;
			ctx.json(
				200,
				envelope({
					...sessionAnswer(session),
					res: {
						video: `${ctx.baseUrl}/files/${id}-preview.mp4`,
						// Not served: the simulator keeps no cover image or tracking output.
						video_cover: `https://sim.invalid/multi-elements/${id}/cover.png`,
						tracking_output: `https://sim.invalid/multi-elements/${id}/tracking`,
					},
				}),
			);
		}),
	},
];

/**
 * POST /v1/videos/multi-elements: the reference's create fields, after the
 * checks every create gets (validate.js: prompt and negative_prompt length,
 * mode, watermark_info, callback_url).
 * @param {any} body @param {import('./index').RuleContext} ctx
 */
function multiElementsRule(body, { store }) {
	if (typeof body.session_id !== 'string') return 'session_id is required';
	const session = liveSession(store, body.session_id);
	if (!session) return `session ${body.session_id} does not exist or has expired`;
	if (!EDIT_MODES.includes(body.edit_mode)) return `edit_mode must be one of ${EDIT_MODES.join(', ')}`;
	const images = body.image_list === undefined ? [] : body.image_list;
	if (!Array.isArray(images)) return 'image_list must be a list';
	const wanted = { addition: [1, 2], swap: [1, 1], removal: [0, 0] }[/** @type {'addition' | 'swap' | 'removal'} */ (body.edit_mode)];
	if (images.length < wanted[0] || images.length > wanted[1]) {
		return `image_list takes ${wanted[0] === wanted[1] ? wanted[0] : `${wanted[0]} to ${wanted[1]}`} image(s) for ${body.edit_mode}`;
	}
	for (const entry of images) {
		const image = entry?.image;
		if (typeof image !== 'string') return 'image_list[].image is required';
		if (!isHttpUrl(image) && !BASE64.test(image)) return 'image_list[].image must be a URL or plain Base64 (no data: prefix)';
		if (!isHttpUrl(image) && Buffer.from(image, 'base64').length > 10 * 1024 * 1024) return 'image_list[].image must be at most 10 MB';
	}
	if (typeof body.prompt !== 'string') return 'prompt is required';
	const duration = String(body.duration ?? '5');
	if (!['5', '10'].includes(duration)) return 'duration must be 5 or 10';
	const fits = duration === '5' ? session.seconds >= 2 && session.seconds <= 5 : session.seconds >= 7 && session.seconds <= 10;
	if (!fits) return `duration ${duration} needs a source video of ${duration === '5' ? '2–5' : '7–10'} s; this session's video lasts ${session.seconds} s`;
	// "When replacing or removing elements within the existing video, the relevant elements need to be marked."
	if (body.edit_mode !== 'addition' && !session.frames.size) return `${body.edit_mode} needs an object marked in the session (add-selection)`;
	return undefined;
}

/** @type {import('./index').KindEntry[]} */
const kinds = [
	{
		kind: 'multi-elements',
		files: ['mp4'],
		// Older copies and resellers list kling-v1-6; the current reference names no model (none is needed).
		models: ['kling-v1-6'],
		gateways: false,
		rules: multiElementsRule,
		result: (view) => ({ videos: [{ id: `${view.task_id}-v0`, session_id: view.body.session_id, url: view.videoUrl, duration: view.duration }] }),
	},
];

/**
 * The session's files: its normalized video, and its preview once one was made (the fixture MP4).
 * @param {import('../tasks').TaskStore} store @param {{ taskId: string, format: string }} file
 */
function servesFile(store, file) {
	const named = /^(\d+)-(normalized|preview)$/.exec(file.taskId);
	const session = named && file.format === 'mp4' ? sessionsOf(store).get(named[1]) : undefined;
	return Boolean(session && (named?.[2] === 'normalized' || session.previewed));
}

/** Beside the video kinds, under /v1/videos; a video task (the video pack). @type {import('./index').Family} */
module.exports = { segment: 'videos', pack: 'video', kinds, routes, servesFile };
