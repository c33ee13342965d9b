import { motionControlFields } from './motionControl.fields';
import { motionControlSchema } from './motionControl.schema';
import type { TaskOperation } from '../../types';
import { motionControlNewApi } from './motionControl.newApi';

export const motionControl: TaskOperation = {
	kind: 'task',
	resource: 'video',
	value: 'motionControl',
	name: 'Motion Control',
	action: 'Move a character like a reference video',
	description: 'A character image performs the motion, expressions and camera of a reference video',
	endpoint: '/v1/videos/motion-control',
	taskKind: 'motion-control',
	result: 'videos',
	fields: motionControlFields,
	schema: motionControlSchema,
	newApi: motionControlNewApi,
	media: { images: [['image_url']] },
};
