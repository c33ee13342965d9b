import type { OperationField } from '../../field';
import { toVideoIdOrUrl } from '../../shared/toBody';

/** Edit Objects: Start Session: the video to edit, by Kling video ID or by URL. */
export const editObjectsStartFields: OperationField[] = [
	{
		displayName: 'Video',
		name: 'editVideo',
		// By Kling video ID or by URL: `video_id` or `video_url` (the schema names the choice `video`).
		send: toVideoIdOrUrl,
		sendsKeys: ['video', 'video_id', 'video_url'],
		type: 'resourceLocator',
		default: { mode: 'id', value: '' },
		required: true,
		description:
			'The video to edit: 2–5 or 7–10 seconds long (the edit lasts 5 or 10 seconds to match), 720–2160 px on each side, 24, 30 or 60 fps. The session it opens lasts 24 hours.',
		modes: [
			{
				displayName: 'By Kling Video ID',
				name: 'id',
				type: 'string',
				placeholder: 'e.g. {{ $json.videoId }}',
				hint: 'The ID of a video Kling made in the last 30 days (a Video operation outputs it as videoId)',
			},
			{
				displayName: 'By URL',
				name: 'url',
				type: 'string',
				placeholder: 'e.g. https://example.com/clip.mp4',
				hint: 'An MP4 or MOV',
				validation: [{ type: 'regex', properties: { regex: '^https?://.+', errorMessage: 'Must be an http(s) URL' } }],
			},
		],
	},
];
