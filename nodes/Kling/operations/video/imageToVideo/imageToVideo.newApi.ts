import type { IDataObject } from 'n8n-workflow';
import type { z } from 'zod';

import type { NewApiRoute } from '../../types';
import {
	audioOfSound,
	checkShotPrompts,
	COMMON_KEYS,
	defined,
	isNewApiBody,
	modelOfBody,
	optionsOf,
	refuseOnNewApi,
	resolutionAndDuration,
	shotsAsPrompt,
	withExtraKeys,
} from '../../shared/newApiBody';

const USED = [...COMMON_KEYS, 'prompt', 'image', 'image_tail', 'sound', 'multi_shot', 'shot_type', 'multi_prompt'];

/**
 * Image to Video on Kling's new API: `POST /image-to-video/{model}` with
 * `contents[{type: prompt, text}, {type: first_frame, url}, {type: last_frame, url}]`,
 * `settings{resolution, duration, audio}` and `options` (kling-3.0-turbo-i2v.md;
 * kling-omni-3.0-i2v.md for `last_frame` and `audio`). An image is a URL or Base64, as before.
 */
export const imageToVideoNewApi: NewApiRoute = {
	path: '/image-to-video',
	toBody: (body: IDataObject) => {
		const prompt = shotsAsPrompt(body) ?? body.prompt;
		const contents: IDataObject[] = [
			...(prompt === undefined ? [] : [{ type: 'prompt', text: prompt }]),
			{ type: 'first_frame', url: body.image },
			...(body.image_tail === undefined ? [] : [{ type: 'last_frame', url: body.image_tail }]),
		];
		return withExtraKeys(
			{
				contents,
				settings: defined({ ...resolutionAndDuration(body), audio: modelOfBody(body)?.sound ? audioOfSound(body) : undefined }),
				options: optionsOf(body),
			},
			body,
			USED,
		);
	},
};

/** What the new API's image to video cannot take, named on its field before anything is sent. */
export function checkImageToVideoNewApi(body: Record<string, unknown>, ctx: z.RefinementCtx): void {
	if (!isNewApiBody(body)) return;
	const model = modelOfBody(body);
	// The new API's image to video takes prompt and frames only (kling-3.0-turbo-i2v.md `contents[].type`; no
	// aspect ratio on any image-to-video page: the image sets it), and 3.0 Turbo a first frame only.
	refuseOnNewApi(body, ctx, [
		['negative_prompt', 'write what the video should not show in the Prompt'],
		['camera_control', 'describe the camera in the Prompt'],
		['static_mask', 'the new API has no motion brush'],
		['dynamic_masks', 'the new API has no motion brush'],
		['voice_list', 'pick a legacy model (kling-v2-6, kling-v3) for voices'],
		['aspect_ratio', 'the image sets the shape of the video (leave Aspect Ratio at From the Image)'],
		...(model?.tailImage === false ? ([['image_tail', 'it takes a first frame only (Kling: "only First Frame is supported")']] as Array<[string, string]>) : []),
		...(model?.sound ? [] : ([['sound', 'it renders its own sound; Kling has no switch for it']] as Array<[string, string]>)),
	]);
	checkShotPrompts(body, ctx);
}
