// @ts-check
'use strict';
/**
 * AI Multi-Shot: POST /v1/general/ai-multi-shot, a task, as Kling's reference
 * documents it (kling-image-common-subject-completion.md;
 * shared/spec/kling-api-2026.md §1.4): `element_frontal_image` (required; a
 * URL or raw Base64, imageInput.js), `callback_url`, `external_task_id`; no
 * model, nothing else. Read back at GET /v1/general/ai-multi-shot/<id>,
 * listed with pageNum/pageSize. A finished task lists three candidate sets of
 * three views, `images[{index 0–2, url_1, url_2, url_3}]`, each URL a real
 * PNG (/files/<task_id>-<0..8>.png). Billed in image units, 20 a call
 * (kling-pricing-image.md): it draws on the image pack, one slot. New-api
 * gateways do not relay it (plain-text 404 under /newapi).
 */

const { imageInputProblem } = require('./imageInput');

const KEYS = ['element_frontal_image', 'callback_url', 'external_task_id'];

/** The three sets, each of three views. @param {import('../tasks').SimTaskView} view */
const setsOf = (view) => ({
	images: [0, 1, 2].map((index) => ({
		index,
		url_1: `${view.baseUrl}/files/${view.task_id}-${index * 3}.png`,
		url_2: `${view.baseUrl}/files/${view.task_id}-${index * 3 + 1}.png`,
		url_3: `${view.baseUrl}/files/${view.task_id}-${index * 3 + 2}.png`,
	})),
});

/** @type {import('./index').KindEntry[]} */
const kinds = [
	{
		kind: 'ai-multi-shot',
		files: ['png'],
		gateways: false,
		rules: (body) => {
			const unknown = Object.keys(body).find((key) => !KEYS.includes(key));
			if (unknown) return `unknown parameter ${unknown}`;
			return imageInputProblem(body.element_frontal_image, 'element_frontal_image');
		},
		result: setsOf,
	},
];

/** @type {import('./index').Family} */
module.exports = { segment: 'general', pack: 'image', kinds };
