// @ts-check
'use strict';
/**
 * Image Recognize: POST /v1/videos/image-recognize, as Kling's reference
 * documents it (kling-img-recog.md; shared/spec/kling-api-2026.md §1.3):
 * `image` (a URL or raw Base64, imageInput.js), nothing else. Answered at
 * once, without a task ID: `data{final_unit_deduction: "0.1",
 * task_result.images[{type, is_contain, url}]}` for `object_seg`,
 * `head_seg`, `face_seg` and `cloth_seg`, each URL a real PNG mask
 * (/files/<id>-<0..3>.png, the fixture PNG; the recognition sits in the task
 * store as kind `image-recognize` so that its files are served, as speech
 * does; Kling documents no read of it). Everything is found unless the image
 * says otherwise: `sim-missing=face,cloth` in it (e.g. a URL's query) marks
 * those kinds (subject, head, face, cloth) not found; their mask URLs are
 * still listed, as Kling lists one per kind. No concurrency: only task
 * creates hold slots (Concurrency Rules). A new-api gateway (/newapi) has no
 * such route: plain-text 404. Faults: `sim.inject({ on: 'call', ... })`.
 */

const { envelope, errorBody } = require('../shapes');
const { imageInputProblem } = require('./imageInput');

/** The kinds of mask, in the order Kling lists them, with the word `sim-missing=` takes. */
const MASKS = [
	{ type: 'object_seg', name: 'subject' },
	{ type: 'head_seg', name: 'head' },
	{ type: 'face_seg', name: 'face' },
	{ type: 'cloth_seg', name: 'cloth' },
];
const MISSING = /sim-missing=([a-z,]+)/;

/** @param {any} body */
function recognizeProblem(body) {
	if (typeof body !== 'object' || body === null || Array.isArray(body)) return 'the body must be a JSON object';
	const unknown = Object.keys(body).find((key) => key !== 'image');
	if (unknown) return `unknown parameter ${unknown}`;
	return imageInputProblem(body.image, 'image');
}

/** @type {import('./index').Route[]} */
const routes = [
	{
		method: 'POST',
		path: /^\/v1\/videos\/image-recognize\/?$/,
		handle: (ctx) => {
			if (ctx.shape === 'newapi') {
				ctx.res.writeHead(404, { 'content-type': 'text/plain' });
				ctx.res.end('404 page not found');
				return;
			}
			const problem = recognizeProblem(ctx.body);
			if (problem) return ctx.json(400, errorBody(1201, `Invalid parameter: ${problem}`));
			const missing = (MISSING.exec(ctx.body.image)?.[1] ?? '').split(',');
			const task = ctx.store.create('image-recognize', ctx.body, { durationMs: 0 });
			const data = {
				final_unit_deduction: '0.1',
				task_result: {
					images: MASKS.map(({ type, name }, index) => ({
						type,
						is_contain: !missing.includes(name),
						url: `${ctx.baseUrl}/files/${task.task_id}-${index}.png`,
					})),
				},
			};
			// An aggregator's flat answer is the data itself.
			ctx.json(200, ctx.shape === 'flat' ? data : envelope(data));
		},
	},
];

/** @type {import('./index').KindEntry[]} */
const kinds = [{ kind: 'image-recognize', files: ['png'], gateways: false }];

/** Its masks' kind sits beside the video kinds, under /v1/videos. @type {import('./index').Family} */
module.exports = { segment: 'videos', pack: 'video', kinds, routes };
