import { selectionSchema } from '../editObjects.shared';

/**
 * POST /v1/videos/multi-elements/delete-selection (Kling's reference, see
 * editObjects.shared.ts): as add-selection; the points "must exactly match
 * those used when adding" (only Kling knows which were added).
 */
export const editObjectsUnmarkSchema = selectionSchema;
