import { lipSyncFields } from '../../descriptions/lipSync.fields';
import { lipSyncSchema } from '../../validation/lipSync.schema';
import type { CreateOperation } from '../types';

export const lipSync: CreateOperation = {
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
	labels: {
		input: 'Video',
		'input.video_id': 'Video',
		'input.video_url': 'Video',
		'input.mode': 'Speech From',
		'input.text': 'Text',
		'input.voice_id': 'Voice ID',
		'input.voice_language': 'Voice Language',
		'input.voice_speed': 'Voice Speed',
		'input.audio_type': 'Audio',
		'input.audio_file': 'Audio',
		'input.audio_url': 'Audio',
	},
};
