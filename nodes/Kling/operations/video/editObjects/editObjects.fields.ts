import type { OperationField } from '../../field';
import { sessionIdField } from '../editObjects.shared';
import { entries, to } from '../../shared/toBody';
import {
	additionalBodyFieldsOption,
	additionalFields,
	callbackUrlOption,
	externalTaskIdOption,
	modeField,
	negativePromptOption,
	watermarkOption,
} from '../../shared/video.fields';
import { IMAGE_HINT, imageListShown } from '../../shared/mediaInput.fields';
import { EDIT_IMAGES_MAX } from './editObjects.schema';
import { LIMITS } from '../../../vocabulary';

/** Edit Objects: what to do with the session's video, with which images. */
export const editObjectsFields: OperationField[] = [
	sessionIdField('The session of the video to edit'),
	{
		displayName: 'Edit Mode',
		name: 'editMode',
		send: to('edit_mode'),
		type: 'options',
		options: [
			{ name: 'Add Object', value: 'addition', description: 'Add the object of 1 or 2 images to the video' },
			{ name: 'Remove Object', value: 'removal', description: 'Remove the marked object from the video' },
			{ name: 'Swap Object', value: 'swap', description: 'Replace the marked object with the object of 1 image' },
		],
		default: 'removal',
	},
	{
		...imageListShown(
			{ show: { editMode: ['addition', 'swap'] } },
			{
				displayName: 'Images',
				name: 'editImages',
				max: EDIT_IMAGES_MAX,
				required: true,
				description:
					'Add Object: 1 or 2 images of what to add; Swap Object: exactly 1 image of what replaces the marked object. Crop each to its subject: Kling crops nothing.',
			},
		),
		hint: `${IMAGE_HINT} At least 300 px on each side, aspect ratio 1:2.5 to 2.5:1.`,
		send: (value) => ({ image_list: entries(value, 'image').map((image) => ({ image: image.image })) }),
	},
	{
		displayName: 'Prompt',
		name: 'prompt',
		send: to('prompt'),
		type: 'string',
		typeOptions: { rows: 4 },
		default: '',
		required: true,
		placeholder: 'e.g. Delete the chick from <<<video_1>>>',
		description: `What to do, naming the video as &lt;&lt;&lt;video_1&gt;&gt;&gt; and the images as &lt;&lt;&lt;image_1&gt;&gt;&gt;, &lt;&lt;&lt;image_2&gt;&gt;&gt;. Kling suggests: "Using the context of &lt;&lt;&lt;video_1&gt;&gt;&gt;, seamlessly add [x] from &lt;&lt;&lt;image_1&gt;&gt;&gt;", "swap [x] from &lt;&lt;&lt;image_1&gt;&gt;&gt; for [x] from &lt;&lt;&lt;video_1&gt;&gt;&gt;", "Delete [x] from &lt;&lt;&lt;video_1&gt;&gt;&gt;". At most ${LIMITS.prompt} characters.`,
	},
	{
		displayName: 'Duration',
		name: 'editDuration',
		send: to('duration'),
		type: 'options',
		options: [
			{
				name: 'Match the Source Video',
				value: '',
				description: "5 s for a 2–5 s video, 10 s for a 7–10 s one, read from the input item (an Edit Objects step's output for this session)",
			},
			{ name: '5 Seconds', value: '5', description: 'For a source video of 2–5 s' },
			{ name: '10 Seconds', value: '10', description: 'For a source video of 7–10 s' },
		],
		default: '',
		description:
			'Kling makes a 5 s edit of a 2–5 s video and a 10 s edit of a 7–10 s one, nothing else. Start Session outputs the length that fits as editDuration.',
	},
	modeField('editObjects'),
	additionalFields([additionalBodyFieldsOption, callbackUrlOption, externalTaskIdOption, negativePromptOption, watermarkOption]),
];
