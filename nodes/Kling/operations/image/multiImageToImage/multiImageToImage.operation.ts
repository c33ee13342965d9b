import { multiImageToImageFields } from './multiImageToImage.fields';
import { multiImageToImageSchema } from './multiImageToImage.schema';
import type { TaskOperation } from '../../types';

export const multiImageToImage: TaskOperation = {
	kind: 'task',
	resource: 'image',
	value: 'multiImageToImage',
	name: 'Multi-Image to Image',
	action: 'Generate images from subject, scene and style images',
	description: 'Combine 1–4 subject images with a scene and a style into 1–9 images',
	endpoint: '/v1/images/multi-image2image',
	taskKind: 'multi-image2image',
	result: 'images',
	fields: multiImageToImageFields,
	schema: multiImageToImageSchema,
	media: { images: [['subject_image_list', '*', 'subject_image'], ['scene_image'], ['style_image']] },
};
