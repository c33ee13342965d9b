import type { IDataObject, IExecuteSingleFunctions, IHttpRequestOptions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';
import type { ZodTypeAny } from 'zod';

import { validateBody } from '../validation/validateBody';
import { pruneEmpty, shapeCameraControl } from './bodyShaping';
import { derivedExternalTaskId } from './externalTaskId';

type PreSend = (this: IExecuteSingleFunctions, options: IHttpRequestOptions) => Promise<IHttpRequestOptions>;

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

/**
 * The last step before a create request leaves: the body that routing built
 * from the fields is cleaned of empty values, shaped where the API nests
 * differently from the UI, and checked against the operation's schema.
 */
export function prepareSubmit(schema: ZodTypeAny): PreSend {
	return async function (this: IExecuteSingleFunctions, options: IHttpRequestOptions) {
		assertBaseUrl(this, options.baseURL);
		const body = (pruneEmpty(options.body as IDataObject) ?? {}) as IDataObject;
		shapeCameraControl(body);
		validateBody(this, schema, body);
		body.external_task_id ??= derivedExternalTaskId(this);
		options.body = body;
		return options;
	};
}
