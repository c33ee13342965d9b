import type { KlingOperation } from './models';

/** Path of each create endpoint, below the credential's Base URL. Tasks are read back at `<path>/<id>`. */
export const ENDPOINTS: Record<KlingOperation, string> = {
	textToVideo: '/v1/videos/text2video',
	imageToVideo: '/v1/videos/image2video',
	multiImageToVideo: '/v1/videos/multi-image2video',
	omniVideo: '/v1/videos/omni-video',
};
