import type { INodeProperties } from 'n8n-workflow';

import {
	additionalBodyFieldsOption,
	aspectRatioField,
	callbackUrlOption,
	cameraControlOption,
	cfgScaleOption,
	durationField,
	externalTaskIdOption,
	forVideo,
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
	{
		displayName: 'Additional Fields',
		name: 'additionalFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		displayOptions: forVideo('textToVideo'),
		options: [
			additionalBodyFieldsOption,
			callbackUrlOption,
			cameraControlOption,
			cfgScaleOption,
			externalTaskIdOption,
			negativePromptOption,
			soundOption,
			watermarkOption,
		],
	},
];
