import type { IDataObject, IN8nHttpFullResponse, INode, JsonObject } from 'n8n-workflow';
import { NodeApiError } from 'n8n-workflow';

import { retryAfterMs } from './backoff';
import { failureOfAnswer, markFailure } from './hostFailure';
import type { Authentication } from './hostErrors';
import { hintForCode, hintForTextCode } from './hostErrors';

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
 * Turns a full HTTP response from a Kling host into its JSON body, or throws a
 * NodeApiError that says what went wrong in the host's own words (never the
 * request headers, so the key cannot leak).
 */
export function parseKlingResponse(
	node: INode,
	response: IN8nHttpFullResponse,
	context: { itemIndex: number; action: string; authentication?: Authentication },
): IDataObject {
	const { statusCode } = response;
	const raw = response.body;
	let body: unknown = raw;
	const textBody = bodyText(raw);
	if (textBody !== undefined) {
		try {
			body = JSON.parse(textBody);
		} catch {
			const contentType = String(response.headers?.['content-type'] ?? 'unknown content type');
			const error = new NodeApiError(node, { statusCode, body: snippet(textBody) } as JsonObject, {
				itemIndex: context.itemIndex,
				httpCode: String(statusCode),
				message: `The Kling host answered ${context.action} with something that is not JSON (HTTP ${statusCode}, ${contentType})`,
				description: `Check the credential's Base URL: it must point at a Kling-compatible API. The host said: ${snippet(textBody) || '(empty body)'}`,
			});
			// A garbled answer may still stand for a created task (see the retry policy).
			throw markFailure(error, failureOfAnswer({ status: statusCode, notJson: true }));
		}
	}
	if (typeof body !== 'object' || body === null || Array.isArray(body)) {
		const error = new NodeApiError(node, { statusCode } as JsonObject, {
			itemIndex: context.itemIndex,
			httpCode: String(statusCode),
			message: `The Kling host answered ${context.action} with an unexpected body (HTTP ${statusCode})`,
		});
		throw markFailure(error, failureOfAnswer({ status: statusCode, notJson: true }));
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
		const numericCode = Number(code);
		const hint = Number.isFinite(numericCode)
			? hintForCode(numericCode, context.authentication)
			: typeof code === 'string'
				? hintForTextCode(code)
				: undefined;
		const requestId = typeof json.request_id === 'string' ? ` (request id ${json.request_id})` : '';
		const error = new NodeApiError(node, { statusCode, code: code ?? null, message: hostMessage } as JsonObject, {
			itemIndex: context.itemIndex,
			httpCode: String(statusCode),
			message: `Kling API error${code !== undefined ? ` ${code}` : ''} on ${context.action} (HTTP ${statusCode}): ${hostMessage}`,
			description: [hint, requestId.trim()].filter(Boolean).join(' ') || undefined,
		});
		const failure = failureOfAnswer({
			status: statusCode,
			hostCode: Number.isFinite(numericCode) ? numericCode : undefined,
			textCode: typeof code === 'string' && !Number.isFinite(numericCode) ? code : undefined,
		});
		throw markFailure(error, failure, retryAfterMs(response.headers));
	}
	return json;
}
