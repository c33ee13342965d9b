import type { IDataObject } from 'n8n-workflow';

import type { NewApiRoute } from '../../types';
import { COMMON_KEYS, defined, optionsOf, resolutionAndDuration, withExtraKeys } from '../../shared/newApiBody';

const USED = [...COMMON_KEYS, 'prompt', 'image_url', 'video_url', 'character_orientation', 'keep_original_sound'];

/**
 * Motion Control on Kling's new API: `POST /motion-control/{model}` with
 * `contents[{type: prompt, text}, {type: image, url}, {type: video, url}]`,
 * `settings{character_orientation, audio (original|off), resolution}` and
 * `options` (kling-motion-control-3.0.md). It takes every field the node
 * sends: Keep Original Sound is `audio` original/off.
 */
export const motionControlNewApi: NewApiRoute = {
	path: '/motion-control',
	toBody: (body: IDataObject) =>
		withExtraKeys(
			{
				contents: [
					...(body.prompt === undefined ? [] : [{ type: 'prompt', text: body.prompt }]),
					{ type: 'image', url: body.image_url },
					{ type: 'video', url: body.video_url },
				],
				settings: defined({
					character_orientation: body.character_orientation,
					audio: body.keep_original_sound === 'yes' ? 'original' : body.keep_original_sound === 'no' ? 'off' : undefined,
					resolution: resolutionAndDuration(body).resolution,
				}),
				options: optionsOf(body),
			},
			body,
			USED,
		),
};
