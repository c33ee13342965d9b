import { virtualTryOnFields } from './virtualTryOn.fields';
import { virtualTryOnSchema } from './virtualTryOn.schema';
import type { TaskOperation } from '../../types';

export const virtualTryOn: TaskOperation = {
	kind: 'task',
	resource: 'image',
	value: 'virtualTryOn',
	name: 'Virtual Try-On',
	action: 'Dress a person in a garment',
	description: 'Kolors virtual try-on: a photo of a person wearing the garment of another image',
	endpoint: '/v1/images/kolors-virtual-try-on',
	taskKind: 'kolors-virtual-try-on',
	result: 'images',
	fields: virtualTryOnFields,
	schema: virtualTryOnSchema,
	media: { images: [['human_image'], ['cloth_image']] },
};
