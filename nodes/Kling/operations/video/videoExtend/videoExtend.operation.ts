import { videoExtendFields } from './videoExtend.fields';
import { videoExtendSchema } from './videoExtend.schema';
import type { TaskOperation } from '../../types';

export const videoExtend: TaskOperation = {
	kind: 'task',
	resource: 'video',
	value: 'videoExtend',
	name: 'Extend',
	action: 'Extend a video',
	description: 'Add 4–5 seconds to a video Kling made (by its video ID)',
	endpoint: '/v1/videos/video-extend',
	taskKind: 'video-extend',
	result: 'videos',
	fields: videoExtendFields,
	schema: videoExtendSchema,
};
