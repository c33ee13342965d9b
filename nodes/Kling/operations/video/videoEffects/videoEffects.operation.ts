import { videoEffectsFields } from './videoEffects.fields';
import { videoEffectsSchema } from './videoEffects.schema';
import type { TaskOperation } from '../../types';

export const videoEffects: TaskOperation = {
	kind: 'task',
	resource: 'video',
	value: 'videoEffects',
	name: 'Effects',
	action: 'Apply a video effect',
	description: "Turn one photo (or two, for two-person scenes) into one of Kling's effect videos",
	endpoint: '/v1/videos/effects',
	taskKind: 'effects',
	result: 'videos',
	fields: videoEffectsFields,
	schema: videoEffectsSchema,
	media: { images: [['input', 'image'], ['input', 'images', '*']] },
};
