import type { IBinaryData, IN8nHttpFullResponse } from 'n8n-workflow';

import type { BinarySource, ItemContext } from '../context/itemContext';
import { downloadBrokeOff, downloadIncomplete, downloadRefused } from './failures';
import { storedBytes } from './storedBytes';

/** What a result file is: its name in messages, and its mime type unless the host says one of the same kind. */
export interface ResultFileKind {
	noun: string;
	/** A Content-Type starting with this is taken as it is (e.g. `audio/`). */
	mimePrefix: string;
	/** Used when the host sends another or none (CDNs often say application/octet-stream). */
	fallbackMime: string;
}

export const VIDEO_FILE: ResultFileKind = { noun: 'video', mimePrefix: 'video/', fallbackMime: 'video/mp4' };
export const MP3_FILE: ResultFileKind = { noun: 'MP3', mimePrefix: 'audio/', fallbackMime: 'audio/mpeg' };
export const WAV_FILE: ResultFileKind = { noun: 'WAV', mimePrefix: 'audio/', fallbackMime: 'audio/wav' };
export const IMAGE_FILE: ResultFileKind = { noun: 'image', mimePrefix: 'image/', fallbackMime: 'image/png' };

/** Streams the finished video into n8n's binary data store (see downloadResultFile). */
export async function downloadVideo(ctx: ItemContext, url: string, fileName: string): Promise<IBinaryData> {
	return await downloadResultFile(ctx, url, fileName, VIDEO_FILE);
}

/**
 * Streams a finished task's file (a video, an MP3, a WAV) into n8n's binary
 * data store (filesystem mode never holds it in memory). Result URLs are
 * public CDN links: they get no credential, so the API key never leaves for
 * another host.
 */
export async function downloadResultFile(
	ctx: ItemContext,
	url: string,
	fileName: string,
	kind: ResultFileKind,
): Promise<IBinaryData> {
	const file = { noun: kind.noun, url };
	const brokeOff = (error: unknown) => downloadBrokeOff(ctx, file, error);

	let response: IN8nHttpFullResponse;
	try {
		response = await ctx.plainRequest({
			method: 'GET',
			url,
			encoding: 'stream',
			ignoreHttpStatusErrors: true,
			abortSignal: ctx.signal,
		});
	} catch (error) {
		throw brokeOff(error);
	}

	if (response.statusCode >= 400) {
		const body = response.body as { resume?: () => void };
		body.resume?.(); // let the socket go
		throw downloadRefused(ctx, file, response.statusCode);
	}

	const contentType = String(response.headers['content-type'] ?? '');
	const mimeType = contentType.startsWith(kind.mimePrefix) ? contentType.split(';')[0].trim() : kind.fallbackMime;
	let binary: IBinaryData;
	try {
		binary = await ctx.storeBinary(response.body as BinarySource, fileName, mimeType);
	} catch (error) {
		throw brokeOff(error);
	}

	const expected = Number(response.headers['content-length']);
	const received = await storedBytes(ctx, binary);
	if (Number.isFinite(expected) && expected > 0 && received !== undefined && received !== expected) {
		throw downloadIncomplete(ctx, file, { status: response.statusCode, received, expected });
	}
	return binary;
}
