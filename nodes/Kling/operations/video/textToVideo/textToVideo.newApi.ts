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

const USED = [...COMMON_KEYS, 'prompt', 'aspect_ratio', 'sound', 'multi_shot', 'shot_type', 'multi_prompt'];

/**
 * Text to Video on Kling's new API: `POST /text-to-video/{model}` with
 * `prompt`, `settings{resolution, aspect_ratio, duration, audio}` and
 * `options` (kling-3.0-turbo-t2v.md; kling-omni-3.0-t2v.md for `audio`).
 * Multi-Shot's shots go into the prompt (shotsAsPrompt).
 */
export const textToVideoNewApi: NewApiRoute = {
	path: '/text-to-video',
	toBody: (body: IDataObject) =>
		withExtraKeys(
			{
				prompt: shotsAsPrompt(body) ?? body.prompt,
				settings: defined({
					...resolutionAndDuration(body),
					aspect_ratio: body.aspect_ratio,
					audio: modelOfBody(body)?.sound ? audioOfSound(body) : undefined,
				}),
				options: optionsOf(body),
			},
			body,
			USED,
		),
};

/** What the new API's text to video cannot take, named on its field before anything is sent. */
export function checkTextToVideoNewApi(body: Record<string, unknown>, ctx: z.RefinementCtx): void {
	if (!isNewApiBody(body)) return;
	// No negative prompt, no camera control in the new API (kling-3.0-turbo-t2v.md: "Prompts can include both positive and negative descriptions").
	refuseOnNewApi(body, ctx, [
		['negative_prompt', 'write what the video should not show in the Prompt'],
		['camera_control', 'describe the camera in the Prompt'],
		// 3.0 Turbo renders its own sound: its page lists no audio setting (kling-3.0-turbo-t2v.md; price table "native audio").
		...(modelOfBody(body)?.sound ? [] : ([['sound', 'it renders its own sound; Kling has no switch for it']] as Array<[string, string]>)),
	]);
	checkShotPrompts(body, ctx);
}
