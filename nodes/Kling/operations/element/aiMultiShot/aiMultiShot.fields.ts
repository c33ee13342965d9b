import type { OperationField } from '../../field';
import { to } from '../../shared/toBody';
import { additionalBodyFieldsOption, additionalFieldsShown, callbackUrlOption, externalTaskIdOption } from '../../shared/video.fields';
import { frontalImageField } from '../element.shared';

/** Element → AI Multi-Shot (POST /v1/general/ai-multi-shot, a task): a frontal image in, three sets of three views out. */
export const aiMultiShotFields: OperationField[] = [
	{
		// The same parameter as Element → Create's Frontal Image: switching between the two keeps the image.
		...frontalImageField({ name: 'frontalImage', send: to('element_frontal_image') }),
		description: 'The subject seen from the front. Kling draws it from other angles: three sets of three views, for Element → Create.',
	},
	{ ...additionalFieldsShown(undefined, [additionalBodyFieldsOption, callbackUrlOption, externalTaskIdOption]), send: 'eachOption' },
];
