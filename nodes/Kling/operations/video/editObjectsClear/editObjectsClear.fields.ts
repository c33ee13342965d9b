import type { OperationField } from '../../field';
import { sessionIdField } from '../editObjects.shared';

/** Edit Objects: Clear Marks: the session only. */
export const editObjectsClearFields: OperationField[] = [sessionIdField('The session whose marks to clear (on every frame)')];
