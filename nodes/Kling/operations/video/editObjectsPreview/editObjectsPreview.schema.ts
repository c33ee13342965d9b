import { z } from 'zod';

import { sessionIdSchema } from '../editObjects.shared';

/** POST /v1/videos/multi-elements/preview-selection (Kling's reference): `session_id` only. */
export const editObjectsPreviewSchema = z.object({ session_id: sessionIdSchema }).strict();
