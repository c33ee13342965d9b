import type { IDataObject, IN8nHttpFullResponse, INode } from 'n8n-workflow';

import { retryAfterMs } from './backoff';
import type { Authentication } from './failures';
import { hostAnswerError, notJsonAnswer, unexpectedAnswer } from './failures';

const snippet = (text: string) =>
	text
		.replace(/<script[\s\S]*?<\/script>|<style[\s\S]*?<\/style>/gi, ' ')
		.replace(/<[^>]+>/g, ' ')
		.replace(/\s+/g, ' ')
		.trim()
		.slice(0, 300);

function bodyText(body: unknown): string | undefined {
	if (typeof body === 'string') return body;
	if (Buffer.isBuffer(body)) return body.toString('utf8');
	return undefined;
}

/** A non-zero `code` is an error whatever the HTTP status; new-api gateways write `code: "success"`. */
function errorCode(body: IDataObject): number | string | undefined {
	const { code } = body;
	if (code === undefined || code === null || code === 0 || code === '0') return undefined;
	if (typeof code === 'string' && /^(success|ok|succeed)$/i.test(code)) return undefined;
	return code as number | string;
}

/**
 * Turns a full HTTP response from a Kling host into its JSON body, or throws
 * the failure it stands for (failures.ts), in the host's own words (never the
 * request headers, so the key cannot leak).
 */
export function parseKlingResponse(
	node: INode,
	response: IN8nHttpFullResponse,
	context: { itemIndex: number; action: string; authentication?: Authentication },
): IDataObject {
	const { statusCode } = response;
	const { action } = context;
	const where = { node, itemIndex: context.itemIndex };
	const raw = response.body;
	let body: unknown = raw;
	const textBody = bodyText(raw);
	if (textBody !== undefined) {
		try {
			body = JSON.parse(textBody);
		} catch {
			const contentType = String(response.headers?.['content-type'] ?? 'unknown content type');
			throw notJsonAnswer(where, { action, status: statusCode, contentType, text: snippet(textBody) });
		}
	}
	if (typeof body !== 'object' || body === null || Array.isArray(body)) {
		throw unexpectedAnswer(where, { action, status: statusCode });
	}
	const json = body as IDataObject;
	const code = errorCode(json);
	if (code !== undefined || statusCode >= 400) {
		const hostMessage =
			typeof json.message === 'string' && json.message
				? json.message
				: typeof json.error === 'string'
					? json.error
					: JSON.stringify(json).slice(0, 300);
		throw hostAnswerError(where, {
			action,
			status: statusCode,
			code,
			hostMessage,
			requestId: typeof json.request_id === 'string' ? json.request_id : undefined,
			retryAfterMs: retryAfterMs(response.headers),
			authentication: context.authentication,
		});
	}
	return json;
}
