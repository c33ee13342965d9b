import type { OperationField } from '../../field';
import { frameIndexField, pointsField, sessionIdField } from '../editObjects.shared';

/** Edit Objects: Unmark Object: the points of an earlier mark, taken off again. */
export const editObjectsUnmarkFields: OperationField[] = [
	sessionIdField('The session to unmark the object in'),
	{ ...frameIndexField, description: 'The frame the points were marked on, counted from 0' },
	pointsField('The points to take off: exactly those marked on this frame (Kling matches them exactly)'),
];
