import { IMAGE_LIMITS } from '../../../vocabulary';
import type { OperationField } from '../../field';
import {
	imageAdditionalFields,
	imageAspectRatioField,
	imageInputField,
	imageListInputField,
	imageModelField,
	imagePromptField,
	numberOfImagesField,
} from '../../shared/image.fields';
import { entries, to } from '../../shared/toBody';

const SIZE = 'At least 300 px wide and high, between 1:2.5 and 2.5:1.';

/** Image → Multi-Image to Image (POST /v1/images/multi-image2image): subjects, a scene and a style combined. */
export const multiImageToImageFields: OperationField[] = [
	imageModelField('multiImageToImage', 'kling-v2-1', 'Which Kling image model combines the images'),
	imageListInputField({
		displayName: 'Subject Images',
		name: 'subjectImages',
		send: (value) => ({ subject_image_list: entries(value, 'image').map((image) => ({ subject_image: image.image })) }),
		max: IMAGE_LIMITS.subjectImages.max,
		required: true,
		description: `${IMAGE_LIMITS.subjectImages.min} to ${IMAGE_LIMITS.subjectImages.max} images of the subjects (people, animals, things), each cropped to its subject: Kling crops nothing. ${SIZE}`,
	}),
	imagePromptField({
		required: false,
		description: 'What the image should show.',
		placeholder: 'e.g. The two friends having a picnic in the scene, in the style image\'s style',
	}),
	imageInputField({
		displayName: 'Scene Image',
		name: 'sceneImage',
		send: to('scene_image'),
		description: `Optional: the place, light and mood to put the subjects in. ${SIZE}`,
	}),
	imageInputField({
		displayName: 'Style Image',
		name: 'styleImage',
		send: to('style_image'),
		description: `Optional: the look (painting style, colours, texture) to render in. ${SIZE}`,
	}),
	imageAspectRatioField(),
	numberOfImagesField(),
	imageAdditionalFields([], { watermark: true }),
];
