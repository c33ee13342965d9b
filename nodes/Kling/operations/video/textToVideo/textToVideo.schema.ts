import { z } from 'zod';

import {
	cameraControlSchema,
	cfgScaleSchema,
	checkFourK,
	checkModelRules,
	checkMultiShot,
	checkPromptUnlessMultiShot,
	modelSchema,
	multiShotFields,
	optionalText,
	PROMPT_MAX,
	soundSchema,
	taskFields,
} from '../../../validation/common';
import { checkPromptLength } from '../../shared/newApiBody';
import { checkTextToVideoNewApi } from './textToVideo.newApi';

/** POST /v1/videos/text2video, as the node sends it. Unknown keys (Additional Body Fields) pass through. */
export const textToVideoSchema = z
	.object({
		model_name: modelSchema('textToVideo'),
		// At most PROMPT_MAX characters, 3072 on the new API: checked below, by model.
		prompt: z.string({ invalid_type_error: 'must be text' }).optional(),
		negative_prompt: optionalText(PROMPT_MAX),
		cfg_scale: cfgScaleSchema,
		camera_control: cameraControlSchema,
		sound: soundSchema,
		// Multi-shot from text: Kling 3.0 (docs.comfy.org/built-in-nodes/KlingVideoNode, storyboards; comfyanonymous/ComfyUI
		// comfy_api_nodes/apis/kling_api.py TextToVideoWithAudioRequest: multi_shot, shot_type, multi_prompt).
		...multiShotFields,
		...taskFields,
	})
	.passthrough()
	.superRefine((body, ctx) => {
		checkPromptLength(body, ctx, PROMPT_MAX);
		checkModelRules(body, ctx);
		checkFourK('textToVideo')(body, ctx);
		checkTextToVideoNewApi(body, ctx);
		checkPromptUnlessMultiShot(body, ctx);
		checkMultiShot(body, ctx);
	});
