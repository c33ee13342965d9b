import type { OperationField } from '../../field';

import {
	additionalBodyFieldsOption,
	additionalFields,
	callbackUrlOption,
	cfgScaleOption,
	externalTaskIdOption,
	negativePromptOption,
	promptField,
} from '../../shared/video.fields';
import { LIMITS } from '../../../vocabulary';
import { to } from '../../shared/toBody';

export const videoExtendFields: OperationField[] = [
	{
		displayName: 'Video ID',
		name: 'videoId',
		send: to('video_id'),
		type: 'string',
		default: '',
		required: true,
		placeholder: 'e.g. {{ $json.videoId }}',
		description:
			'The ID of a video Kling made in the last 30 days (Text to Video, Image to Video or an earlier Extend): the <code>videoId</code> of a previous Kling node. Each extension adds 4–5 seconds, with the model and mode of that video; the total cannot pass 3 minutes.',
	},
	{ ...promptField(false), description: `What happens in the added seconds. At most ${LIMITS.prompt} characters.` },
	additionalFields([
		additionalBodyFieldsOption,
		callbackUrlOption,
		{ ...cfgScaleOption, description: 'How closely the extension follows the prompt, from 0 (free) to 1 (strict). Videos of kling-v1 take none.' },
		externalTaskIdOption,
		{ ...negativePromptOption, description: `What the added seconds should not show. At most ${LIMITS.prompt} characters. Videos of kling-v1 take none.` },
	]),
];
