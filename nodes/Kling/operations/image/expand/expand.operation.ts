import { imageExpandFields } from './expand.fields';
import { imageExpandSchema } from './expand.schema';
import type { TaskOperation } from '../../types';

export const imageExpand: TaskOperation = {
	kind: 'task',
	resource: 'image',
	value: 'expand',
	name: 'Expand',
	action: 'Expand an image',
	description: 'Extend an image up, down, left or right (outpainting) into 1–9 images',
	endpoint: '/v1/images/editing/expand',
	taskKind: 'editing/expand',
	result: 'images',
	fields: imageExpandFields,
	schema: imageExpandSchema,
	media: { images: [['image']] },
};
