import { omniVideoFields } from './omniVideo.fields';
import { omniVideoSchema } from './omniVideo.schema';
import type { IDataObject } from 'n8n-workflow';

import type { AspectRatio } from '../../../vocabulary';
import type { TaskOperation } from '../../types';
import { omniVideoNewApi } from './omniVideo.newApi';


/**
 * Omni-Video's Aspect Ratio left to the input: a first frame or a video to
 * edit sets the shape; without either the API needs a ratio
 * (omni-video.openapi.yaml.txt `aspect_ratio`), and the node sends 16:9.
 */
export function defaultAspectRatioUnlessFramed(body: IDataObject, fallback: AspectRatio = '16:9'): void {
	if (body.aspect_ratio !== undefined) return;
	const images = Array.isArray(body.image_list) ? (body.image_list as IDataObject[]) : [];
	const videos = Array.isArray(body.video_list) ? (body.video_list as IDataObject[]) : [];
	const framed = images.some((image) => image.type === 'first_frame') || videos.some((video) => (video.refer_type ?? 'base') === 'base');
	if (!framed) body.aspect_ratio = fallback;
}

export const omniVideo: TaskOperation = {
	kind: 'task',
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
	newApi: omniVideoNewApi,
	media: { images: [['image_list', '*', 'image_url']] },
	shapeBody: (body) => defaultAspectRatioUnlessFramed(body),
};
