import { imageGenerateFields } from './generate.fields';
import { imageGenerateSchema } from './generate.schema';
import type { TaskOperation } from '../../types';

export const imageGenerate: TaskOperation = {
	kind: 'task',
	resource: 'image',
	value: 'generate',
	name: 'Generate',
	action: 'Generate images',
	description: 'Make 1–9 images from a prompt, optionally from a reference image (Kling / Kolors image models)',
	endpoint: '/v1/images/generations',
	taskKind: 'generations',
	result: 'images',
	fields: imageGenerateFields,
	schema: imageGenerateSchema,
	media: { images: [['image']] },
};
