import { lipSyncFields } from './lipSync.fields';
import { lipSyncSchema } from './lipSync.schema';
import type { TaskOperation } from '../../types';

export const lipSync: TaskOperation = {
	kind: 'task',
	resource: 'video',
	value: 'lipSync',
	name: 'Lip-Sync',
	action: 'Lip-sync a video',
	// Kling's current Lip Sync page documents identify-face + advanced-lip-sync only; /v1/videos/lip-sync is in older copies, still served by some hosts.
	description: "Make a video's speaker say a text (with a Kling voice) or an audio file, on hosts that serve /v1/videos/lip-sync",
	endpoint: '/v1/videos/lip-sync',
	taskKind: 'lip-sync',
	result: 'videos',
	fields: lipSyncFields,
	schema: lipSyncSchema,
	media: { audio: [['input', 'audio_file']] },
};
