import type { IDataObject, IExecuteSingleFunctions, IHttpRequestOptions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';
import type { ZodTypeAny } from 'zod';

import { invalidInput } from '../validation/invalidInput';
import { validateBody } from '../validation/validateBody';
import { pruneEmpty, shapeCameraControl, shapeMultiShot, shapeTrajectories } from './bodyShaping';
import { derivedExternalTaskId } from './externalTaskId';
import { resolveImages } from './resolveImages';

type PreSend = (this: IExecuteSingleFunctions, options: IHttpRequestOptions) => Promise<IHttpRequestOptions>;

/** Where the "Additional Body Fields (JSON)" option routes its text, to be merged here. */
export const EXTRA_BODY_KEY = '__additionalBodyFields';

function assertBaseUrl(ctx: IExecuteSingleFunctions, baseUrl: string | undefined): void {
	let valid = false;
	try {
		const url = new URL(String(baseUrl));
		valid = url.protocol === 'http:' || url.protocol === 'https:';
	} catch {
		valid = false;
	}
	if (!valid) {
		throw new NodeOperationError(ctx.getNode(), 'The Kling API credential\'s Base URL is not an http(s) URL', {
			itemIndex: ctx.getItemIndex(),
			description: `Open the credential and set Base URL to e.g. https://api-singapore.klingai.com or your provider's URL (such as https://host/kling). It is now "${String(baseUrl ?? '')}".`,
		});
	}
}

/** Merges the user's extra JSON into the body: fields the API has and the node does not (yet). */
function mergeExtraFields(ctx: IExecuteSingleFunctions, body: IDataObject): void {
	const extra = body[EXTRA_BODY_KEY];
	delete body[EXTRA_BODY_KEY];
	if (extra === undefined) return;
	let parsed: unknown = extra;
	if (typeof extra === 'string') {
		try {
			parsed = JSON.parse(extra);
		} catch (error) {
			parsed = error;
		}
	}
	if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed) || parsed instanceof Error) {
		throw invalidInput(ctx, 'Additional Body Fields (JSON): must be a JSON object', 'For example {"new_field": "value"}.');
	}
	Object.assign(body, parsed);
}

/**
 * The last step before a create request leaves: the body that routing built
 * from the fields is cleaned of empty values, shaped where the API nests
 * differently from the UI, merged with the user's extra JSON, its images
 * encoded, and checked against the operation's schema. Then it gets its
 * idempotency key.
 */
export function prepareSubmit(schema: ZodTypeAny): PreSend {
	return async function (this: IExecuteSingleFunctions, options: IHttpRequestOptions) {
		assertBaseUrl(this, options.baseURL);
		const body = (pruneEmpty(options.body as IDataObject) ?? {}) as IDataObject;
		shapeCameraControl(body);
		shapeMultiShot(body);
		shapeTrajectories(body);
		mergeExtraFields(this, body);
		await resolveImages(this, body);
		validateBody(this, schema, body);
		body.external_task_id ??= derivedExternalTaskId(this);
		options.body = body;
		return options;
	};
}
