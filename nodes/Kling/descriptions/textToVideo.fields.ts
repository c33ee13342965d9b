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
	negativePromptOption,
	promptField,
	soundOption,
	watermarkOption,
} from './shared.fields';

export const textToVideoFields: INodeProperties[] = [
	modelField('textToVideo', 'kling-v2-6'),
	promptField('textToVideo', true),
	modeField('textToVideo'),
	aspectRatioField('textToVideo'),
	durationField('textToVideo'),
	additionalFields('textToVideo', [
		additionalBodyFieldsOption,
		callbackUrlOption,
		cameraControlOption,
		cfgScaleOption,
		externalTaskIdOption,
		negativePromptOption,
		soundOption,
		watermarkOption,
	]),
];
