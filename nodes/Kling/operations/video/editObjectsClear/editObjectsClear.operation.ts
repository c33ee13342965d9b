import type { INodeExecutionData } from 'n8n-workflow';

import { editObjectsClearFields } from './editObjectsClear.fields';
import { editObjectsClearSchema } from './editObjectsClear.schema';
import { checkSessionAlive, sessionOutput, sessionStep } from '../editObjects.session';
import type { ActionOperation } from '../../types';

/** Edit Objects: Clear Marks: POST /v1/videos/multi-elements/clear-selection, answered `{status, session_id}`. */
export const editObjectsClear: ActionOperation = {
	kind: 'action',
	resource: 'video',
	value: 'editObjectsClear',
	name: 'Edit Objects: Clear Marks',
	action: 'Clear the marked objects of a session',
	description: 'Take every mark of the session off, to mark again',
	fields: editObjectsClearFields,
	schema: editObjectsClearSchema,
	shapeBody: (body, ctx) => checkSessionAlive(ctx, body),
	run: async (ctx, body): Promise<INodeExecutionData[]> => {
		const answer = await sessionStep(ctx, 'clear-selection', body, {
			action: 'the clearing of the marks',
			mayHave: 'the marks may have been cleared',
			ifLost: 'The node did not send it again; clearing twice does no harm, so run the item again.',
			refused: "Kling could not clear the session's marks",
			refusedAdvice: 'Check the Session ID (a session lasts 24 hours).',
		});
		return [{ json: sessionOutput(ctx, String(body.session_id), { cleared: true }, answer) }];
	},
};
