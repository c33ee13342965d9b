/**
 * What each Kling model accepts. Validation rules that depend on the model
 * read this table only, so a new Kling model is one row here (plus, if the
 * UI should offer it, nothing else: the option lists are built from it).
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
}

const CLASSIC_DURATIONS = [5, 10];
const OMNI_DURATIONS = [3, 4, 5, 6, 7, 8, 9, 10];
const OMNI_V3_DURATIONS = [...OMNI_DURATIONS, 11, 12, 13, 14, 15];

const classic = (
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
	...extra,
});

const ALL_CLASSIC: KlingOperation[] = ['textToVideo', 'imageToVideo', 'multiImageToVideo'];

export const MODELS: Record<string, ModelCapabilities> = {
	'kling-v1': classic('Kling v1', ['textToVideo', 'imageToVideo', 'videoEffects'], { cfgScale: true }),
	'kling-v1-5': classic('Kling v1.5', ['textToVideo', 'imageToVideo', 'videoEffects'], { cfgScale: true }),
	'kling-v1-6': classic('Kling v1.6', [...ALL_CLASSIC, 'videoEffects'], { cfgScale: true }),
	'kling-v2-master': classic('Kling v2 Master', ALL_CLASSIC),
	'kling-v2-1': classic('Kling v2.1', ALL_CLASSIC),
	'kling-v2-1-master': classic('Kling v2.1 Master', ALL_CLASSIC),
	'kling-v2-5-turbo': classic('Kling v2.5 Turbo', ['textToVideo', 'imageToVideo']),
	'kling-v2-6': classic('Kling v2.6', ['textToVideo', 'imageToVideo', 'motionControl'], { sound: true, voiceList: true }),
	'kling-v3': classic('Kling v3', ['textToVideo', 'imageToVideo', 'motionControl'], { sound: true, voiceList: true }),
	'kling-video-o1': classic('Kling Video O1 (Omni)', ['omniVideo'], {
		sound: true,
		durations: OMNI_DURATIONS,
	}),
	'kling-v3-omni': classic('Kling v3 Omni', ['omniVideo'], { sound: true, durations: OMNI_V3_DURATIONS }),
};

export function modelsFor(operation: KlingOperation): string[] {
	return Object.keys(MODELS).filter((name) => MODELS[name].operations.includes(operation));
}

export function modelOptions(operation: KlingOperation) {
	return modelsFor(operation).map((value) => ({ name: MODELS[value].label, value }));
}
