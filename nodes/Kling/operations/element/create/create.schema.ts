import { z } from 'zod';

import { imageSchema } from '../../../validation/common';
import { nameAndDescription, referenceImagesSchema } from '../element.shared';

/** Element → Create: the body as the node sends it. Unknown keys (Additional Body Fields) pass through. */
export const createElementSchema = z
	.object({
		...nameAndDescription,
		element_frontal_image: imageSchema,
		element_refer_list: referenceImagesSchema,
	})
	.passthrough();
