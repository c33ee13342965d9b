import { z } from 'zod';

import {
	cameraControlSchema,
	cfgScaleSchema,
	checkModelRules,
	modelSchema,
	optionalText,
	PROMPT_MAX,
	promptSchema,
	soundSchema,
	taskFields,
} from './common';

/** POST /v1/videos/text2video, as the node sends it. Unknown keys (Additional Body Fields) pass through. */
export const textToVideoSchema = z
	.object({
		model_name: modelSchema('textToVideo'),
		prompt: promptSchema,
		negative_prompt: optionalText(PROMPT_MAX),
		cfg_scale: cfgScaleSchema,
		camera_control: cameraControlSchema,
		sound: soundSchema,
		...taskFields,
	})
	.passthrough()
	.superRefine(checkModelRules);
