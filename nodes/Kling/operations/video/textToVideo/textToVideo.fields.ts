import type { OperationField } from '../../field';

import {
	additionalBodyFieldsOption,
	additionalFields,
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
} from '../../shared/video.fields';
import { multiShotOptions } from '../../shared/multiShot.fields';

export const textToVideoFields: OperationField[] = [
	modelField('textToVideo', 'kling-v2-6'),
	promptField(true, 'With Multi-Shot each shot has its own prompt and this one is ignored.'),
	modeField('textToVideo'),
	aspectRatioField(),
	durationField('textToVideo'),
	additionalFields([
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
