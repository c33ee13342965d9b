import type { OperationField } from '../../field';
import { toLocatorValue, at, imageUrlEntries, to } from '../../shared/toBody';
import { voiceIdField } from '../../shared/libraryPickers';
import { additionalBodyFieldsOption, additionalFieldsShown, callbackUrlOption, externalTaskIdOption } from '../../shared/video.fields';
import { descriptionField, frontalImageField, nameField, referenceImagesField, tagsField } from '../element.shared';

const fromImages = { elementReferenceType: ['image_refer'] };
const fromVideo = { elementReferenceType: ['video_refer'] };

/** Element → Create Advanced (the Kling 3.0 element, a task: POST /v1/general/advanced-custom-elements). */
export const createAdvancedElementFields: OperationField[] = [
	nameField(),
	descriptionField(),
	{
		displayName: 'Made From',
		name: 'elementReferenceType',
		send: to('reference_type'),
		type: 'options',
		options: [
			{ name: 'Images', value: 'image_refer', description: 'A frontal image and 1 to 3 more (any subject)' },
			{
				name: 'Video',
				value: 'video_refer',
				description: 'A video of a realistic human character; a voice heard in it is cloned and bound to the element',
			},
		],
		default: 'image_refer',
		description: 'What Kling takes the look of the element from',
	},
	frontalImageField({ name: 'advancedFrontalImage', send: to('element_image_list.frontal_image'), shownWhen: fromImages }),
	referenceImagesField({
		name: 'advancedReferenceImages',
		send: (value) => at('element_image_list.refer_images', imageUrlEntries(value)),
		shownWhen: fromImages,
	}),
	{
		displayName: 'Reference Video',
		name: 'elementReferenceVideo',
		send: (value) => at('element_video_list.refer_videos', [{ video_url: value as string }]),
		type: 'string',
		default: '',
		required: true,
		placeholder: 'e.g. https://example.com/character.mp4',
		description: 'The URL of one video of the character (a realistic human figure)',
		hint: 'Kling checks the video itself (length, size, format)',
		displayOptions: { show: fromVideo },
	},
	voiceIdField({
		name: 'elementVoiceId',
		send: toLocatorValue('element_voice_id'),
		description: "A voice to bind to the element (a preset or custom voice's ID). Empty: the video's own voice, if any.",
		displayOptions: { show: fromVideo },
	}),
	tagsField(),
	{ ...additionalFieldsShown(undefined, [additionalBodyFieldsOption, callbackUrlOption, externalTaskIdOption]), send: 'eachOption' },
];
