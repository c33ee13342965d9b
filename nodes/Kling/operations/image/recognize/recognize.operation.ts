import type { IDataObject, INodeExecutionData } from 'n8n-workflow';

import { recognizeFields } from './recognize.fields';
import { dataOf, maskBinaries, readMasks, recognitionJson } from './recognize.masks';
import { recognizeSchema } from './recognize.schema';
import { ELEMENT_IMAGE_SIZE } from '../../element/element.shared';
import { baseUrlOf, klingRequest } from '../../../transport/klingRequest';
import { missingEndpointError, operationFailure } from '../../../transport/failures';
import { readCost } from '../../../transport/taskShape';
import { isUrl } from '../../shared/toBody';
import type { ActionOperation } from '../../types';

/*
 * POST /v1/videos/image-recognize (kling-img-recog.md, Kling's "Image
 * Recognition"; shared/spec/kling-api-2026.md §1.3) answers at once with the
 * masks: no task ID, no callback, no External Task ID. Billed 0.1 unit a call
 * (§C), meant to vet an image before multi-image and multi-element tasks
 * (changelog 10/20/2025).
 */
const ENDPOINT = '/v1/videos/image-recognize';

export const imageRecognize: ActionOperation = {
	kind: 'action',
	resource: 'image',
	value: 'recognize',
	name: 'Recognize',
	action: 'Recognize subject, head, face and clothing in an image',
	description: 'Find the subject, head, face and clothing in a photo, with a mask of each (answered at once), to vet it before a paid task',
	fields: recognizeFields,
	schema: recognizeSchema,
	// The image: ≥ 300 px on each side, 1:2.5 to 2.5:1 (kling-img-recog.md), checked on files like an element's.
	media: { images: [['image']], imageSize: ELEMENT_IMAGE_SIZE },
	run: async (ctx, body): Promise<INodeExecutionData[]> => {
		const baseUrl = await baseUrlOf(ctx);
		let answer: IDataObject;
		try {
			answer = await klingRequest(ctx, {
				method: 'POST',
				path: ENDPOINT,
				body,
				action: 'the image recognition',
				// A charged call that cannot be looked up (no task ID): it is not sent again.
				ifAnswerLost: {
					mayHave: 'it may have been made and charged',
					description: 'The node did not send it again, so as not to pay twice (the endpoint answers at once and takes no External Task ID). Run the item again to recognize the image.',
				},
			});
		} catch (error) {
			throw missingEndpointError(
				ctx,
				error,
				{
					route: `POST ${ENDPOINT}`,
					what: "Kling's image recognition",
					advice: "Kling's official API serves it (Base URL https://api-singapore.klingai.com or https://api-beijing.klingai.com); ask your provider whether it passes /v1/videos/image-recognize on.",
				},
				baseUrl,
			);
		}
		const masks = readMasks(answer);
		if (!masks) {
			throw operationFailure(ctx, 'unreadable', {
				message: "The host's answer to the image recognition lists no masks (no task_result.images of object_seg, head_seg, face_seg or cloth_seg)",
				description: `The host answered: ${JSON.stringify(answer).slice(0, 300)}`,
			});
		}
		const simplify = ctx.param('simplify', true);
		// The photo it looked at, when given by URL: a later node can send that photo on (no need to look back at an earlier node).
		const imageUrl = isUrl(body.image) ? { imageUrl: String(body.image).trim() } : {};
		const item: INodeExecutionData = { json: { ...imageUrl, ...recognitionJson(masks, readCost(dataOf(answer)), simplify ? undefined : answer) } };
		if (ctx.param('downloadVideo', true)) {
			const binary = await maskBinaries(ctx, masks);
			if (Object.keys(binary).length) item.binary = binary;
		}
		return [item];
	},
};
