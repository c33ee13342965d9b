// This list must follow nodes/Kling/models.ts (Kling's documented models); the simulator keeps its own copy, never imports it.
// @ts-check
'use strict';
/** The models each task kind takes, and what depends on the model (durations, image references). */

const CLASSIC = ['kling-v1', 'kling-v1-5', 'kling-v1-6', 'kling-v2-master', 'kling-v2-1', 'kling-v2-1-master', 'kling-v2-5-turbo', 'kling-v2-6', 'kling-v3'];

/** `model_name` per kind; a kind not listed takes no model (an unknown field is ignored, as Kling does). */
const MODELS_OF_KIND = {
	// No list of text-to-video models names kling-v2-1 (text2video.apifox.txt; ComfyUI's nodes_kling.py).
	text2video: CLASSIC.filter((model) => model !== 'kling-v2-1'),
	image2video: CLASSIC,
	'multi-image2video': ['kling-v1-6', 'kling-v2-master', 'kling-v2-1', 'kling-v2-1-master'],
	'omni-video': ['kling-video-o1', 'kling-v3-omni'],
	'motion-control': ['kling-v2-6', 'kling-v3'],
	generations: ['kling-v1', 'kling-v1-5', 'kling-v2', 'kling-v2-new', 'kling-v2-1', 'kling-v3'],
	'omni-image': ['kling-image-o1', 'kling-v3-omni'],
	'multi-image2image': ['kling-v2', 'kling-v2-1'],
	'kolors-virtual-try-on': ['kolors-virtual-try-on-v1', 'kolors-virtual-try-on-v1-5'],
};

/**
 * `mode: "4k"` per kind: kling-v3 from text and from an image, kling-v3-omni in omni-video (Kling's changelog
 * 04/23/2026, kling.ai/document-api/updates/api; omni's "except for reference video" lifted 06/17/2026: "3.0
 * Omni now supports reference videos up to 15 seconds and 4K generation"). Motion control: none ("4K is not
 * supported", Kling's video capability map).
 */
const FOUR_K_MODELS = { text2video: ['kling-v3'], image2video: ['kling-v3'], 'omni-video': ['kling-v3-omni'] };

/** Omni-video's `shot_type: "intelligence"`: 3.0 Omni (Kling's changelog 03/11/2026, 06/17/2026). */
const INTELLIGENT_SHOT_MODELS = ['kling-v3-omni'];

/** Omni-image's `result_type: "series"`: Image 3.0 Omni only (Kling's image capability map, "Series Image Generation"). */
const SERIES_MODELS = ['kling-v3-omni'];

/** Effects' two-person scenes (`input.model_name`); fight takes kling-v1-6 only. */
const EFFECT_MODELS = ['kling-v1', 'kling-v1-5', 'kling-v1-6'];

/** Generations' `image_reference` (subject / face). */
const IMAGE_REFERENCE_MODELS = ['kling-v1-5', 'kling-v3'];

const range = (/** @type {number} */ from, /** @type {number} */ to) => Array.from({ length: to - from + 1 }, (_, i) => from + i);
/** Seconds per model: 5 or 10 (text2video/image2video documents); Kling 3.0 takes 3–15 (ComfyUI's Kling 3.0 node). */
const classicDurations = (/** @type {string} */ model) => (model === 'kling-v3' ? range(3, 15) : [5, 10]);
/** Omni-Video's longest duration: 15 s for kling-v3-omni, 10 for kling-video-o1 (omni-video spec `duration`). */
const omniMaxSeconds = (/** @type {string} */ model) => (model === 'kling-v3-omni' ? 15 : 10);
/** kling-video-o1 from text alone or a first frame alone: only 5 and 10 s (omni-video spec `duration`). */
const OMNI_TEXT_OR_FIRST_FRAME = { model: 'kling-video-o1', durations: [5, 10] };

module.exports = {
	MODELS_OF_KIND,
	EFFECT_MODELS,
	IMAGE_REFERENCE_MODELS,
	FOUR_K_MODELS,
	INTELLIGENT_SHOT_MODELS,
	SERIES_MODELS,
	classicDurations,
	omniMaxSeconds,
	OMNI_TEXT_OR_FIRST_FRAME,
};
