import { aiMultiShotFields } from './aiMultiShot.fields';
import { aiMultiShotSchema } from './aiMultiShot.schema';
import { ELEMENT_IMAGE_SIZE } from '../element.shared';
import type { TaskOperation } from '../../types';

/**
 * Element → AI Multi-Shot: more angles of a subject from its front view, to
 * build an element from (Element → Create takes a frontal image and 1–3
 * more). A task (kling-image-common-subject-completion.md; launched
 * 01/23/2026, shared/spec/kling-api-2026.md §1.4, §D) whose result lists
 * three candidate sets, `images[{index 0–2, url_1, url_2, url_3}]`: each view
 * comes out as its own item (taskShape.ts readImages), as an image task's images do.
 */
export const aiMultiShot: TaskOperation = {
	kind: 'task',
	resource: 'element',
	value: 'aiMultiShot',
	name: 'AI Multi-Shot',
	action: 'Make more views of a subject',
	description: 'Draw a subject from its frontal image in three sets of three more views (nine images), ready for Element → Create',
	endpoint: '/v1/general/ai-multi-shot',
	taskKind: 'ai-multi-shot',
	result: 'images',
	fields: aiMultiShotFields,
	schema: aiMultiShotSchema,
	// The frontal image: ≥ 300 px on each side, 1:2.5 to 2.5:1 (kling-image-common-subject-completion.md), as an element's.
	media: { images: [['element_frontal_image']], imageSize: ELEMENT_IMAGE_SIZE },
};
