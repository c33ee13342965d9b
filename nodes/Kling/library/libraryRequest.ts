import type { IDataObject } from 'n8n-workflow';

import type { ItemContext } from '../context/itemContext';
import type { KlingCall } from '../transport/klingRequest';
import { baseUrlOf, klingRequest } from '../transport/klingRequest';
import { asNodeError, httpStatusOf, missingEndpointError } from '../transport/failures';
import type { LibraryKind } from './types';

const WHAT: Record<LibraryKind, string> = { elements: "Kling's elements", voices: "Kling's custom voices" };

/**
 * The error of a host that has no such route: gateways built on new-api (and
 * most aggregators) relay the video and audio tasks only, and answer the
 * /v1/general/ routes with HTTP 404 (often plain text).
 */
async function notOffered(ctx: ItemContext, kind: LibraryKind, route: string, error: unknown): Promise<Error> {
	return missingEndpointError(
		ctx,
		error,
		{
			route,
			what: WHAT[kind],
			advice: `Kling's official API serves them (Base URL https://api-singapore.klingai.com or https://api-beijing.klingai.com); aggregators and new-api gateways usually relay the video and audio tasks only. Use a credential for the official API here, or make the ${kind === 'elements' ? 'element' : 'voice'} in Kling's console and give its ID where it is used.`,
		},
		await baseUrlOf(ctx),
	);
}

/**
 * The "host does not offer" error for a failed request to a library route
 * (under /v1/general/) answered with HTTP 404, or undefined for any other
 * failure. Task submits (Element → Create Advanced, Voice → Create) use it too.
 */
export async function missingLibraryRoute(ctx: ItemContext, call: Pick<KlingCall, 'method' | 'path'>, error: unknown): Promise<Error | undefined> {
	// Only an HTTP 404: a code 1203 from Kling itself there means an unknown element or voice.
	if (httpStatusOf(error) !== 404 || !call.path.startsWith('/v1/general/')) return undefined;
	const kind: LibraryKind = /voice/.test(call.path) ? 'voices' : 'elements';
	return await notOffered(ctx, kind, `${call.method} ${call.path}`, error);
}

/**
 * A request to one of the library's routes (klingRequest: retries, the
 * host's errors in plain words). A 404 from the host means it has no such
 * route, and says so, unless `notFoundIsMissingRoute` is false (a voice
 * task's read, whose 404 means no such task).
 */
export async function libraryRequest(
	ctx: ItemContext,
	call: KlingCall & { notFoundIsMissingRoute?: boolean },
): Promise<IDataObject> {
	try {
		return await klingRequest(ctx, call);
	} catch (error) {
		const missing = call.notFoundIsMissingRoute === false ? undefined : await missingLibraryRoute(ctx, call, error);
		throw missing ?? asNodeError(ctx.node, error);
	}
}
