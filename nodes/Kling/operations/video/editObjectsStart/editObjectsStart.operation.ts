import type { IDataObject, INodeExecutionData } from 'n8n-workflow';

import { editObjectsStartFields } from './editObjectsStart.fields';
import { editObjectsStartSchema } from './editObjectsStart.schema';
import { SESSION_HOURS } from '../editObjects.shared';
import { editDurationFor, sessionOutput, sessionStep } from '../editObjects.session';
import type { ActionOperation } from '../../types';
import { operationFailure } from '../../../transport/failures';

const HOUR_MS = 3_600_000;
const number = (value: unknown) => (typeof value === 'number' ? value : typeof value === 'string' && value.trim() !== '' ? Number(value) : NaN);

/**
 * The source's length in seconds, from its frames and frame rate: the answer's
 * `original_duration` is "required when creating task" but its unit is not
 * documented (Kling's example gives 1000 beside 300 frames at 30 fps).
 */
function sourceSeconds(data: IDataObject): number | undefined {
	const frames = number(data.total_frame);
	const fps = number(data.fps);
	return frames > 0 && fps > 0 ? Math.round((frames / fps) * 100) / 100 : undefined;
}

/**
 * Edit Objects: Start Session. POST /v1/videos/multi-elements/init-selection
 * opens a session on the video ("valid for 24 hours", Kling's reference) and
 * answers fps, original_duration, width, height, total_frame, normalized_video.
 * The output says when the session ends, where the user sees its id.
 */
export const editObjectsStart: ActionOperation = {
	kind: 'action',
	resource: 'video',
	value: 'editObjectsStart',
	name: 'Edit Objects: Start Session',
	action: 'Start an object-editing session for a video',
	description: 'Open a session on a video (for 24 hours) to mark the objects to swap or remove, or to add objects to',
	fields: editObjectsStartFields,
	schema: editObjectsStartSchema,
	run: async (ctx, body): Promise<INodeExecutionData[]> => {
		const answer = await sessionStep(ctx, 'init-selection', body, {
			action: 'the start of the edit session',
			mayHave: 'a session may have been started (and charged)',
			ifLost: 'The node did not send it again. Run the item again to start another session; an unused one simply ends after 24 hours.',
			refused: 'Kling could not prepare the video for editing',
			refusedAdvice: 'Kling edits videos of 2–5 or 7–10 seconds, 720–2160 px on each side, at 24, 30 or 60 fps (by URL: an MP4 or MOV).',
		});
		const { data } = answer;
		const sessionId = String(data.session_id ?? '');
		if (!sessionId) {
			throw operationFailure(ctx, 'unreadable', {
				message: 'Kling answered the start of the edit session without a session_id',
				description: JSON.stringify(answer.raw).slice(0, 300),
			});
		}
		const endsAt = new Date(Date.now() + SESSION_HOURS * HOUR_MS).toISOString();
		const seconds = sourceSeconds(data);
		const fields: IDataObject = {
			sessionExpiresAt: endsAt,
			sessionNote: `Kling keeps this session for ${SESSION_HOURS} hours (until ${endsAt}): mark, preview and edit before then.`,
			sourceDuration: seconds,
			editDuration: seconds === undefined ? undefined : editDurationFor(seconds),
			fps: data.fps,
			totalFrames: data.total_frame,
			width: data.width,
			height: data.height,
			originalDuration: data.original_duration,
			normalizedVideoUrl: data.normalized_video,
		};
		return [{ json: sessionOutput(ctx, sessionId, fields, answer) }];
	},
};
