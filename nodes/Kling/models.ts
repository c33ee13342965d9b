import type { Mode } from './vocabulary';

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
 */
export type KlingOperation =
	| 'textToVideo'
	| 'imageToVideo'
	| 'multiImageToVideo'
	| 'omniVideo'
	| 'videoExtend'
	| 'lipSync'
	| 'avatar'
	| 'videoEffects'
	| 'motionControl';

export interface ModelCapabilities {
	label: string;
	operations: KlingOperation[];
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
	operations: KlingOperation[],
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
// docs.comfy.org/built-in-nodes/KlingMotionControl: model kling-v3, kling-v2-6, mode pro, std).
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
	'kling-v3': model('Kling v3', ['textToVideo', 'imageToVideo', 'motionControl'], { sound: true, voiceList: true, durations: V3_DURATIONS }),
	// omni-video.openapi.yaml.txt `duration`: "使用文生视频、首帧图生视频时，仅支持5和10s" (from text or a
	// first frame alone, only 5 and 10 s); ComfyUI agrees (KlingOmniProTextToVideoNode: "kling-video-o1
	// only supports durations of 5 or 10 seconds"). The spec states it for kling-video-o1 only.
	// sound: the spec lists `sound` without a model limit (ComfyUI refuses it for o1): let through.
	'kling-video-o1': model('Kling Video O1 (Omni)', ['omniVideo'], {
		sound: true,
		durations: OMNI_DURATIONS,
		durationsFromTextOrFirstFrame: CLASSIC_DURATIONS,
	}),
	'kling-v3-omni': model('Kling v3 Omni', ['omniVideo'], { sound: true, durations: OMNI_V3_DURATIONS }),
};

export function modelsFor(operation: KlingOperation): string[] {
	return Object.keys(MODELS).filter((name) => MODELS[name].operations.includes(operation));
}

export function modelOptions(operation: KlingOperation) {
	return modelsFor(operation).map((value) => ({ name: MODELS[value].label, value }));
}

/** Every duration some model of the operation takes, ascending: the Duration field's options. */
export function durationsFor(operation: KlingOperation): number[] {
	const all = new Set(modelsFor(operation).flatMap((name) => MODELS[name].durations));
	return [...all].sort((a, b) => a - b);
}

/** The models of an operation whose default mode is `mode`. */
export function modelsWithDefaultMode(operation: KlingOperation, mode: Mode): string[] {
	return modelsFor(operation).filter((name) => MODELS[name].defaultMode === mode);
}
