import { NodeApiError, NodeOperationError } from 'n8n-workflow';

import type { ItemContext } from '../context/itemContext';
import { asNodeError } from './hostErrors';
import { failureOf, markFailure } from './hostFailure';

/** An endpoint that not every Kling-compatible host serves. */
export interface OptionalEndpoint {
	/** e.g. `GET /account/costs`. */
	route: string;
	/** What it is, for the message: "Kling's account endpoint (resource packs)". */
	what: string;
	/** Where it is served. */
	advice: string;
	/**
	 * What else a Kling-style "not found" (HTTP 404 with code 1203: "the
	 * resource does not exist, e.g. a model", common-info.md) may mean for this
	 * request, e.g. "it does not know the Voice ID". A 404 without a code (a
	 * router's plain-text or HTML page) says the route itself is missing.
	 */
	orElse?: string;
}

/**
 * Whether a request's failure says the host has no such endpoint: HTTP 404
 * (Kling's JSON, or a proxy's or a gateway's plain-text page) or Kling's code
 * 1203 ("not found").
 */
export function isMissingEndpoint(error: unknown): boolean {
	return failureOf(error) === 'notFound' || (error instanceof NodeApiError && error.httpCode === '404');
}

/** The code of a Kling-style error answer (`{code, message}`); none for a router's page or a bare 404. */
function hostCodeOf(error: unknown): unknown {
	const code = error instanceof NodeApiError ? (error.errorResponse as { code?: unknown } | undefined)?.code : undefined;
	return code === null ? undefined : code;
}

/**
 * The error for a host without the endpoint, instead of a bare 404: it names
 * the endpoint and the host (the Base URL, never the key) and says where the
 * endpoint is served. Any other error is returned as it is.
 */
export function missingEndpointError(ctx: ItemContext, error: unknown, endpoint: OptionalEndpoint, baseUrl: string): Error {
	if (!isMissingEndpoint(error)) return asNodeError(ctx.node, error);
	const hostSaid = asNodeError(ctx.node, error).message;
	const orElse = endpoint.orElse && hostCodeOf(error) !== undefined ? `, or ${endpoint.orElse}` : '';
	const missing = new NodeOperationError(ctx.node, `This host does not offer ${endpoint.what}${orElse} (${endpoint.route} answered "not found")`, {
		itemIndex: ctx.itemIndex,
		description: `${baseUrl} has no ${endpoint.route}. ${endpoint.advice} The host said: ${hostSaid}`,
	});
	// Still the host's "not found" to whoever reads the failure, with the host's own error beside it (the pickers' list message).
	markFailure(missing, 'notFound');
	(missing as { cause?: unknown }).cause = error;
	return missing;
}
