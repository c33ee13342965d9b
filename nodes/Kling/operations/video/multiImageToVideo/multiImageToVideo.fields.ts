import type { INodeProperties } from 'n8n-workflow';

import {
	imageListField,
	additionalFields,
	additionalBodyFieldsOption,
	aspectRatioField,
	callbackUrlOption,
	durationField,
	externalTaskIdOption,
	modeField,
	modelField,
	negativePromptOption,
	promptField,
	watermarkOption,
} from '../../shared/video.fields';
import { LIMITS } from '../../../vocabulary';

export const multiImageToVideoFields: INodeProperties[] = [
	modelField('multiImageToVideo', 'kling-v1-6'),
	imageListField('multiImageToVideo', {
		displayName: 'Reference Images',
		name: 'referenceImages',
		max: LIMITS.referenceImages,
		description: `1 to ${LIMITS.referenceImages} images of subjects, scenes or styles the video combines`,
	}),
	promptField('multiImageToVideo', true),
	modeField('multiImageToVideo'),
	aspectRatioField('multiImageToVideo'),
	durationField('multiImageToVideo'),
	additionalFields('multiImageToVideo', [additionalBodyFieldsOption, callbackUrlOption, externalTaskIdOption, negativePromptOption, watermarkOption]),
];
