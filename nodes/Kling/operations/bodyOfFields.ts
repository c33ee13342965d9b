import type { IDataObject } from 'n8n-workflow';

import { locatorValue } from './shared/locatorValue';

/** Where the "Additional Body Fields (JSON)" option puts its text, merged into the body before sending. */
export const EXTRA_BODY_KEY = '__additionalBodyFields';

type ToBody = (value: unknown) => IDataObject;

const entries = (value: unknown, key: string): IDataObject[] => {
	const list = (value as IDataObject | undefined)?.[key];
	return Array.isArray(list) ? (list as IDataObject[]) : [];
};

/** The entries of an image list field (`image[].imageUrl`) as Kling lists images: `{ image_url }`. */
const imageUrlEntries = (value: unknown): IDataObject[] => entries(value, 'image').map((image) => ({ image_url: image.imageUrl }));

/** The value at a body key; a dotted key nests (`to('input.text')` gives `{ input: { text } }`). */
const to = (key: string): ToBody => (value) => at(key, value);

const at = (key: string, value: unknown): IDataObject =>
	key
		.split('.')
		.reduceRight<unknown>((inner, part) => ({ [part]: inner }), value) as IDataObject;

/** Whether a value names a resource by URL (any scheme, so that validation can refuse a non-http one). */
const isUrl = (value: unknown) => typeof value === 'string' && /^[a-z][a-z0-9+.-]*:\/\//i.test(value.trim());

const isPlainObject = (value: unknown): value is IDataObject =>
	typeof value === 'object' && value !== null && !Array.isArray(value);

/** Fields that share a nested object (`input.text`, `input.mode`) fill it together; objects are copied, never shared. */
export function merge(into: IDataObject, part: IDataObject): IDataObject {
	for (const [key, value] of Object.entries(part)) {
		const existing = into[key];
		if (isPlainObject(value)) into[key] = merge(isPlainObject(existing) ? existing : {}, value);
		else into[key] = value as IDataObject[string];
	}
	return into;
}

/** A number typed as text (an expression) is sent as a number; anything else as it is, for validation to name. */
const toNumber = (property: string): ToBody => (value) => ({
	[property]: typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value)) ? Number(value) : (value as IDataObject[string]),
});

/**
 * A video given by Kling video ID or by URL (a resource locator: By URL / By
 * Kling Video ID) goes to `video_id` or `video_url`; plain text is a URL when
 * it starts with http(s)://.
 */
const toVideoIdOrUrl: ToBody = (value) => {
	const locator: IDataObject = typeof value === 'object' && value !== null ? (value as IDataObject) : { value: value as string };
	const text = typeof locator.value === 'string' ? locator.value.trim() : locator.value;
	const byId = locator.mode ? locator.mode === 'id' : !/^https?:\/\//i.test(String(text ?? ''));
	return byId ? { video_id: text as IDataObject[string] } : { video_url: text as IDataObject[string] };
};

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

/** The request body of one item, from its operation's fields (before cleaning and validation). */
export function bodyOfFields(fieldNames: string[], read: (name: string) => unknown): IDataObject {
	const body: IDataObject = {};
	const add = (name: string, value: unknown) => {
		const toBody = BODY_OF_FIELD[name];
		if (!toBody) throw new Error(`Field "${name}" has no request body key`);
		merge(body, toBody(value));
	};
	for (const name of fieldNames) {
		const value = read(name);
		if (value === undefined || value === null) continue;
		if (COLLECTIONS.has(name)) {
			for (const [option, optionValue] of Object.entries((value as IDataObject) ?? {})) add(option, optionValue);
		} else {
			add(name, value);
		}
	}
	return body;
}
