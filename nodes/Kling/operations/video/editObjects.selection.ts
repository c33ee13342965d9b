import type { IDataObject, INodeExecutionData } from 'n8n-workflow';
import type { ZodTypeAny } from 'zod';

import type { ItemContext } from '../../context/itemContext';
import type { OperationField } from '../field';
import type { ActionOperation } from '../types';
import { sessionOutput, sessionStep } from './editObjects.session';
import { isObject } from '../../transport/jsonValues';

/**
 * Mark Object and Unmark Object: one POST of the session, the frame and its
 * points to add-selection or delete-selection, each answering `res{frame_index,
 * rle_mask_list[{object_id, rle_mask{size, counts}, png_mask{size, base64}}]}`
 * (Kling's reference): the objects now marked on that frame.
 */
export function selectionOperation(spec: {
	value: string;
	name: string;
	action: string;
	description: string;
	step: 'add-selection' | 'delete-selection';
	fields: OperationField[];
	schema: ZodTypeAny;
	shapeBody: (body: IDataObject, ctx: ItemContext) => void;
}): ActionOperation {
	const marking = spec.step === 'add-selection';
	return {
		kind: 'action',
		resource: 'video',
		value: spec.value,
		name: spec.name,
		action: spec.action,
		description: spec.description,
		fields: spec.fields,
		schema: spec.schema,
		shapeBody: spec.shapeBody,
		run: async (ctx, body): Promise<INodeExecutionData[]> => {
			const answer = await sessionStep(ctx, spec.step, body, {
				action: marking ? 'the mark' : 'the unmark',
				mayHave: marking ? 'the points may have been marked' : 'the points may have been unmarked',
				ifLost: 'The node did not send it again. See what is marked with Edit Objects: Preview Marks, or start over with Clear Marks.',
				refused: marking ? 'Kling could not mark an object at these points' : 'Kling could not unmark these points',
				refusedAdvice: marking
					? 'Put the points on the object, as shares of the frame from 0 to 1 (top-left corner 0, 0).'
					: 'Give exactly the points marked on this frame.',
			});
			const result = isObject(answer.data.res) ? answer.data.res : {};
			const masks = Array.isArray(result.rle_mask_list) ? (result.rle_mask_list as IDataObject[]) : [];
			const fields: IDataObject = { frameIndex: result.frame_index ?? body.frame_index, objectCount: masks.length, masks };
			return [{ json: sessionOutput(ctx, String(body.session_id), fields, answer) }];
		},
	};
}
