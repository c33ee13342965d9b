import type { OperationField } from '../../field';
import { sessionIdField } from '../editObjects.shared';

/** Edit Objects: Preview Marks: the session, and whether to attach the preview video. */
export const editObjectsPreviewFields: OperationField[] = [
	sessionIdField('The session whose marks to preview'),
	{
		displayName: 'Download Preview',
		name: 'downloadVideo',
		send: 'nothing',
		type: 'boolean',
		default: true,
		description: 'Whether to attach the preview (the video with the marked objects highlighted, an MP4) as binary data',
	},
	{
		displayName: 'Put Output File in Field',
		name: 'binaryPropertyName',
		send: 'nothing',
		type: 'string',
		default: 'data',
		required: true,
		hint: 'The name of the output binary field to put the preview in',
		displayOptions: { show: { downloadVideo: [true] } },
	},
];
