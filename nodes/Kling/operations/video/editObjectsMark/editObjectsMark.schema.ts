import { selectionSchema } from '../editObjects.shared';

/**
 * POST /v1/videos/multi-elements/add-selection (Kling's reference, see
 * editObjects.shared.ts): session_id, frame_index (an int), points[{x, y}]
 * in [0, 1], at most 10 on a frame.
 */
export const editObjectsMarkSchema = selectionSchema;
