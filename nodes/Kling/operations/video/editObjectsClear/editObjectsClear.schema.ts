import { z } from 'zod';

import { sessionIdSchema } from '../editObjects.shared';

/** POST /v1/videos/multi-elements/clear-selection (Kling's reference): `session_id` only. */
export const editObjectsClearSchema = z.object({ session_id: sessionIdSchema }).strict();
