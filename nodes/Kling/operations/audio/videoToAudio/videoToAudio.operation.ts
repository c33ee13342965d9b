import { videoToAudioFields } from './videoToAudio.fields';
import { videoToAudioSchema } from './videoToAudio.schema';
import type { TaskOperation } from '../../types';

export const videoToAudio: TaskOperation = {
	kind: 'task',
	resource: 'audio',
	value: 'videoToAudio',
	name: 'Video to Audio',
	action: 'Generate sound for a video',
	description: 'Add sound effects and background music to a video (3–20 s): the audio as MP3/WAV and the video with its new sound',
	endpoint: '/v1/audio/video-to-audio',
	taskKind: 'video-to-audio',
	result: 'audios',
	fields: videoToAudioFields,
	schema: videoToAudioSchema,
};
