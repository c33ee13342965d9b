import type { OperationField } from '../field';
import { toVideoIdOrUrl } from './toBody';

const ID_HINT = 'The ID of a video Kling made in the last 30 days (a Video operation outputs it as videoId)';

/**
 * A video given by URL or by Kling video ID, sent as `video_url` or
 * `video_id` (the schemas name the choice `video`). The operations differ
 * only in which mode comes first and in the limits their hints name.
 */
export function videoLocatorField(spec: {
	name: string;
	description: string;
	firstMode: 'url' | 'id';
	urlHint: string;
	urlPlaceholder?: string;
	idHint?: string;
}): OperationField {
	const byUrl = {
		displayName: 'By URL',
		name: 'url',
		type: 'string' as const,
		placeholder: spec.urlPlaceholder ?? 'e.g. https://example.com/clip.mp4',
		hint: spec.urlHint,
		validation: [{ type: 'regex' as const, properties: { regex: '^https?://.+', errorMessage: 'Must be an http(s) URL' } }],
	};
	const byId = {
		displayName: 'By Kling Video ID',
		name: 'id',
		type: 'string' as const,
		placeholder: 'e.g. {{ $json.videoId }}',
		hint: spec.idHint ?? ID_HINT,
	};
	return {
		displayName: 'Video',
		name: spec.name,
		send: toVideoIdOrUrl,
		sendsKeys: ['video', 'video_id', 'video_url'],
		type: 'resourceLocator',
		default: { mode: spec.firstMode, value: '' },
		required: true,
		description: spec.description,
		modes: spec.firstMode === 'url' ? [byUrl, byId] : [byId, byUrl],
	};
}
