import type {
	IBinaryData,
	IDataObject,
	IExecuteFunctions,
	IHttpRequestOptions,
	ILoadOptionsFunctions,
	IN8nHttpFullResponse,
	INode,
	INodeExecutionData,
	IWebhookFunctions,
} from 'n8n-workflow';

/** A buffer or a stream, as n8n's prepareBinaryData takes it. */
export type BinarySource = Parameters<IExecuteFunctions['helpers']['prepareBinaryData']>[0];

/**
 * What the node's transport needs to work on one item, whether it runs in
 * the execution (`execute`) or in the callback handler (`webhook`). Both are
 * built from n8n's public context interfaces only.
 */
export interface ItemContext {
	readonly node: INode;
	readonly itemIndex: number;
	readonly executionId: string | undefined;
	/** Aborted when the execution is stopped. */
	readonly signal: AbortSignal | undefined;
	param<T>(name: string, fallback: T): T;
	/** The input item (its JSON and binary properties); empty in the callback handler. */
	inputItem(): INodeExecutionData;
	binaryBuffer(property: string): Promise<Buffer>;
	/** A request with the node's credential (Bearer key or signed token). */
	authenticatedRequest(options: IHttpRequestOptions): Promise<IN8nHttpFullResponse>;
	/** A request without credentials (result URLs on Kling's CDN). */
	plainRequest(options: IHttpRequestOptions): Promise<IN8nHttpFullResponse>;
	storeBinary(data: BinarySource, fileName: string, mimeType: string): Promise<IBinaryData>;
	/** The size n8n recorded for stored binary data (its binary data store's metadata). */
	storedFileSize(binaryDataId: string): Promise<number | undefined>;
	credentials(): Promise<IDataObject>;
}

/** The credential type the user picked under Authentication. */
export const credentialTypeFor = (authentication: unknown) =>
	authentication === 'accessKey' ? 'klingAccessKeyApi' : 'klingApi';

type HttpParts = Pick<ItemContext, 'authenticatedRequest' | 'plainRequest'>;
type RequestParts = HttpParts & Pick<ItemContext, 'storeBinary' | 'storedFileSize'>;

/** Requests through n8n's helpers, the same in every context (an execution, a callback, the editor's lists). */
function httpOf(ctx: IExecuteFunctions | IWebhookFunctions | ILoadOptionsFunctions, credentialType: () => string): HttpParts {
	return {
		authenticatedRequest: async (options) =>
			(await ctx.helpers.httpRequestWithAuthentication.call(ctx, credentialType(), {
				...options,
				returnFullResponse: true,
			})) as IN8nHttpFullResponse,
		plainRequest: async (options) =>
			(await ctx.helpers.httpRequest({ ...options, returnFullResponse: true })) as IN8nHttpFullResponse,
	};
}

/** Requests and binary storage through n8n's helpers, the same in both contexts. */
function requestsOf(ctx: IExecuteFunctions | IWebhookFunctions, credentialType: () => string): RequestParts {
	return {
		...httpOf(ctx, credentialType),
		storeBinary: async (data, fileName, mimeType) => await ctx.helpers.prepareBinaryData(data, fileName, mimeType),
		storedFileSize: async (binaryDataId) => (await ctx.helpers.getBinaryMetadata(binaryDataId)).fileSize,
	};
}

export function itemContextOfExecution(ctx: IExecuteFunctions, itemIndex: number): ItemContext {
	const credentialType = () => credentialTypeFor(ctx.getNodeParameter('authentication', itemIndex, 'apiKey'));
	return {
		node: ctx.getNode(),
		itemIndex,
		executionId: ctx.getExecutionId(),
		signal: ctx.getExecutionCancelSignal(),
		param: <T>(name: string, fallback: T) => ctx.getNodeParameter(name, itemIndex, fallback as never) as T,
		inputItem: () => ctx.getInputData()[itemIndex] ?? { json: {} },
		binaryBuffer: async (property) => await ctx.helpers.getBinaryDataBuffer(itemIndex, property),
		...requestsOf(ctx, credentialType),
		credentials: async () => await ctx.getCredentials(credentialType(), itemIndex),
	};
}

/** The callback handler works on one item at a time, with the node's static parameters. */
export function itemContextOfWebhook(ctx: IWebhookFunctions, itemIndex: number): ItemContext {
	const credentialType = () => credentialTypeFor(ctx.getNodeParameter('authentication', 'apiKey'));
	return {
		node: ctx.getNode(),
		itemIndex,
		executionId: ctx.getExecutionId(),
		signal: undefined,
		param: <T>(name: string, fallback: T) => ctx.getNodeParameter(name, fallback as never) as T,
		inputItem: () => ({ json: {} }),
		binaryBuffer: async () => {
			throw new Error('No input binary data in the callback handler');
		},
		...requestsOf(ctx, credentialType),
		credentials: async () => await ctx.getCredentials(credentialType()),
	};
}

/**
 * Loading a list in the editor (a resource locator's "From List"): the
 * node's parameters as the editor holds them, its credential, and n8n's
 * request helpers, so the transport (retries, error mapping) is the same as
 * in an execution. There is no input item, no binary data and no execution.
 */
export function itemContextOfLoadOptions(ctx: ILoadOptionsFunctions): ItemContext {
	const credentialType = () => credentialTypeFor(ctx.getNodeParameter('authentication', 'apiKey'));
	const noBinaryData = async (): Promise<never> => {
		throw new Error('No binary data while loading a list');
	};
	return {
		node: ctx.getNode(),
		itemIndex: 0,
		executionId: undefined,
		signal: undefined,
		param: <T>(name: string, fallback: T) => ctx.getNodeParameter(name, fallback as never) as T,
		inputItem: () => ({ json: {} }),
		binaryBuffer: noBinaryData,
		...httpOf(ctx, credentialType),
		storeBinary: noBinaryData,
		storedFileSize: noBinaryData,
		credentials: async () => await ctx.getCredentials(credentialType()),
	};
}

/**
 * Item `itemIndex` of a parked execution, in the callback handler: its parameters
 * as the execution saw them (each expression evaluated for that item over the
 * node's input items, which n8n keeps with the parked execution) and its input
 * item (JSON and binary data), so that an item that was queued for the account's capacity can
 * be prepared and submitted from here.
 */
export function itemContextOfParkedItem(ctx: IWebhookFunctions, itemIndex: number): ItemContext {
	const resolve = (value: unknown): unknown => {
		if (typeof value === 'string' && value.startsWith('=')) return ctx.evaluateExpression(value.slice(1), itemIndex);
		if (Array.isArray(value)) return value.map(resolve);
		if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([key, entry]) => [key, resolve(entry)]));
		return value;
	};
	const inputItem = (): INodeExecutionData => {
		// Its JSON too: an operation may read the input item while preparing its body (Edit Objects' Duration).
		const json = ctx.evaluateExpression(`{{ $input.all()[${itemIndex}]?.json }}`, itemIndex);
		const binary = ctx.evaluateExpression(`{{ $input.all()[${itemIndex}]?.binary }}`, itemIndex);
		return {
			json: json && typeof json === 'object' && !Array.isArray(json) ? (json as INodeExecutionData['json']) : {},
			...(binary && typeof binary === 'object' ? { binary: binary as INodeExecutionData['binary'] } : {}),
		};
	};
	return {
		...itemContextOfWebhook(ctx, itemIndex),
		param: <T>(name: string, fallback: T) => resolve(ctx.getNodeParameter(name, fallback as never, { rawExpressions: true })) as T,
		inputItem,
		binaryBuffer: async (property) => {
			const stored = inputItem().binary?.[property];
			if (!stored) throw new Error(`No binary property "${property}" on input item ${itemIndex}`);
			if (stored.id) return await ctx.helpers.binaryToBuffer(await ctx.helpers.getBinaryStream(stored.id));
			return Buffer.from(stored.data, 'base64');
		},
	};
}
