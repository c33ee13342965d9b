import { imageToVideoFields } from './imageToVideo.fields';
import { imageToVideoSchema } from './imageToVideo.schema';
import type { TaskOperation } from '../../types';
import { imageToVideoNewApi } from './imageToVideo.newApi';

export const imageToVideo: TaskOperation = {
	kind: 'task',
	resource: 'video',
	value: 'imageToVideo',
	name: 'Image to Video',
	action: 'Generate a video from an image',
	description: 'Animate an image (first frame), optionally towards a tail image',
	endpoint: '/v1/videos/image2video',
	taskKind: 'image2video',
	result: 'videos',
	fields: imageToVideoFields,
	schema: imageToVideoSchema,
	newApi: imageToVideoNewApi,
	media: { images: [['image'], ['image_tail'], ['static_mask'], ['dynamic_masks', '*', 'mask']] },
};
