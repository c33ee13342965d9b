import type { OperationField } from '../../field';
import { frameIndexField, pointsField, POINTS_MAX, sessionIdField } from '../editObjects.shared';

/** Edit Objects: Mark Object: points on one frame that pick out an object (Kling works out its outline and follows it through the video). */
export const editObjectsMarkFields: OperationField[] = [
	sessionIdField('The session to mark the object in'),
	frameIndexField,
	pointsField(
		`1 to ${POINTS_MAX} points on the object, as shares of the frame (0 to 1 from the top-left corner). Mark the objects to swap or remove; keep the points: unmarking takes exactly the same ones.`,
	),
];
