import type { IDataObject } from 'n8n-workflow';

import { omniImageFields } from './omniImage.fields';
import { omniImageSchema } from './omniImage.schema';
import { AUTO_ASPECT_RATIO } from '../../../vocabulary';
import type { TaskOperation } from '../../types';

const listed = (value: unknown) => Array.isArray(value) && value.length > 0;

/**
 * Aspect Ratio left at "Auto": `auto` with reference images or elements; from
 * the prompt alone 16:9, since Kling lists auto for image to image only
 * (capability-map.md, "Omni-Image (O1)").
 */
function defaultAspectRatio(body: IDataObject): void {
	if (body.aspect_ratio !== undefined) return;
	body.aspect_ratio = listed(body.image_list) || listed(body.element_list) ? AUTO_ASPECT_RATIO : '16:9';
}

export const omniImage: TaskOperation = {
	kind: 'task',
	resource: 'image',
	value: 'omniImage',
	name: 'Omni-Image',
	action: 'Generate or edit images with omni image',
	description: 'Kling Image O1 / v3 Omni: make or edit 1–9 images from a prompt that refers to reference images and elements',
	endpoint: '/v1/images/omni-image',
	taskKind: 'omni-image',
	result: 'images',
	fields: omniImageFields,
	schema: omniImageSchema,
	media: { images: [['image_list', '*', 'image']] },
	shapeBody: defaultAspectRatio,
};
