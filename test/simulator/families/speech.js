// @ts-check
'use strict';
/**
 * Text to speech: POST /v1/audio/tts, as the official reference documents it
 * (mirrored in WHQ25/rawgenai docs/research/kling/tts.md): `text` (at most
 * 1000 characters), `voice_id`, `voice_language` (zh, en), `voice_speed`
 * (0.8–2.0, one decimal). The answer is the finished task itself, its
 * `task_result.audios[{id, url, duration}]`; the MP3 is served at
 * /files/<task_id>.mp3 (the task sits in the task store, kind `tts`).
 * `[sim:async]` (or `[sim:async=N]` ms) in the text makes it answer a
 * `submitted` task instead, read back at GET /v1/audio/tts/<task_id> like
 * any task (some gateways run text to speech as a task). `[sim:fail]` makes
 * the task fail. A new-api gateway (/newapi) has no such route: plain-text 404.
 */

const { renderTask, errorBody } = require('../shapes');

const ASYNC_MARKER = /\[sim:async(?:=(\d+))?\]/;
const FAIL_MARKER = '[sim:fail]';
/** How long an async speech task takes unless the marker says. */
const ASYNC_MS = 2000;
const KEYS = ['text', 'voice_id', 'voice_language', 'voice_speed'];

/**
 * The body's problem, as the reference states the limits; unknown keys are
 * refused too, so a client that sends what the endpoint does not take is caught.
 * @param {any} body
 */
function speechProblem(body) {
	if (typeof body !== 'object' || body === null || Array.isArray(body)) return 'the body must be a JSON object';
	const unknown = Object.keys(body).find((key) => !KEYS.includes(key));
	if (unknown) return `unknown parameter ${unknown}`;
	if (typeof body.text !== 'string' || !body.text.trim()) return 'text is required';
	if ([...body.text].length > 1000) return 'text must be at most 1000 characters';
	if (typeof body.voice_id !== 'string' || !body.voice_id) return 'voice_id is required';
	if (body.voice_language !== undefined && !['zh', 'en'].includes(body.voice_language)) return 'voice_language must be zh or en';
	if (body.voice_speed !== undefined) {
		const speed = body.voice_speed;
		if (typeof speed !== 'number' || speed < 0.8 || speed > 2) return 'voice_speed must be a number from 0.8 to 2.0';
		if (Math.round(speed * 10) !== speed * 10) return 'voice_speed allows one decimal';
	}
	return undefined;
}

/** @type {import('./index').Route[]} */
const routes = [
	{
		method: 'POST',
		path: /^\/v1\/audio\/tts\/?$/,
		handle: (ctx) => {
			if (ctx.shape === 'newapi') {
				ctx.res.writeHead(404, { 'content-type': 'text/plain' });
				ctx.res.end('404 page not found');
				return;
			}
			const problem = speechProblem(ctx.body);
			if (problem) return ctx.json(400, errorBody(1201, `Invalid parameter: ${problem}`));
			const async = ASYNC_MARKER.exec(ctx.body.text);
			const fail = ctx.body.text.includes(FAIL_MARKER) ? 'Simulated failure: the text was refused' : undefined;
			const task = ctx.store.create('tts', ctx.body, { durationMs: async ? Number(async[1] ?? ASYNC_MS) : 0, fail });
			ctx.json(200, renderTask(ctx.shape, ctx.store.view(task, ctx.baseUrl), async ? 'submit' : 'read'));
		},
	},
];

/** @type {import('./index').KindEntry[]} */
const kinds = [
	{
		kind: 'tts',
		files: ['mp3'],
		// The fixture MP3 lasts one second.
		result: (view) => ({ audios: [{ id: `${view.task_id}-a0`, url: view.mp3Url, duration: '1.0' }] }),
	},
];

/** Its task kind sits beside the audio family's, under /v1/audio. @type {import('./index').Family} */
module.exports = { segment: 'audio', pack: 'audio', kinds, routes };
