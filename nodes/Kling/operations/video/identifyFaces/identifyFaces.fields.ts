import type { OperationField } from '../../field';
import { additionalBodyFieldsOption, additionalFields } from '../../shared/video.fields';
import { videoLocatorField } from '../../shared/videoLocator.fields';

/**
 * Video → Identify Faces: the video (by URL or Kling video ID), and whether
 * each face's image comes along as binary data. Kling answers at once, so
 * there is nothing to wait for.
 */
export const identifyFacesFields: OperationField[] = [
	{
		displayName:
			'One output item per face, with when it is on screen (faceStartMs, faceEndMs) and its image: keep the face to lip-sync (e.g. Sort + Limit, or a Filter) and feed it to Lip-Sync a Face. Kling\'s reference states no lifetime for the session: lip-sync soon after.',
		name: 'identifyFacesNotice',
		send: 'nothing',
		type: 'notice',
		default: '',
	},
	videoLocatorField({
		name: 'faceVideo',
		description: 'The video whose faces to find: 2 to 60 seconds',
		firstMode: 'url',
		urlPlaceholder: 'e.g. https://example.com/meeting.mp4',
		urlHint: 'An MP4 or MOV of at most 100 MB, 720p or 1080p, each side 512–2160 px',
		idHint: 'The ID of a video Kling made in the last 30 days, at most 60 s long (a Video operation outputs it as videoId)',
	}),
	{
		displayName: 'Download Face Images',
		name: 'downloadFaceImages',
		send: 'nothing',
		type: 'boolean',
		default: true,
		description:
			"Whether to attach each face's image as binary data, and give its size in pixels (faceImageWidth, faceImageHeight, faceImagePixels) to pick the largest face by",
	},
	{
		displayName: 'Put Face Image in Field',
		name: 'faceImageBinaryField',
		send: 'nothing',
		type: 'string',
		default: 'data',
		required: true,
		hint: 'The name of the output binary field to put the face image in',
		displayOptions: { show: { downloadFaceImages: [true] } },
	},
	additionalFields([additionalBodyFieldsOption]),
];
