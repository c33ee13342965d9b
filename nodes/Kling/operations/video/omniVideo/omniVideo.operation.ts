import { omniVideoFields } from './omniVideo.fields';
import { defaultAspectRatioUnlessFramed } from '../../../pipeline/bodyShaping';
import { omniVideoSchema } from './omniVideo.schema';
import type { CreateOperation } from '../../types';

export const omniVideo: CreateOperation = {
	resource: 'video',
	value: 'omniVideo',
	name: 'Omni-Video',
	action: 'Generate or edit a video with omni video',
	description: 'Kling O1 / v3 Omni: reference images, first/end frames, videos to edit, elements',
	endpoint: '/v1/videos/omni-video',
	taskKind: 'omni-video',
	result: 'videos',
	fields: omniVideoFields,
	schema: omniVideoSchema,
	media: { images: [['image_list', '*', 'image_url']] },
	shapeBody: (body) => defaultAspectRatioUnlessFramed(body),
};
