import type { IDataObject } from 'n8n-workflow';
import type { z } from 'zod';

import type { NewApiRoute } from '../../types';
import {
	audioOfSound,
	checkShotPrompts,
	COMMON_KEYS,
	defined,
	isNewApiBody,
	optionsOf,
	refuseOnNewApi,
	resolutionAndDuration,
	shotsAsPrompt,
	withExtraKeys,
} from '../../shared/newApiBody';

const USED = [...COMMON_KEYS, 'prompt', 'aspect_ratio', 'sound', 'multi_shot', 'shot_type', 'multi_prompt', 'image_list', 'video_list', 'element_list'];

const listOf = (value: unknown): IDataObject[] => (Array.isArray(value) ? (value as IDataObject[]) : []);

/** The legacy prompt names inputs `<<<image_1>>>`, `<<<element_1>>>`, `<<<video_1>>>`; the new one `@image_1` (kling-omni-3.0-ovg.md: "in the format of @xxx, such as @image_1, @Zhang, @video_1"). */
const newReferences = (prompt: unknown) =>
	typeof prompt === 'string' ? prompt.replace(/<<<\s*(image|element|video)_(\d+)\s*>>>/g, '@$1_$2') : prompt;

const FRAME_TYPE: Record<string, string> = { first_frame: 'first_frame', end_frame: 'last_frame' };

/**
 * The sound: a video to edit keeps or drops its own (`original` / `off`; it
 * takes no `native`), a feature video takes none of its own ("the audio
 * parameter can only be off"), and without a video Sound is `native` / `off`
 * (kling-omni-3.0-ovg.md `settings.audio`, `feature_video`, `base_video`).
 */
function audioOf(body: IDataObject): string | undefined {
	const videos = listOf(body.video_list);
	const base = videos.find((video) => (video.refer_type ?? 'base') === 'base');
	if (base) return base.keep_original_sound === 'no' ? 'off' : 'original';
	if (videos.length) return undefined;
	return audioOfSound(body);
}

/**
 * Omni-Video on Kling's new API: `POST /omni-video/{model}` with the images,
 * the video, the elements and the prompt as `contents[]` (each input an `id`
 * the prompt cites as `@image_1`, `@video_1`, `@element_1`, numbered as the
 * legacy `<<<image_1>>>` are), `settings{multi_shot, audio, resolution,
 * aspect_ratio, duration}` and `options` (kling-omni-3.0-ovg.md). With a
 * video to edit the output keeps the video's length: no duration is sent.
 */
export const omniVideoNewApi: NewApiRoute = {
	path: '/omni-video',
	toBody: (body: IDataObject) => {
		const prompt = newReferences(shotsAsPrompt(body) ?? body.prompt);
		const videos = listOf(body.video_list);
		const base = videos.some((video) => (video.refer_type ?? 'base') === 'base');
		const contents: IDataObject[] = [
			...(prompt === undefined ? [] : [{ type: 'prompt', text: prompt }]),
			...listOf(body.image_list).map((image, i) => ({
				type: FRAME_TYPE[String(image.type)] ?? 'refer_image',
				url: image.image_url,
				id: `image_${i + 1}`,
			})),
			...videos.map((video, i) => ({ type: video.refer_type === 'feature' ? 'feature_video' : 'base_video', url: video.video_url, id: `video_${i + 1}` })),
			...listOf(body.element_list).map((element, i) => ({ type: 'element', element_id: element.element_id, id: `element_${i + 1}` })),
		];
		const { resolution, duration } = resolutionAndDuration(body);
		return withExtraKeys(
			{
				contents,
				settings: defined({
					multi_shot: body.multi_shot === true ? true : undefined,
					audio: audioOf(body),
					resolution,
					aspect_ratio: body.aspect_ratio,
					duration: base ? undefined : duration,
				}),
				options: optionsOf(body),
			},
			body,
			USED,
		);
	},
};

/** What the new API's omni video cannot take, named on its field before anything is sent. */
export function checkOmniVideoNewApi(body: Record<string, unknown>, ctx: z.RefinementCtx): void {
	if (!isNewApiBody(body)) return;
	// With a video the new API keeps or drops the video's sound, never makes its own (kling-omni-3.0-ovg.md `settings.audio`).
	if (body.sound === 'on' && listOf(body.video_list).length) {
		refuseOnNewApi(body, ctx, [['sound', 'with a video it keeps or drops the video\'s own sound (the video\'s Keep Original Sound)']]);
	}
	checkShotPrompts(body, ctx);
}
