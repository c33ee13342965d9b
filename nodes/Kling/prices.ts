/**
 * Kling's published unit prices, beside the model table (models.ts): what
 * the node estimates a run from before anything is sent
 * (pipeline/estimateUnits.ts). Rows are keyed by the node's model names
 * (`model_name`, models.ts), each figure as Kling's price pages give it.
 *
 * Sources (shared/spec/kling-api-2026.md §C):
 * - [V-video] Kling's video price page, kling.ai/document-api/pricing/base/video, as Markdown
 *   fetched 2026-09-20 (kept verbatim in aself101/kling-api docs/api/kling-pricing-video.md).
 * - [V-image] Kling's image price page, kling.ai/document-api/pricing/base/image, fetched
 *   2026-09-20 (aself101/kling-api docs/api/kling-pricing-image.md).
 * - Kling's changelog (kling.ai/document-api/updates/api), dates MM/DD/YYYY, where a price was announced.
 *
 * Units are a resource pack's: video units ($0.14 each) for video, audio
 * and voice tasks, image units ($0.0035) for images (§C: "read units against
 * the pack type"; the audio and voice prices sit in the video table, and
 * their dollar figures are 0.14 × the units).
 *
 * What is not here has no published price (older models, Extend, Effects,
 * Virtual Try-On, elements): the estimate says "unknown" for it, never a guess.
 * When Kling changes a price, change its figure and date here.
 */

/** The date the prices below were read from Kling's pages. */
export const PRICES_AS_OF = '2026-09-20';

/**
 * Units per second of video, by resolution. The legacy API's `mode` maps to
 * them as Kling's deduction records say ("Legacy: mode parameter mapped as
 * 720p=std, 1080p=pro": [V] kling-assets-package.md, `resolution`); `4k` is
 * `mode: "4k"` (changelog 04/23/2026).
 */
export interface PerSecond {
	std?: number;
	pro?: number;
	'4k'?: number;
}

/** A video model's rows in the video price table, by what the task makes. */
export interface VideoModelPrices {
	/** No native audio. */
	silent?: PerSecond;
	/** Native audio, no voice control. */
	nativeAudio?: PerSecond;
	/** Native audio with designated voices (`voice_list`: "有指定音色", image2video.openapi.yaml.txt `voice_list`). */
	voiceControl?: PerSecond;
	/** With a reference video input (Omni: a feature video), no native audio. */
	videoInput?: PerSecond;
	/** Motion Control with this model (billed per second of the reference video). */
	motionControl?: PerSecond;
}

/**
 * Text to Video, Image to Video, Omni-Video and Motion Control, by model.
 * Model names map to Kling's product names as §A of the spec gives them
 * (kling-v3 = Kling 3.0, kling-v3-omni = 3.0 Omni, kling-video-o1 = O1,
 * kling-v2-6 = 2.6, kling-v2-5-turbo = 2.5 Turbo).
 */
// [V-video] "Kling 3.0": no native audio 0.6/0.8/3.0; native audio, no voice control 0.9/1.2/3.0;
// motion control 0.9/1.2 (changelog 03/04/2026); 4K 3 units/s (changelog 04/23/2026). Read 2026-09-20.
// No row for native audio with voice control: not priced (the capability map lists no voice control for 3.0).
const KLING_3: VideoModelPrices = {
	silent: { std: 0.6, pro: 0.8, '4k': 3.0 },
	nativeAudio: { std: 0.9, pro: 1.2, '4k': 3.0 },
	motionControl: { std: 0.9, pro: 1.2 },
};

// [V-video] "Kling 3.0 Omni": no video input × no audio 0.6/0.8/3.0; no video input × native audio
// 0.8/1.0/3.0; with video input × no audio 0.9/1.2/3.0 (4K: changelog 04/23/2026). Read 2026-09-20.
// A video input with native audio has no row.
const KLING_3_OMNI: VideoModelPrices = {
	silent: { std: 0.6, pro: 0.8, '4k': 3.0 },
	nativeAudio: { std: 0.8, pro: 1.0, '4k': 3.0 },
	videoInput: { std: 0.9, pro: 1.2, '4k': 3.0 },
};

export const VIDEO_PRICES: Record<string, VideoModelPrices> = {
	'kling-v3': KLING_3,
	'kling-v3-omni': KLING_3_OMNI,
	// [V-video] "Kling O1": no video input 0.6/0.8; with video input 0.9/1.2; no 4K, no native audio. Read 2026-09-20.
	'kling-video-o1': {
		silent: { std: 0.6, pro: 0.8 },
		videoInput: { std: 0.9, pro: 1.2 },
	},
	// [V-video] "Kling 2.6": no native audio 0.3/0.5; native audio (1080p only) 1.0; native audio with voice
	// control (1080p only) 1.2; motion control 0.5/0.8 (changelog 12/22/2025). Read 2026-09-20.
	'kling-v2-6': {
		silent: { std: 0.3, pro: 0.5 },
		nativeAudio: { pro: 1.0 },
		voiceControl: { pro: 1.2 },
		motionControl: { std: 0.5, pro: 0.8 },
	},
	// The new API's ids (kling-api-2026.md §0, §A): 3.0 Omni and 3.0 Motion Control are kling-v3-omni and
	// kling-v3 under other names, priced the same. [V-video] "3.0 Turbo (native audio)": 0.8/1.0, no 4K; Turbo
	// takes no audio switch (its body has no sound), so every row is that one. Read 2026-09-20.
	'kling-3.0-omni': KLING_3_OMNI,
	// On the new API 3.0 serves Motion Control only in this node (models.ts).
	'kling-3.0': { motionControl: KLING_3.motionControl },
	'kling-3.0-turbo': {
		silent: { std: 0.8, pro: 1.0 },
		nativeAudio: { std: 0.8, pro: 1.0 },
	},
	// [V-video] "Kling 2.5 Turbo": no native audio 0.3/0.5. Read 2026-09-20.
	'kling-v2-5-turbo': {
		silent: { std: 0.3, pro: 0.5 },
	},
};

/**
 * Prices per call or per length of an input the node does not measure
 * (video units). [V-video], read 2026-09-20.
 */
export const CALL_PRICES = {
	/** "Audio Generation | Per request | Text to Audio": 0.25 units a call. */
	textToAudio: 0.25,
	/** "Audio Generation | Per request | Video to Audio": 0.25 units a call. */
	videoToAudio: 0.25,
	/** "Audio Generation | Per request | Custom Voice": 0.05 units a call (Voice → Create). */
	customVoice: 0.05,
	/** "Avatar | Per second": 0.4 (720p = std) / 0.8 (1080p = pro) units a second of the output, which lasts as long as the audio. */
	avatarPerSecond: { std: 0.4, pro: 0.8 } as PerSecond,
	/** "Lip Sync | Per 5 seconds": 0.5 units per 5 s of the video. */
	lipSyncPerFiveSeconds: 0.5,
} as const;

/** Image units per image, by what the task does. */
export interface ImageModelPrices {
	textToImage?: number;
	imageToImage?: number;
	multiImageToImage?: number;
	/** At 4K (Omni-Image with kling-v3-omni). */
	'4k'?: number;
}

/** The Image resource's models (IMAGE_MODELS in models.ts). */
export const IMAGE_PRICES: Record<string, ImageModelPrices> = {
	// [V-image] "Kling Image 3.0 | Text-to-Image, Image-to-Image | 1K、2K | 8 Units / image". Read 2026-09-20.
	'kling-v3': { textToImage: 8, imageToImage: 8 },
	// [V-image] "Kling Image 3.0 Omni": 1K/2K 8 units, 4K 16 units an image. Read 2026-09-20.
	'kling-v3-omni': { textToImage: 8, imageToImage: 8, '4k': 16 },
	// [V-image] "Kling Image O1 | 1K、2K | 8 Units / image". Read 2026-09-20.
	'kling-image-o1': { textToImage: 8, imageToImage: 8 },
	// [V-image] "Kling Image 2.1": text-to-image 4, image-to-image 8, multi-image to image 16 units an image. Read 2026-09-20.
	'kling-v2-1': { textToImage: 4, imageToImage: 8, multiImageToImage: 16 },
};

/** [V-image] "General | Outpainting | 1K | 8 Units / image" (Image → Expand). Read 2026-09-20. */
export const OUTPAINTING_PER_IMAGE = 8;
