import { editObjectsMarkFields } from './editObjectsMark.fields';
import { editObjectsMarkSchema } from './editObjectsMark.schema';
import { checkFrameInVideo } from '../editObjects.session';
import { selectionOperation } from '../editObjects.selection';

/** Edit Objects: Mark Object: POST /v1/videos/multi-elements/add-selection. */
export const editObjectsMark = selectionOperation({
	value: 'editObjectsMark',
	name: 'Edit Objects: Mark Object',
	action: 'Mark an object in a video',
	description: "Mark an object on a frame of the session's video by points (to swap or remove it)",
	step: 'add-selection',
	fields: editObjectsMarkFields,
	schema: editObjectsMarkSchema,
	shapeBody: (body, ctx) => checkFrameInVideo(ctx, body),
});
