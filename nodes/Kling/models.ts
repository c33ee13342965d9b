import type { ImageAspectRatio, ImageResolution, Mode } from './vocabulary';
import { IMAGE_ASPECT_RATIOS } from './vocabulary';

/**
 * What each Kling model accepts. Validation rules that depend on the model
 * read this table only, and so do the Model, Mode and Duration fields, so a
 * new Kling model is one row here.
 *
 * Each rule says where it comes from: a document in shared/spec (name and
 * field), or an independent client of the API (repository and path). Where
 * the sources are unsure or disagree, the table lets the value through: the
 * host refuses a bad request for free, while a refused good one is a feature
 * the user cannot reach.
 *
 * Rows name the operations they serve by value (test/operations.test.ts
 * checks each is a registered operation). The simulator (test/simulator/)
 * keeps its own list of models (test/simulator/families/models.js), as an
 * independent oracle of Kling's rules:
 * when a row here changes, change its list too.
 */
export interface ModelCapabilities {
	label: string;
	operations: string[];
	/** `cfg_scale` is rejected by the kling-v2.x family. */
	cfgScale: boolean;
	/** `sound` on/off (V2.6 and later). */
	sound: boolean;
	/** `voice_list` (V2.6 and later, needs sound on). */
	voiceList: boolean;
	/** Allowed `duration` values in seconds. */
	durations: number[];
	/**
	 * Omni only: the durations allowed when the video comes from the prompt
	 * alone or from a first frame alone (no reference image, end frame,
	 * element or video).
	 */
	durationsFromTextOrFirstFrame?: number[];
	/** The `mode` the node sends when Mode is left at "Model's Default". */
	defaultMode: Mode;
	/** The operations in which it renders `mode: "4k"` (none when left out). */
	fourK?: string[];
	/** Omni-Video: takes `shot_type: "intelligence"` (shots described in the prompt). */
	intelligentShots?: boolean;
	/**
	 * `'new'`: served by Kling's new API (the model in the path, `contents[]` +
	 * `settings{}` + `options{}`, tasks read at `GET /tasks`, API keys only;
	 * shared/spec/kling-api-2026.md §0). An item with such a model goes there;
	 * every other model goes to the legacy API (`model_name` in the body).
	 */
	api?: 'new';
	/** Image to Video: whether it takes a last frame (Tail Image). kling-3.0-turbo-i2v.md: "only First Frame is supported". */
	tailImage?: boolean;
}

const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);

// text2video.apifox.txt and image2video.openapi.yaml.txt `duration`: 5, 10.
const CLASSIC_DURATIONS = [5, 10];
// Kling 3.0 takes 3–15 s from text and from an image: ComfyUI's Kling 3.0 node sends
// them (docs.comfy.org/built-in-nodes/KlingVideoNode: duration 3–15; comfyanonymous/ComfyUI
// comfy_api_nodes/nodes_kling.py checks storyboards add up to 3–15 s for kling-v3).
const V3_DURATIONS = range(3, 15);
// omni-video.openapi.yaml.txt `duration`: 3–10 (kling-video-o1), 3–15 (kling-v3-omni).
const OMNI_DURATIONS = range(3, 10);
const OMNI_V3_DURATIONS = range(3, 15);

const model = (
	label: string,
	operations: string[],
	extra: Partial<ModelCapabilities> = {},
): ModelCapabilities => ({
	label,
	operations,
	cfgScale: false,
	sound: false,
	voiceList: false,
	durations: CLASSIC_DURATIONS,
	defaultMode: 'std',
	...extra,
});

// Text to Video: text2video.apifox.txt lists kling-v1, v1-5, v1-6, v2-5-turbo; ComfyUI adds
// kling-v2-master and kling-v2-1-master (nodes_kling.py MODE_TEXT2VIDEO), kling-v2-6
// (KlingTextToVideoWithAudio) and kling-v3 (KlingVideoNode).
// Image to Video: image2video.openapi.yaml.txt `model_name` (kling-v1 … kling-v3).
// Multi-Image to Video: kling-v1-6, kling-v2-master, kling-v2-1, kling-v2-1-master (unchanged).
// cfg_scale: image2video.openapi.yaml.txt `cfg_scale` ("kling-v2.x模型不支持").
// sound, voice_list: image2video.openapi.yaml.txt `sound`, `voice_list` ("仅V2.6及后续版本模型支持").
// Effects (`input.model_name`, two-person scenes): kling-v1, kling-v1-5, kling-v1-6 (Kling's API
// reference, "Video Effects"; ComfyUI nodes_kling.py execute_video_effect); "fight" only kling-v1-6
// (validation/videoEffects.schema.ts).
// Motion Control: kling-v2-6 and kling-v3 (docs.fast-token.com, Kling Motion Control `model_name`;
// docs.comfy.org/built-in-nodes/KlingMotionControl: model kling-v3, kling-v2-6, mode pro, std); Kling's
// changelog adds `model_name` with the default kling-v2-6 (kling-api-2026.md §A, §D 03/04/2026).
// 4K: kling-v3 in Text to Video and Image to Video, kling-v3-omni in Omni-Video (kling-api-2026.md §D
// 04/23/2026; Omni's "not with a reference video" was lifted 06/17/2026, the later word); never in
// Motion Control (§A "motion control: no 4K"; Kling's video capability map: "4K is not supported").
// Extend, Lip-Sync and Avatar take no model: the source video's (Extend) or Kling's own.
export const MODELS: Record<string, ModelCapabilities> = {
	'kling-v1': model('Kling v1', ['textToVideo', 'imageToVideo', 'videoEffects'], { cfgScale: true }),
	'kling-v1-5': model('Kling v1.5', ['textToVideo', 'imageToVideo', 'videoEffects'], { cfgScale: true }),
	'kling-v1-6': model('Kling v1.6', ['textToVideo', 'imageToVideo', 'multiImageToVideo', 'videoEffects'], { cfgScale: true }),
	'kling-v2-master': model('Kling v2 Master', ['textToVideo', 'imageToVideo', 'multiImageToVideo']),
	// Not for text: no list of text-to-video models names kling-v2-1 (text2video.apifox.txt,
	// ComfyUI nodes_kling.py MODE_TEXT2VIDEO); one client's notes of probing api-singapore.klingai.com
	// record text2video with kling-v2-1 answered 1201 "model is not supported".
	'kling-v2-1': model('Kling v2.1', ['imageToVideo', 'multiImageToVideo']),
	'kling-v2-1-master': model('Kling v2.1 Master', ['textToVideo', 'imageToVideo', 'multiImageToVideo']),
	// Pro by default: ComfyUI only ever sends pro with it (nodes_kling.py MODE_TEXT2VIDEO;
	// its image-to-video switches std to pro: "currently std mode is not supported for this
	// model"). An explicit std is let through: another client's text2video with std was accepted.
	'kling-v2-5-turbo': model('Kling v2.5 Turbo', ['textToVideo', 'imageToVideo'], { defaultMode: 'pro' }),
	// Pro by default: ComfyUI's Kling 2.6 nodes offer pro only (docs.comfy.org/built-in-nodes/
	// KlingTextToVideoWithAudio and KlingImageToVideoWithAudio: mode "pro"). std is let through.
	'kling-v2-6': model('Kling v2.6', ['textToVideo', 'imageToVideo', 'motionControl'], { sound: true, voiceList: true, defaultMode: 'pro' }),
	'kling-v3': model('Kling v3', ['textToVideo', 'imageToVideo', 'motionControl'], { sound: true, voiceList: true, durations: V3_DURATIONS, fourK: ['textToVideo', 'imageToVideo'] }),
	// omni-video.openapi.yaml.txt `duration`: "使用文生视频、首帧图生视频时，仅支持5和10s" (from text or a
	// first frame alone, only 5 and 10 s); ComfyUI agrees (KlingOmniProTextToVideoNode: "kling-video-o1
	// only supports durations of 5 or 10 seconds"). The spec states it for kling-video-o1 only.
	// sound: the spec lists `sound` without a model limit (ComfyUI refuses it for o1): let through.
	'kling-video-o1': model('Kling Video O1 (Omni)', ['omniVideo'], {
		sound: true,
		durations: OMNI_DURATIONS,
		durationsFromTextOrFirstFrame: CLASSIC_DURATIONS,
	}),
	// Intelligent shots: kling-api-2026.md §D 03/11/2026 ("3.0 Omni supports intelligence shot type").
	'kling-v3-omni': model('Kling v3 Omni', ['omniVideo'], { sound: true, durations: OMNI_V3_DURATIONS, fourK: ['omniVideo'], intelligentShots: true }),
	// Kling's new API (shared/spec/kling-api-2026.md §0, §A; the pages in aself101/kling-api docs/api/):
	// 3.0 Turbo is served there only (kling-3.0-turbo-t2v.md, -i2v.md: duration 3–15, 720p/1080p, no audio
	// switch, image to video from a first frame only). 3.0 Omni and 3.0 Motion Control are the models
	// kling-v3-omni and kling-v3 under their new-API ids (kling-omni-3.0-ovg.md, kling-motion-control-3.0.md).
	'kling-3.0-turbo': model('Kling 3.0 Turbo (New API)', ['textToVideo', 'imageToVideo'], { api: 'new', durations: V3_DURATIONS, tailImage: false }),
	// 4K there too: `settings.resolution` "4k" on kling-3.0 / kling-3.0-omni (kling-api-2026.md §0 `settings`).
	'kling-3.0-omni': model('Kling 3.0 Omni (New API)', ['omniVideo'], { api: 'new', sound: true, durations: OMNI_V3_DURATIONS, fourK: ['omniVideo'] }),
	'kling-3.0': model('Kling 3.0 (New API)', ['motionControl'], { api: 'new' }),
};

/** Whether Kling's new API (the model in the path) serves this model (see ModelCapabilities `api`). */
export const isNewApiModel = (name: unknown): boolean => typeof name === 'string' && MODELS[name]?.api === 'new';

export function modelsFor(operation: string): string[] {
	return Object.keys(MODELS).filter((name) => MODELS[name].operations.includes(operation));
}

export function modelOptions(operation: string) {
	return modelsFor(operation).map((value) => ({ name: MODELS[value].label, value }));
}

/** Every duration some model of the operation takes, ascending: the Duration field's options. */
export function durationsFor(operation: string): number[] {
	const all = new Set(modelsFor(operation).flatMap((name) => MODELS[name].durations));
	return [...all].sort((a, b) => a - b);
}

/** The models of an operation that render it in 4K (`fourK`). */
export function fourKModelsFor(operation: string): string[] {
	return modelsFor(operation).filter((name) => MODELS[name].fourK?.includes(operation));
}

/** The models of an operation whose default mode is `mode`. */
export function modelsWithDefaultMode(operation: string, mode: Mode): string[] {
	return modelsFor(operation).filter((name) => MODELS[name].defaultMode === mode);
}

/*
 * ---- Image models ----
 *
 * The Image resource's models, in a table of their own: what an image model
 * can do (resolutions, aspect ratios, reference types) shares nothing with a
 * video model's row above (durations, modes, sound), and the same name means
 * different things in each family (kling-v1 the image model takes 1K only; the
 * video model takes cfg_scale). Expand takes no model ("与模型版本无关的能力").
 * Sources: the official reference's image pages and capability map, as
 * mirrored in WHQ25/rawgenai docs/research/kling (commit b3f9cef): image-
 * generation.md, omni-image-o1.md, multi-image-to-image.md, virtual-try-on.md,
 * capability-map.md ("图像生成"); others named beside their rows. As above,
 * where they are unsure the table lets the value through.
 */
export interface ImageModelCapabilities {
	label: string;
	/** The Image operations (their values: generate, omniImage, multiImageToImage, virtualTryOn) that offer it. */
	operations: string[];
	/** `resolution` values it takes (Generate, Omni-Image). */
	resolutions: ImageResolution[];
	/** `aspect_ratio` values it takes. */
	aspectRatios: ImageAspectRatio[];
	/** Generate's `image_reference` (subject / face): not taken, optional, or required with a reference image. */
	imageReference: false | 'optional' | 'withImage';
	/** Generate: only restyles a reference image (no image from text alone). */
	needsImage: boolean;
	/** Generate with a reference image: the result keeps the image's resolution, which cannot be set. */
	keepsImageResolution: boolean;
	/** Omni-Image: makes a series (`result_type: series`, `series_amount`). */
	series?: boolean;
}

const ALL_IMAGE_RATIOS = IMAGE_ASPECT_RATIOS.map((ratio) => ratio.value);

const imageModel = (label: string, operations: string[], extra: Partial<ImageModelCapabilities> = {}): ImageModelCapabilities => ({
	label,
	operations,
	resolutions: ['1k', '2k'],
	aspectRatios: ALL_IMAGE_RATIOS,
	imageReference: false,
	needsImage: false,
	keepsImageResolution: false,
	...extra,
});

// Generate: image-generation.md `model_name` (kling-v1, kling-v1-5, kling-v2, kling-v2-new, kling-v2-1).
// Resolutions: capability-map.md "清晰度支持" (kling-v1 and kling-v1-5: 1K only; kling-v2: 1K/2K).
// Aspect ratios: capability-map.md (kling-v1: no 21:9; the others all eight).
// image_reference: image-generation.md "仅kling-v1-5支持" (only kling-v1-5); with kling-v1-5 and an image it is
// required (docs.gptproto.com, Kling official-format image-to-image: "When using kling-v1-5 and the image
// parameter is not empty, the current parameter is required"; gpt.morphogen.top's Kling image generation agrees).
// kling-v2-new: capability-map.md lists no text to image, only restyling (图生图-风格转绘); kling-v2 and
// kling-v2-new restyle "生成图片分辨率与入参图相同，不支持单独设置分辨率" (the image's resolution).
// Multi-Image to Image: multi-image-to-image.md `model_name` (kling-v2, kling-v2-1).
export const IMAGE_MODELS: Record<string, ImageModelCapabilities> = {
	'kling-v1': imageModel('Kling v1', ['generate'], { resolutions: ['1k'], aspectRatios: ALL_IMAGE_RATIOS.filter((ratio) => ratio !== '21:9') }),
	'kling-v1-5': imageModel('Kling v1.5', ['generate'], { resolutions: ['1k'], imageReference: 'withImage' }),
	'kling-v2': imageModel('Kling v2', ['generate', 'multiImageToImage'], { keepsImageResolution: true }),
	'kling-v2-new': imageModel('Kling v2 New (Restyles an Image)', ['generate'], { needsImage: true, keepsImageResolution: true }),
	'kling-v2-1': imageModel('Kling v2.1', ['generate', 'multiImageToImage']),
	// Kling 3.0's image model on the same endpoint, with 1K/2K and image_reference (docs.powertokens.ai
	// "Kling Image Generation kling-v3", /kling/v1/images/generations; docs.modellix.ai kling-v3-t2i, -i2i).
	'kling-v3': imageModel('Kling v3', ['generate'], { imageReference: 'optional' }),
	// omni-image-o1.md `model_name` (kling-image-o1); kling-v3-omni: shared/spec/kling-api-surface.md (Omni-Image).
	'kling-image-o1': imageModel('Kling Image O1 (Omni)', ['omniImage']),
	// Series: kling-api-2026.md §A (Image 3.0 Omni only); Kling's image capability map ("Series Image
	// Generation": Image 3.0 Omni supported, Image O1 not).
	// 4K: the same table (Image 3.0 Omni: 1K, 2K, 4K; the others 1K, 2K).
	'kling-v3-omni': imageModel('Kling v3 Omni', ['omniImage'], { series: true, resolutions: ['1k', '2k', '4k'] }),
	// virtual-try-on.md `model_name`: v1 takes one garment; v1-5 also a top and a bottom pictured together.
	// Try-On 3.0 (kling-api-2026.md §A, §D 09/15/2026) has no model name of its own: Kling runs these two
	// names on it ("V1/V1.5 model parameters have been adapted"), so they stay what is sent.
	'kolors-virtual-try-on-v1': imageModel('Kolors Virtual Try-On v1', ['virtualTryOn']),
	'kolors-virtual-try-on-v1-5': imageModel('Kolors Virtual Try-On v1.5 (Top + Bottom)', ['virtualTryOn']),
};

export function imageModelsFor(operation: string): string[] {
	return Object.keys(IMAGE_MODELS).filter((name) => IMAGE_MODELS[name].operations.includes(operation));
}

export function imageModelOptions(operation: string) {
	return imageModelsFor(operation).map((value) => ({ name: IMAGE_MODELS[value].label, value }));
}

/**
 * Whether a name is in either model table. A name in neither is a model this
 * release does not know (one Kling shipped since): it is sent with the checks
 * every model gets, and its item says its model rules were not checked.
 */
export const isKnownModel = (name: string): boolean => name in MODELS || name in IMAGE_MODELS;
