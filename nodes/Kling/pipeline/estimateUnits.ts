import type { IDataObject } from 'n8n-workflow';

import type { PerSecond, VideoModelPrices } from '../prices';
import { CALL_PRICES, IMAGE_PRICES, OUTPAINTING_PER_IMAGE, VIDEO_PRICES } from '../prices';

/** Which pack's units a task draws (prices.ts): video units (video, audio, voice tasks), image units, or try-on. */
export type UnitPack = 'video' | 'image' | 'try-on';

/**
 * What one item's task should cost by Kling's published prices (prices.ts),
 * from its checked request body, before it is sent: `units`, or, when no
 * price is known for it, `unknown` saying why (never a guess).
 */
export interface UnitEstimate {
	pack: UnitPack;
	units?: number;
	unknown?: string;
}

/** The operation, as the registry names it. */
interface Named {
	resource: string;
	value: string;
}

const round = (units: number) => Math.round(units * 1000) / 1000;

const list = (value: unknown): IDataObject[] => (Array.isArray(value) ? (value as IDataObject[]) : []);

/** A number from the body (Kling takes `duration` as text: "5"). */
const numberOf = (value: unknown): number | undefined => {
	const number = typeof value === 'number' ? value : typeof value === 'string' && value.trim() !== '' ? Number(value) : NaN;
	return Number.isFinite(number) ? number : undefined;
};

/** `mode` as a price column: std (720p), pro (1080p) or 4k; no mode is Kling's default, std (text2video.apifox.txt `mode`). */
function columnOf(body: IDataObject, input?: IDataObject): keyof PerSecond | undefined {
	const mode = (input?.mode ?? body.mode ?? 'std') as string;
	return mode === 'std' || mode === 'pro' || mode === '4k' ? mode : undefined;
}

const RESOLUTION: Record<keyof PerSecond, string> = { std: '720p (std)', pro: '1080p (pro)', '4k': '4K' };

/**
 * A video made at `duration` seconds (Kling's default 5: text2video.apifox.txt
 * `duration`) priced by the row of the model's prices that fits it.
 */
function perSecondVideo(body: IDataObject, row: PerSecond | undefined, what: string): UnitEstimate {
	const column = columnOf(body);
	if (!column) return { pack: 'video', unknown: `Kling publishes no price for mode "${String(body.mode)}"` };
	const price = row?.[column];
	if (price === undefined) return { pack: 'video', unknown: `Kling publishes no price for ${what} at ${RESOLUTION[column]}` };
	const seconds = numberOf(body.duration ?? 5);
	if (seconds === undefined) return { pack: 'video', unknown: `the duration "${String(body.duration)}" is no number of seconds` };
	return { pack: 'video', units: round(price * seconds) };
}

/** Text to Video and Image to Video: the model's row by sound and voices. */
function modelVideo(body: IDataObject): UnitEstimate {
	const model = String(body.model_name ?? '');
	const prices: VideoModelPrices | undefined = VIDEO_PRICES[model];
	if (!prices) return { pack: 'video', unknown: `Kling publishes no 2026 price for ${model || 'this model'}` };
	const audio = body.sound === 'on';
	// image2video.openapi.yaml.txt `voice_list`: with voices the task is billed "with designated voice".
	const voices = audio && list(body.voice_list).length > 0;
	if (voices) return perSecondVideo(body, prices.voiceControl, `${model} with native audio and voice control`);
	if (audio) return perSecondVideo(body, prices.nativeAudio, `${model} with native audio`);
	return perSecondVideo(body, prices.silent, `${model} without audio`);
}

/** Omni-Video: as above, but a reference video changes the row, and a video to edit the length. */
function omniVideo(body: IDataObject): UnitEstimate {
	const model = String(body.model_name ?? '');
	const prices = VIDEO_PRICES[model];
	if (!prices) return { pack: 'video', unknown: `Kling publishes no 2026 price for ${model || 'this model'}` };
	const videos = list(body.video_list);
	// omni-video.openapi.yaml.txt `duration`: editing a video (refer_type "base", the default) makes a video as
	// long as the input and "按输入视频时长四舍五入取整计量计费" (billed by the input's length, rounded).
	if (videos.some((video) => (video.refer_type ?? 'base') === 'base')) {
		return { pack: 'video', unknown: "a video to edit is billed by its own length, which the node does not know before sending" };
	}
	const audio = body.sound === 'on';
	if (videos.length) {
		if (audio) return { pack: 'video', unknown: `Kling publishes no price for ${model} with a video input and native audio` };
		return perSecondVideo(body, prices.videoInput, `${model} with a video input`);
	}
	if (audio) return perSecondVideo(body, prices.nativeAudio, `${model} with native audio`);
	return perSecondVideo(body, prices.silent, `${model} without audio`);
}

/** How many images a task makes (`n`, 1 by default; a series its `series_amount`). */
function imageCount(body: IDataObject): number | undefined {
	if (body.result_type === 'series') return numberOf(body.series_amount);
	return numberOf(body.n ?? 1);
}

function perImage(body: IDataObject, price: number | undefined, what: string): UnitEstimate {
	if (price === undefined) return { pack: 'image', unknown: `Kling publishes no price for ${what}` };
	const count = imageCount(body);
	if (count === undefined) return { pack: 'image', unknown: 'the number of images is not known before sending' };
	return { pack: 'image', units: round(price * count) };
}

function imageModel(body: IDataObject) {
	const model = String(body.model_name ?? '');
	return { model: model || 'this model', prices: IMAGE_PRICES[model] ?? {} };
}

const unknown = (pack: UnitPack, why: string): UnitEstimate => ({ pack, unknown: why });

const perSecondText = (row: PerSecond) => `${row.std}–${row.pro} units a second`;

/** Each task operation's estimate, by `<resource>:<value>`. */
const ESTIMATES: Record<string, (body: IDataObject) => UnitEstimate> = {
	'video:textToVideo': modelVideo,
	'video:imageToVideo': modelVideo,
	'video:omniVideo': omniVideo,
	'video:motionControl': (body) => {
		const row = VIDEO_PRICES[String(body.model_name ?? '')]?.motionControl;
		return unknown('video', `Motion Control is billed per second of the reference video${row ? ` (${perSecondText(row)})` : ''}, whose length the node does not know before sending`);
	},
	'video:avatar': () =>
		unknown('video', `Avatar is billed per second of its audio (${perSecondText(CALL_PRICES.avatarPerSecond)}), whose length the node does not know before sending`),
	'video:lipSync': () =>
		unknown('video', `Lip-Sync is billed ${CALL_PRICES.lipSyncPerFiveSeconds} units per 5 seconds of the video, whose length the node does not know before sending`),
	'video:videoExtend': () => unknown('video', 'Kling publishes no price for Extend'),
	'video:videoEffects': () => unknown('video', "effects are priced per scene in Kling's Video Effects Center, not in its price table"),
	'video:multiImageToVideo': (body) => unknown('video', `Kling publishes no 2026 price for ${String(body.model_name ?? 'this model')} (Multi-Image to Video)`),
	'audio:textToAudio': () => ({ pack: 'video', units: CALL_PRICES.textToAudio }),
	'audio:videoToAudio': () => ({ pack: 'video', units: CALL_PRICES.videoToAudio }),
	'voice:create': () => ({ pack: 'video', units: CALL_PRICES.customVoice }),
	'element:createAdvanced': () => unknown('video', 'Kling publishes no price for making an element'),
	'image:generate': (body) => {
		const { model, prices } = imageModel(body);
		const fromImage = body.image !== undefined;
		return perImage(body, fromImage ? prices.imageToImage : prices.textToImage, `${model} ${fromImage ? 'image-to-image' : 'text-to-image'}`);
	},
	'image:omniImage': (body) => {
		const { model, prices } = imageModel(body);
		if (body.resolution === '4k') return perImage(body, prices['4k'], `${model} at 4K`);
		const fromImages = list(body.image_list).length > 0 || list(body.element_list).length > 0;
		return perImage(body, fromImages ? prices.imageToImage : prices.textToImage, `${model} ${fromImages ? 'image-to-image' : 'text-to-image'}`);
	},
	'image:multiImageToImage': (body) => {
		const { model, prices } = imageModel(body);
		return perImage(body, prices.multiImageToImage, `${model} multi-image to image`);
	},
	'image:expand': (body) => perImage(body, OUTPAINTING_PER_IMAGE, 'outpainting'),
	'image:virtualTryOn': () => unknown('try-on', 'Kling publishes no price for Virtual Try-On'),
};

/**
 * One item's estimate from its checked request body (pure: reads the body
 * and prices.ts only). An operation without prices is "unknown".
 */
export function estimateUnits(op: Named, body: IDataObject): UnitEstimate {
	const estimate = ESTIMATES[`${op.resource}:${op.value}`];
	if (estimate) return estimate(body);
	return unknown(op.resource === 'image' ? 'image' : 'video', 'Kling publishes no price for this operation');
}

/**
 * The item's output items with `estimatedUnits` beside `cost` (before
 * `createdAt` when the task has no cost yet), when the estimate is known.
 */
export function withEstimate<T extends { json: IDataObject }>(items: T[], estimate: UnitEstimate | undefined): T[] {
	if (estimate?.units === undefined) return items;
	const units = estimate.units;
	return items.map((item) => {
		const json: IDataObject = {};
		let placed = false;
		const place = () => {
			json.estimatedUnits = units;
			placed = true;
		};
		for (const [key, value] of Object.entries(item.json)) {
			if (key === 'createdAt' && !placed) place();
			json[key] = value;
			if (key === 'cost') place();
		}
		if (!placed) place();
		return { ...item, json };
	});
}
