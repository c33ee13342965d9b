import { avatarFields } from './avatar.fields';
import { avatarSchema } from './avatar.schema';
import type { TaskOperation } from '../../types';

export const avatar: TaskOperation = {
	kind: 'task',
	resource: 'video',
	value: 'avatar',
	name: 'Avatar',
	action: 'Make a portrait talk',
	description: 'A talking video from a portrait image and an audio file',
	endpoint: '/v1/videos/avatar/image2video',
	taskKind: 'avatar/image2video',
	result: 'videos',
	fields: avatarFields,
	schema: avatarSchema,
	media: { images: [['image']], audio: [['sound_file']] },
};
