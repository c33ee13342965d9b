/**
 * The Kling API's vocabulary, once: the values its fields take and the limits
 * it quotes. Field options, the hints that quote a limit, validation and body
 * shaping all read it from here (model capabilities live in models.ts).
 * Sources: the documents in shared/spec, named beside each entry.
 */

/** `aspect_ratio` (text2video.apifox.txt, omni-video.openapi.yaml.txt `aspect_ratio`). */
export const ASPECT_RATIOS = [
	{ value: '16:9', name: '16:9 (Landscape)' },
	{ value: '9:16', name: '9:16 (Portrait)' },
	{ value: '1:1', name: '1:1 (Square)' },
] as const;
export type AspectRatio = (typeof ASPECT_RATIOS)[number]['value'];
export const ASPECT_RATIO_VALUES = ASPECT_RATIOS.map((ratio) => ratio.value) as [AspectRatio, ...AspectRatio[]];

/** `mode` (image2video.openapi.yaml.txt, omni-video.openapi.yaml.txt `mode`: std, pro). */
export const MODES = [
	{ value: 'std', name: 'Standard', description: 'Faster and cheaper' },
	{ value: 'pro', name: 'Professional', description: 'Higher quality, costs more' },
] as const;
export type Mode = (typeof MODES)[number]['value'];
export const MODE_VALUES = MODES.map((mode) => mode.value) as [Mode, ...Mode[]];
/**
 * `mode: "4k"`: native 4K, rendered like pro, 3 units a second (kling-api-2026.md §D 04/23/2026: Text to
 * Video and Image to Video with kling-v3, Omni-Video with kling-v3-omni). Which model takes it in which
 * operation is models.ts `fourK`.
 */
export const FOUR_K_MODE = { value: '4k', name: '4K', description: 'Native 4K, rendered like Professional; costs the most' } as const;
export type VideoMode = Mode | (typeof FOUR_K_MODE)['value'];
export const VIDEO_MODE_VALUES = [...MODE_VALUES, FOUR_K_MODE.value] as [VideoMode, ...VideoMode[]];

/**
 * Multi-shot's `shot_type`: `customize` (the shots listed in `multi_prompt`; image2video and omni-video
 * openapi `shot_type`) or `intelligence` (Kling cuts the shots the prompt describes; kling-api-2026.md §D
 * 03/11/2026, 3.0 Omni; 06/17/2026 also with a feature reference video). Which model takes intelligence
 * is models.ts `intelligentShots`.
 */
export const SHOT_TYPES = [
	{ value: 'customize', name: 'Custom (the Shots Below)', description: 'Each shot with its own prompt and duration, from Shots' },
	{ value: 'intelligence', name: 'Intelligent (Shots Described in the Prompt)', description: 'Kling cuts the shots the Prompt describes (kling-v3-omni); Shots is not used' },
] as const;
export type ShotType = (typeof SHOT_TYPES)[number]['value'];
export const SHOT_TYPE_VALUES = SHOT_TYPES.map((type) => type.value) as [ShotType, ...ShotType[]];

/** `camera_control.config` axes, each in [-CAMERA_AXIS_MAX, CAMERA_AXIS_MAX] (text2video.apifox.txt `camera_control`; shared/spec/README.md). */
export const CAMERA_AXES = ['horizontal', 'vertical', 'pan', 'tilt', 'roll', 'zoom'] as const;
export type CameraAxis = (typeof CAMERA_AXES)[number];
export const CAMERA_AXIS_MAX = 10;

/** `camera_control.type`: `simple` takes axes, the presets none (shared/spec/README.md, "Camera control"). */
export const CAMERA_PRESETS = [
	{ value: 'down_back', name: 'Down and Back' },
	{ value: 'forward_up', name: 'Forward and Up' },
	{ value: 'left_turn_forward', name: 'Left Turn Forward' },
	{ value: 'right_turn_forward', name: 'Right Turn Forward' },
] as const;
export const CAMERA_TYPES = ['simple', ...CAMERA_PRESETS.map((preset) => preset.value)] as [
	'simple',
	...Array<(typeof CAMERA_PRESETS)[number]['value']>,
];

/** Limits the documents quote. */
export const LIMITS = {
	/** `prompt`, `negative_prompt` (image2video.openapi.yaml.txt, omni-video.openapi.yaml.txt `prompt`). */
	prompt: 2500,
	/** `multi_prompt[].prompt` (image2video/omni-video openapi `multi_prompt`: 每个分镜相关内容的最大长度不超过512). */
	shotPrompt: 512,
	/** `multi_prompt` holds 1 to 6 shots (same field). */
	shots: 6,
	/** `dynamic_masks` (image2video-constraints.txt: 最多 6 组). */
	dynamicMasks: 6,
	/** `dynamic_masks[].trajectories` (image2video-constraints.txt: 至少2个点，最多77个点). */
	trajectoryPoints: { min: 2, max: 77 },
	/** `voice_list` (image2video.openapi.yaml.txt `voice_list`: 至多引用2个音色). */
	voices: 2,
	/** multi-image2video `image_list` (shared/spec/README.md: up to 4 images). */
	referenceImages: 4,
	/**
	 * Omni-Video `image_list`: at most 7, at most 4 next to a video; `video_list`: at most 1.
	 * The Omni spec names no limit; ComfyUI's client does (comfyanonymous/ComfyUI
	 * comfy_api_nodes/apis/kling_api.py, OmniProReferences2VideoRequest: image_list
	 * max_length=7, "Max length 4 when video is present", video_list max_length=1).
	 */
	omniImages: 7,
	omniImagesWithVideo: 4,
	omniVideos: 1,
	/** Images sent as Base64 (shared/spec/README.md: JPG/PNG ≤ 10 MB). */
	imageMegabytes: 10,
	/**
	 * Audio sent as a file, Lip-Sync `input.audio_file` and Avatar `sound_file` (Kling API
	 * reference, both "max 5MB"; see execute/resolveAudio.ts): MP3/WAV/M4A/AAC ≤ 5 MB.
	 */
	audioMegabytes: 5,
} as const;

/*
 * The Image resource's vocabulary. Sources: the official reference's image pages, as mirrored in
 * WHQ25/rawgenai docs/research/kling (image-generation.md, omni-image-o1.md, multi-image-to-image.md,
 * image-expand.md, virtual-try-on.md; commit b3f9cef), cited below by file name.
 */

/** `aspect_ratio` of the image tasks (image-generation.md, multi-image-to-image.md, omni-image-o1.md). */
export const IMAGE_ASPECT_RATIOS = [
	{ value: '16:9', name: '16:9 (Landscape)' },
	{ value: '9:16', name: '9:16 (Portrait)' },
	{ value: '1:1', name: '1:1 (Square)' },
	{ value: '4:3', name: '4:3' },
	{ value: '3:4', name: '3:4' },
	{ value: '3:2', name: '3:2' },
	{ value: '2:3', name: '2:3' },
	{ value: '21:9', name: '21:9 (Ultrawide)' },
] as const;
export type ImageAspectRatio = (typeof IMAGE_ASPECT_RATIOS)[number]['value'];
export const IMAGE_ASPECT_RATIO_VALUES = IMAGE_ASPECT_RATIOS.map((ratio) => ratio.value) as [ImageAspectRatio, ...ImageAspectRatio[]];
/** Omni-Image's `aspect_ratio` also takes `auto` (omni-image-o1.md: "auto（根据内容智能生成）"). */
export const AUTO_ASPECT_RATIO = 'auto';

/** `resolution` (image-generation.md, omni-image-o1.md: 1k, 2k). */
export const IMAGE_RESOLUTIONS = [
	{ value: '1k', name: '1K (Standard)' },
	{ value: '2k', name: '2K (High Resolution)' },
	// Image 3.0 Omni only (kling-api-2026.md §A image models: kling-v3-omni 1K, 2K, 4K; §C: 16 units an image).
	{ value: '4k', name: '4K' },
] as const;
export type ImageResolution = (typeof IMAGE_RESOLUTIONS)[number]['value'];
export const IMAGE_RESOLUTION_VALUES = IMAGE_RESOLUTIONS.map((resolution) => resolution.value) as [ImageResolution, ...ImageResolution[]];

/** `image_reference` of Generate (image-generation.md: subject 角色特征参考, face 人物长相参考). */
export const IMAGE_REFERENCES = [
	{ value: 'subject', name: 'Subject', description: "Keep the character's features (clothes, pose, body)" },
	{ value: 'face', name: 'Face', description: "Keep the person's face; the image must show exactly one face" },
] as const;
export const IMAGE_REFERENCE_VALUES = IMAGE_REFERENCES.map((reference) => reference.value) as ['subject', 'face'];

/** Limits the image documents quote. */
export const IMAGE_LIMITS = {
	/** `n`: images per task, [1, 9] (every image page that has `n`). */
	images: { min: 1, max: 9 },
	/** Omni-Image: reference images plus elements, at most 10 (omni-image-o1.md: 参考主体数量与参考图片数量之和不超过10). */
	omniReferences: 10,
	/** Multi-Image to Image `subject_image_list`: 1 to 4 (multi-image-to-image.md: 1-4张). */
	subjectImages: { min: 1, max: 4 },
	/** Expand: each `*_expansion_ratio` in [0, 2] (image-expand.md). */
	expansionRatio: { min: 0, max: 2 },
	/** Expand: the new image's area at most 3 times the original's (image-expand.md: 新图片整体面积不得超过原图片3倍). */
	expandedArea: 3,
	/** `image_fidelity`, `human_fidelity`: [0, 1] (image-generation.md). */
	fidelity: { min: 0, max: 1 },
	/**
	 * Omni-Image `series_amount`: 2 to 9 images in a series, or `auto` (Kling's Omni Image page,
	 * kling.ai/document-api/api/image/3-0-omni/image-omni, as kept in aself101/kling-api
	 * docs/api/kling-image-omni-3.0-image-omni.md: `series_amount` 2–9, `auto`, default 4; kling-api-2026.md §A, §D 04/27/2026).
	 */
	seriesImages: { min: 2, max: 9 },
} as const;

/** Omni-Image `series_amount: "auto"`: Kling picks how many images the series has (kling-api-2026.md §D 04/27/2026). */
export const AUTO_SERIES_AMOUNT = 'auto';
/** Omni-Image `result_type`: `single` (Kling's default: `n` images) or `series` (`series_amount` related images; same page). */
export const SERIES_RESULT = 'series';
