import type { INodeProperties } from 'n8n-workflow';

import {
	additionalFields,
	additionalBodyFieldsOption,
	aspectRatioField,
	callbackUrlOption,
	cameraControlOption,
	cfgScaleOption,
	durationField,
	externalTaskIdOption,
	modeField,
	modelField,
	multiShotOptions,
	negativePromptOption,
	promptField,
	soundOption,
	watermarkOption,
} from '../../shared/video.fields';

export const textToVideoFields: INodeProperties[] = [
	modelField('textToVideo', 'kling-v2-6'),
	promptField('textToVideo', true, 'With Multi-Shot each shot has its own prompt and this one is ignored.'),
	modeField('textToVideo'),
	aspectRatioField('textToVideo'),
	durationField('textToVideo'),
	additionalFields('textToVideo', [
		additionalBodyFieldsOption,
		callbackUrlOption,
		cameraControlOption,
		cfgScaleOption,
		externalTaskIdOption,
		// Kling 3.0 renders up to 6 shots from text (docs.comfy.org/built-in-nodes/KlingVideoNode: storyboards).
		...multiShotOptions('Kling 3.0 models (kling-v3)'),
		negativePromptOption,
		soundOption,
		watermarkOption,
	]),
];
