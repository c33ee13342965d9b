import { multiImageToVideoFields } from './multiImageToVideo.fields';
import { multiImageToVideoSchema } from './multiImageToVideo.schema';
import type { TaskOperation } from '../../types';

export const multiImageToVideo: TaskOperation = {
	kind: 'task',
	resource: 'video',
	value: 'multiImageToVideo',
	name: 'Multi-Image to Video',
	action: 'Generate a video from reference images',
	description: 'Combine up to 4 reference images (subjects, scenes, styles) into a video',
	endpoint: '/v1/videos/multi-image2video',
	taskKind: 'multi-image2video',
	result: 'videos',
	fields: multiImageToVideoFields,
	schema: multiImageToVideoSchema,
	media: { images: [['image_list', '*', 'image']] },
};
