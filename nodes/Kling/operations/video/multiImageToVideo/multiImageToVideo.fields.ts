import type { OperationField } from '../../field';

import {
	additionalBodyFieldsOption,
	additionalFields,
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
import { imageListField } from '../../shared/mediaInput.fields';
import { LIMITS } from '../../../vocabulary';
import { entries } from '../../shared/toBody';

export const multiImageToVideoFields: OperationField[] = [
	modelField('multiImageToVideo', 'kling-v1-6'),
	imageListField({
		displayName: 'Reference Images',
		name: 'referenceImages',
		max: LIMITS.referenceImages,
		description: `1 to ${LIMITS.referenceImages} images of subjects, scenes or styles the video combines`,
		send: (value) => ({ image_list: entries(value, 'image').map((image) => ({ image: image.image })) }),
	}),
	promptField(true),
	modeField('multiImageToVideo'),
	aspectRatioField(),
	durationField('multiImageToVideo'),
	additionalFields([additionalBodyFieldsOption, callbackUrlOption, externalTaskIdOption, negativePromptOption, watermarkOption]),
];
