import type { IDataObject } from 'n8n-workflow';

import type { Send, ToBody } from './field';
import { at, entries, EXTRA_BODY_KEY, imageUrlEntries, isUrl, to, toNumber, toVideoIdOrUrl } from './shared/toBody';
import { locatorValue } from './shared/locatorValue';

/**
 * The request body key of every field the node shows, by parameter name:
 * the API's vocabulary lives here once. A field missing here cannot reach
 * the request, and a test fails (test/operations.test.ts).
 */
export const BODY_OF_FIELD: Record<string, ToBody> = {
	model: to('model_name'),
	prompt: to('prompt'),
	mode: to('mode'),
	aspectRatio: to('aspect_ratio'),
	duration: to('duration'),
	image: to('image'),
	imageTail: to('image_tail'),
	staticMask: to('static_mask'),
	negativePrompt: to('negative_prompt'),
	cfgScale: to('cfg_scale'),
	callbackUrl: to('callback_url'),
	externalTaskId: to('external_task_id'),
	additionalBodyFields: to(EXTRA_BODY_KEY),
	multiShot: to('multi_shot'),
	sound: (on) => ({ sound: on ? 'on' : 'off' }),
	watermark: (enabled) => ({ watermark_info: { enabled } }),
	// The axes move into `config` (and are dropped for presets) in bodyShaping.
	cameraControl: (value) => ({ camera_control: (value as IDataObject).settings }),
	shots: (value) => ({
		multi_prompt: entries(value, 'shot').map((shot) => ({ prompt: shot.prompt, duration: String(shot.duration) })),
	}),
	dynamicMasks: (value) => ({
		dynamic_masks: entries(value, 'mask').map((mask) => ({ mask: mask.mask, trajectories: mask.trajectories })),
	}),
	voices: (value) => ({ voice_list: entries(value, 'voice').map((voice) => ({ voice_id: locatorValue(voice.voiceId) as string })) }),
	referenceImages: (value) => ({ image_list: entries(value, 'image').map((image) => ({ image: image.image })) }),
	elements: (value) => ({ element_list: entries(value, 'element').map((element) => ({ element_id: locatorValue(element.elementId) as string })) }),
	images: (value) => ({
		image_list: entries(value, 'image').map((image) => ({
			image_url: image.imageUrl,
			// A plain reference image carries no type.
			type: image.type === 'reference' ? '' : image.type,
		})),
	}),
	videos: (value) => ({
		video_list: entries(value, 'video').map((video) => ({
			video_url: video.videoUrl,
			refer_type: video.referType,
			keep_original_sound: video.keepOriginalSound === false ? 'no' : 'yes',
		})),
	}),
	videoId: to('video_id'),
	// Lip-Sync nests its fields in `input`; the video and the audio go to one key or another by what they are.
	// The video, like Video to Audio's, is sent without the spaces around it.
	lipSyncVideo: (value) => {
		const video = typeof value === 'string' ? value.trim() : value;
		return video === '' ? {} : at(isUrl(video) ? 'input.video_url' : 'input.video_id', video);
	},
	lipSyncSpeech: to('input.mode'),
	lipSyncText: to('input.text'),
	lipSyncVoiceId: (value) => at('input.voice_id', locatorValue(value)),
	lipSyncVoiceLanguage: to('input.voice_language'),
	lipSyncVoiceSpeed: to('input.voice_speed'),
	lipSyncAudio: (value) =>
		value === ''
			? {}
			: isUrl(value)
				? { input: { audio_type: 'url', audio_url: value as string } }
				: { input: { audio_type: 'file', audio_file: value as string } },
	avatarAudio: to('sound_file'),
	audioId: to('audio_id'),
	// Effects: one image goes to `input.image`, two (a two-person scene: left, then right) to `input.images`.
	effectScene: to('effect_scene'),
	effectImages: (value) => {
		const images = entries(value, 'image')
			.map((entry) => entry.image)
			.filter((image) => image !== undefined && image !== null && image !== '');
		return images.length > 1 ? { input: { images } } : images.length ? { input: { image: images[0] } } : {};
	},
	effectDuration: to('input.duration'),
	effectModel: to('input.model_name'),
	effectMode: to('input.mode'),
	characterImage: to('image_url'),
	referenceVideo: to('video_url'),
	characterOrientation: to('character_orientation'),
	keepOriginalSound: (keep) => ({ keep_original_sound: keep ? 'yes' : 'no' }),
	// Audio: Text to Audio, Video to Audio.
	audioDuration: toNumber('duration'),
	video: toVideoIdOrUrl,
	soundEffectPrompt: to('sound_effect_prompt'),
	bgmPrompt: to('bgm_prompt'),
	asmrMode: to('asmr_mode'),
	// Image resource (Generate, Omni-Image, Multi-Image to Image, Expand, Virtual Try-On). Generate's
	// Reference Image and Expand's Image go to `image`, Omni-Image's Reference Images to `image_list`
	// (referenceImages, above), its Elements to `element_list` (elements, above).
	numberOfImages: toNumber('n'),
	resolution: to('resolution'),
	imageReference: to('image_reference'),
	imageFidelity: toNumber('image_fidelity'),
	humanFidelity: toNumber('human_fidelity'),
	subjectImages: (value) => ({ subject_image_list: entries(value, 'image').map((image) => ({ subject_image: image.image })) }),
	sceneImage: to('scene_image'),
	styleImage: to('style_image'),
	upExpansion: toNumber('up_expansion_ratio'),
	downExpansion: toNumber('down_expansion_ratio'),
	leftExpansion: toNumber('left_expansion_ratio'),
	rightExpansion: toNumber('right_expansion_ratio'),
	humanImage: to('human_image'),
	clothImage: to('cloth_image'),
	// Element: Create (custom-elements) and Create Advanced (advanced-custom-elements); images as `{ image_url }` entries.
	elementName: to('element_name'),
	elementDescription: to('element_description'),
	elementTags: (value) => ({ tag_list: (Array.isArray(value) ? value : []).map((tag) => ({ tag_id: tag as string })) }),
	frontalImage: to('element_frontal_image'),
	elementReferenceImages: (value) => ({ element_refer_list: imageUrlEntries(value) }),
	elementReferenceType: to('reference_type'),
	advancedFrontalImage: to('element_image_list.frontal_image'),
	advancedReferenceImages: (value) => at('element_image_list.refer_images', imageUrlEntries(value)),
	elementReferenceVideo: (value) => at('element_video_list.refer_videos', [{ video_url: value as string }]),
	elementVoiceId: (value) => ({ element_voice_id: locatorValue(value) as string }),
	// Voice → Create: a file URL or a Kling video ID (a locator: By Audio or Video File URL / By Kling Video ID).
	voiceName: to('voice_name'),
	voiceSource: (value) => {
		const { video_id, video_url } = toVideoIdOrUrl(value);
		return video_id !== undefined ? { video_id } : { voice_url: video_url };
	},
};

/**
 * Fields that send one of several body keys, by parameter name: every key
 * they may send (dotted where nested, as in `to`), and the name their schema
 * gives the choice, so an error about any of them names the field.
 */
export const KEYS_OF_FIELD: Record<string, string[]> = {
	video: ['video', 'video_id', 'video_url'],
	lipSyncVideo: ['input.video_id', 'input.video_url'],
	lipSyncAudio: ['input.audio_type', 'input.audio_url', 'input.audio_file'],
	effectImages: ['input.image', 'input.images'],
	voiceSource: ['voice_url', 'video_id'],
};

/** Parameters whose options are fields of their own (each mapped above). */
export const COLLECTIONS = new Set(['additionalFields']);

/** TRANSITION: what a field not yet declaring `send` sends, by its name. */
export function legacySend(name: string): Send {
	if (COLLECTIONS.has(name)) return 'eachOption';
	return BODY_OF_FIELD[name] ?? 'nothing';
}

/** TRANSITION: the keys a field not yet declaring `sendsKeys` may send, by its name. */
export const legacyKeys = (name: string): string[] | undefined => KEYS_OF_FIELD[name];
