import type { INodeExecutionData } from 'n8n-workflow';

import { editObjectsPreviewFields } from './editObjectsPreview.fields';
import { editObjectsPreviewSchema } from './editObjectsPreview.schema';
import { checkSessionAlive, sessionOutput, sessionStep } from '../editObjects.session';
import { downloadVideo } from '../../../transport/downloadVideo';
import { operationFailure } from '../../../transport/failures';
import type { ActionOperation } from '../../types';
import { isObject } from '../../../transport/jsonValues';

const url = (value: unknown) => (typeof value === 'string' && value !== '' ? value : undefined);

/**
 * Edit Objects: Preview Marks: POST /v1/videos/multi-elements/preview-selection
 * answers `res{video, video_cover, tracking_output}` (Kling's reference: the
 * video with the masks, its cover image, the masks of every frame), all URLs.
 * The preview video is attached when asked.
 */
export const editObjectsPreview: ActionOperation = {
	kind: 'action',
	resource: 'video',
	value: 'editObjectsPreview',
	name: 'Edit Objects: Preview Marks',
	action: 'Preview the marked objects of a session',
	description: 'Get a video of the session with the marked objects highlighted, to check the marks before editing',
	fields: editObjectsPreviewFields,
	schema: editObjectsPreviewSchema,
	shapeBody: (body, ctx) => checkSessionAlive(ctx, body),
	run: async (ctx, body): Promise<INodeExecutionData[]> => {
		const sessionId = String(body.session_id);
		const answer = await sessionStep(ctx, 'preview-selection', body, {
			action: 'the preview of the marks',
			mayHave: 'the preview may have been made',
			ifLost: 'The node did not send it again; a preview changes nothing, so run the item again.',
			refused: "Kling could not preview the session's marks",
			refusedAdvice: 'Mark an object first (Edit Objects: Mark Object), and check the Session ID (a session lasts 24 hours).',
		});
		const result = isObject(answer.data.res) ? answer.data.res : {};
		const previewVideoUrl = url(result.video);
		const item: INodeExecutionData = {
			json: sessionOutput(ctx, sessionId, { previewVideoUrl, previewCoverUrl: url(result.video_cover), trackingOutputUrl: url(result.tracking_output) }, answer),
		};
		if (ctx.param('downloadVideo', true)) {
			if (!previewVideoUrl) {
				throw operationFailure(ctx, 'unreadable', {
					message: 'Kling answered the preview of the marks without a video',
					description: 'Nothing was downloaded; with Download Preview off, the node outputs what the answer holds.',
				});
			}
			const file = await downloadVideo(ctx, previewVideoUrl, `kling-${sessionId}-preview.mp4`);
			item.binary = { [ctx.param('binaryPropertyName', 'data') || 'data']: file };
		}
		return [item];
	},
};
