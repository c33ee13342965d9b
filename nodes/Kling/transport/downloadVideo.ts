import type { IBinaryData, IExecuteSingleFunctions, IN8nHttpFullResponse, JsonObject } from 'n8n-workflow';
import { NodeApiError } from 'n8n-workflow';
import { cancelSignalOf } from './cancelSignal';
import { storedBytes } from './storedBytes';

/**
 * Streams the finished video into n8n's binary data store (filesystem mode
 * never holds it in memory). Result URLs are public CDN links: they get no
 * credential, so the API key never leaves for another host.
 */
export async function downloadVideo(
	ctx: IExecuteSingleFunctions,
	url: string,
	fileName: string,
): Promise<IBinaryData> {
	const itemIndex = ctx.getItemIndex();
	const brokeOff = (error: unknown) =>
		// Only the cause's text: given the error itself, NodeApiError would put a generic message first.
		new NodeApiError(ctx.getNode(), { message: (error as Error).message } as JsonObject, {
			itemIndex,
			message: `The video download broke off: ${(error as Error).message}`,
			description: `URL: ${url}. Nothing was stored; run the node again or use Task → Get to download later.`,
		});

	let response: IN8nHttpFullResponse;
	try {
		response = (await ctx.helpers.httpRequest({
			method: 'GET',
			url,
			encoding: 'stream',
			returnFullResponse: true,
			ignoreHttpStatusErrors: true,
			abortSignal: cancelSignalOf(ctx),
		})) as IN8nHttpFullResponse;
	} catch (error) {
		throw brokeOff(error);
	}

	if (response.statusCode >= 400) {
		const body = response.body as { resume?: () => void };
		body.resume?.(); // let the socket go
		throw new NodeApiError(ctx.getNode(), { statusCode: response.statusCode } as JsonObject, {
			itemIndex,
			httpCode: String(response.statusCode),
			message: `Downloading the video failed (HTTP ${response.statusCode})`,
			description: `URL: ${url}. Result URLs expire (about 30 days); read the task again for a fresh one.`,
		});
	}

	const contentType = String(response.headers['content-type'] ?? '');
	const mimeType = contentType.startsWith('video/') ? contentType.split(';')[0] : 'video/mp4';
	let binary: IBinaryData;
	try {
		binary = await ctx.helpers.prepareBinaryData(
			response.body as Parameters<typeof ctx.helpers.prepareBinaryData>[0],
			fileName,
			mimeType,
		);
	} catch (error) {
		throw brokeOff(error);
	}

	const expected = Number(response.headers['content-length']);
	const received = await storedBytes(ctx, binary);
	if (Number.isFinite(expected) && expected > 0 && received !== undefined && received !== expected) {
		throw new NodeApiError(ctx.getNode(), { statusCode: response.statusCode } as JsonObject, {
			itemIndex,
			message: `The video download is incomplete: ${received} of ${expected} bytes arrived`,
			description: `URL: ${url}. Nothing usable was stored; run the node again or use Task → Get to download later.`,
		});
	}
	return binary;
}
