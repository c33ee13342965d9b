import { textToVideoFields } from './textToVideo.fields';
import { textToVideoSchema } from './textToVideo.schema';
import type { TaskOperation } from '../../types';
import { textToVideoNewApi } from './textToVideo.newApi';

export const textToVideo: TaskOperation = {
	kind: 'task',
	resource: 'video',
	value: 'textToVideo',
	name: 'Text to Video',
	action: 'Generate a video from text',
	description: 'Create a video from a text prompt',
	endpoint: '/v1/videos/text2video',
	taskKind: 'text2video',
	result: 'videos',
	fields: textToVideoFields,
	schema: textToVideoSchema,
	newApi: textToVideoNewApi,
};
