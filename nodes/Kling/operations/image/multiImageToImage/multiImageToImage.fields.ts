import type { INodeProperties } from 'n8n-workflow';

import { IMAGE_LIMITS } from '../../../vocabulary';
import {
	imageAdditionalFields,
	imageAspectRatioField,
	imageInputField,
	imageListInputField,
	imageModelField,
	imagePromptField,
	numberOfImagesField,
} from '../../shared/image.fields';

const SIZE = 'At least 300 px wide and high, between 1:2.5 and 2.5:1.';

/** Image → Multi-Image to Image (POST /v1/images/multi-image2image): subjects, a scene and a style combined. */
export const multiImageToImageFields: INodeProperties[] = [
	imageModelField('multiImageToImage', 'kling-v2-1', 'Which Kling image model combines the images'),
	imageListInputField('multiImageToImage', {
		displayName: 'Subject Images',
		name: 'subjectImages',
		max: IMAGE_LIMITS.subjectImages.max,
		required: true,
		description: `${IMAGE_LIMITS.subjectImages.min} to ${IMAGE_LIMITS.subjectImages.max} images of the subjects (people, animals, things), each cropped to its subject: Kling crops nothing. ${SIZE}`,
	}),
	imagePromptField('multiImageToImage', {
		required: false,
		description: 'What the image should show.',
		placeholder: 'e.g. The two friends having a picnic in the scene, in the style image\'s style',
	}),
	imageInputField('multiImageToImage', { displayName: 'Scene Image', name: 'sceneImage', description: `Optional: the place, light and mood to put the subjects in. ${SIZE}` }),
	imageInputField('multiImageToImage', { displayName: 'Style Image', name: 'styleImage', description: `Optional: the look (painting style, colours, texture) to render in. ${SIZE}` }),
	imageAspectRatioField('multiImageToImage'),
	numberOfImagesField('multiImageToImage'),
	imageAdditionalFields('multiImageToImage', [], { watermark: true }),
];
