import { textToVideoFields } from './textToVideo.fields';
import { textToVideoSchema } from './textToVideo.schema';
import type { CreateOperation } from '../../types';

export const textToVideo: CreateOperation = {
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
};
