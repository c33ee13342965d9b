import { lipSyncFields } from './lipSync.fields';
import { lipSyncSchema } from './lipSync.schema';
import type { TaskOperation } from '../../types';

export const lipSync: TaskOperation = {
	kind: 'task',
	resource: 'video',
	value: 'lipSync',
	name: 'Lip-Sync',
	action: 'Lip-sync a video',
	description: "Make a video's speaker say a text (with a Kling voice) or an audio file",
	endpoint: '/v1/videos/lip-sync',
	taskKind: 'lip-sync',
	result: 'videos',
	fields: lipSyncFields,
	schema: lipSyncSchema,
	media: { audio: [['input', 'audio_file']] },
};
