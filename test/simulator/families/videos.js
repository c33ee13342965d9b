// @ts-check
'use strict';
/**
 * The video tasks (/v1/videos/<kind>), as shared/spec documents them. A
 * finished task lists its video, `<task_id>-v0`, served as an MP4 at
 * /files/<task_id>.mp4 (resultFiles.js). The rules are in videoRules.js.
 */

const rules = require('./videoRules');
const { MODELS_OF_KIND, FOUR_K_MODELS } = require('./models');

/** The result: one video, as long as the task's duration. @param {import('../tasks').SimTaskView} view */
const videoOf = (view) => ({ id: `${view.task_id}-v0`, url: view.videoUrl, duration: view.duration });

/**
 * @param {string} kind
 * @param {import('./index').KindEntry['rules']} check
 * @returns {import('./index').KindEntry}
 */
const video = (kind, check) => ({
	kind,
	files: ['mp4'],
	models: MODELS_OF_KIND[/** @type {keyof typeof MODELS_OF_KIND} */ (kind)],
	// std and pro; 4k where the model renders it (models.js FOUR_K_MODELS).
	modes: (body) => (FOUR_K_MODELS[/** @type {keyof typeof FOUR_K_MODELS} */ (kind)]?.includes(body.model_name) ? ['std', 'pro', '4k'] : ['std', 'pro']),
	rules: check,
	result: (view) => ({ videos: [videoOf(view)] }),
});

/** @type {import('./index').Family} */
module.exports = {
	segment: 'videos',
	pack: 'video',
	kinds: [
		video('text2video', rules.text2video),
		video('image2video', rules.image2video),
		video('multi-image2video', rules.multiImage2video),
		video('omni-video', rules.omniVideo),
		video('video-extend', rules.videoExtend),
		video('lip-sync', rules.lipSync),
		video('avatar/image2video', rules.avatar),
		video('effects', rules.effects),
		video('motion-control', rules.motionControl),
	],
};
