import { editObjectsUnmarkFields } from './editObjectsUnmark.fields';
import { editObjectsUnmarkSchema } from './editObjectsUnmark.schema';
import { checkFrameInVideo } from '../editObjects.session';
import { selectionOperation } from '../editObjects.selection';

/** Edit Objects: Unmark Object: POST /v1/videos/multi-elements/delete-selection. */
export const editObjectsUnmark = selectionOperation({
	value: 'editObjectsUnmark',
	name: 'Edit Objects: Unmark Object',
	action: 'Unmark an object in a video',
	description: 'Take points marked on a frame off again',
	step: 'delete-selection',
	fields: editObjectsUnmarkFields,
	schema: editObjectsUnmarkSchema,
	shapeBody: (body, ctx) => checkFrameInVideo(ctx, body),
});
