import type { IDataObject } from 'n8n-workflow';

/** Where the "Additional Body Fields (JSON)" option puts its text, merged into the body before sending. */
export const EXTRA_BODY_KEY = '__additionalBodyFields';

type ToBody = (value: unknown) => IDataObject;

const entries = (value: unknown, key: string): IDataObject[] => {
	const list = (value as IDataObject | undefined)?.[key];
	return Array.isArray(list) ? (list as IDataObject[]) : [];
};

const to = (property: string): ToBody => (value) => ({ [property]: value as IDataObject[string] });

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
	voices: (value) => ({ voice_list: entries(value, 'voice').map((voice) => ({ voice_id: voice.voiceId })) }),
	referenceImages: (value) => ({ image_list: entries(value, 'image').map((image) => ({ image: image.image })) }),
	elements: (value) => ({ element_list: entries(value, 'element').map((element) => ({ element_id: element.elementId })) }),
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
	// Audio: Text to Audio, Video to Audio.
	audioDuration: toNumber('duration'),
	video: toVideoIdOrUrl,
	soundEffectPrompt: to('sound_effect_prompt'),
	bgmPrompt: to('bgm_prompt'),
	asmrMode: to('asmr_mode'),
};

/**
 * Fields that send one of several body keys, by parameter name: every key
 * they may send, and the name their schema gives the choice, so an error
 * about any of them names the field.
 */
export const KEYS_OF_FIELD: Record<string, string[]> = { video: ['video', 'video_id', 'video_url'] };

/** Parameters whose options are fields of their own (each mapped above). */
export const COLLECTIONS = new Set(['additionalFields']);

/** The request body of one item, from its operation's fields (before cleaning and validation). */
export function bodyOfFields(fieldNames: string[], read: (name: string) => unknown): IDataObject {
	const body: IDataObject = {};
	const add = (name: string, value: unknown) => {
		const toBody = BODY_OF_FIELD[name];
		if (!toBody) throw new Error(`Field "${name}" has no request body key`);
		for (const [key, part] of Object.entries(toBody(value))) {
			const existing = body[key];
			body[key] =
				existing && typeof existing === 'object' && !Array.isArray(existing) && typeof part === 'object' && part !== null
					? { ...(existing as IDataObject), ...(part as IDataObject) }
					: part;
		}
	};
	for (const name of fieldNames) {
		const value = read(name);
		if (value === undefined) continue;
		if (COLLECTIONS.has(name)) {
			for (const [option, optionValue] of Object.entries((value as IDataObject) ?? {})) add(option, optionValue);
		} else {
			add(name, value);
		}
	}
	return body;
}
