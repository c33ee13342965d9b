import type { OperationField } from '../../field';
import { videoLocatorField } from '../../shared/videoLocator.fields';

/** Edit Objects: Start Session: the video to edit, by Kling video ID or by URL. */
export const editObjectsStartFields: OperationField[] = [
	videoLocatorField({
		name: 'editVideo',
		description:
			'The video to edit: 2–5 or 7–10 seconds long (the edit lasts 5 or 10 seconds to match), 720–2160 px on each side, 24, 30 or 60 fps. The session it opens lasts 24 hours.',
		firstMode: 'id',
		urlHint: 'An MP4 or MOV',
	}),
];
