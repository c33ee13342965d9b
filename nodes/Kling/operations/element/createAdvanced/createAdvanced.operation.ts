import { createAdvancedElementFields } from './createAdvanced.fields';
import { createAdvancedElementSchema } from './createAdvanced.schema';
import { ELEMENT_IMAGE_SIZE } from '../element.shared';
import type { TaskOperation } from '../../types';

/**
 * Element → Create Advanced: the Kling 3.0 element, made from images or from
 * a video of a character (whose voice it can keep), as a task
 * (element.shared.ts has where its fields are documented).
 */
export const createAdvancedElement: TaskOperation = {
	kind: 'task',
	resource: 'element',
	value: 'createAdvanced',
	name: 'Create Advanced',
	action: 'Create an advanced element',
	description: 'Register a Kling 3.0 element from images, or from a video of a character with its voice (a task to wait for)',
	endpoint: '/v1/general/advanced-custom-elements',
	taskKind: 'advanced-custom-elements',
	result: 'elements',
	fields: createAdvancedElementFields,
	schema: createAdvancedElementSchema,
	media: {
		images: [
			['element_image_list', 'frontal_image'],
			['element_image_list', 'refer_images', '*', 'image_url'],
		],
		imageSize: ELEMENT_IMAGE_SIZE,
	},
};
