import type { IBinaryData } from 'n8n-workflow';

import type { ItemContext } from '../../../context/itemContext';
import { downloadBrokeOff, downloadRefused } from '../../../transport/failures';
import type { ImageSize } from '../../../validation/imageSize';
import { imageSizeOf } from '../../../validation/imageSize';

/** A face image, stored as binary data, and its size in pixels when its header can be read. */
export interface FaceImage {
	binary: IBinaryData;
	size?: ImageSize;
}

const mimeOf = (bytes: Buffer, contentType: string) =>
	contentType.startsWith('image/')
		? contentType.split(';')[0].trim()
		: bytes.subarray(0, 4).toString('hex') === '89504e47'
			? 'image/png'
			: 'image/jpeg';

/**
 * Downloads one face image of Identify Faces (a small file on Kling's CDN,
 * fetched without the credential, like every result file) into memory, reads
 * its size from its header (no decoding) and stores it as binary data.
 */
export async function downloadFaceImage(ctx: ItemContext, url: string, baseName: string): Promise<FaceImage> {
	const file = { noun: 'face image', url };
	let response;
	try {
		response = await ctx.plainRequest({ method: 'GET', url, encoding: 'arraybuffer', ignoreHttpStatusErrors: true, abortSignal: ctx.signal });
	} catch (error) {
		throw downloadBrokeOff(ctx, file, error);
	}
	if (response.statusCode >= 400) throw downloadRefused(ctx, file, response.statusCode);
	const bytes = Buffer.from(response.body as ArrayBuffer);
	const mimeType = mimeOf(bytes, String(response.headers['content-type'] ?? ''));
	const binary = await ctx.storeBinary(bytes, `${baseName}.${mimeType === 'image/png' ? 'png' : 'jpg'}`, mimeType);
	return { binary, size: imageSizeOf(bytes) };
}
