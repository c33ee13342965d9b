import { WebhookContext } from 'n8n-core';
import type { IDataObject, IWebhookResponseData } from 'n8n-workflow';

import { Kling } from '../../nodes/Kling/Kling.node';
import type { RunResult } from './runKling';

export interface CallbackAnswer {
	/** What the node returned to n8n: `workflowData` resumes the execution. */
	result: IWebhookResponseData;
	/** What the node itself answered the caller, if it did. */
	answered?: { status: number; body: unknown };
}

/** The HTTP call as n8n received it, beyond its parsed body. */
export interface ReceivedRequest {
	/** Its headers, names in lower case (as Node's HTTP server gives them). */
	headers?: Record<string, string | string[] | undefined>;
	/** The bytes n8n read before it parsed them (its `req.rawBody`). */
	rawBody?: Buffer;
}

/**
 * Delivers one HTTP call to the resume URL of a parked run, as n8n's waiting
 * webhook handler does after it has checked the execution's token: the
 * node's webhook() with n8n-core's real WebhookContext (parameters,
 * credentials, request helpers, binary data), on the parked execution's data.
 */
export async function deliverCallback(parked: RunResult, url: string, body: unknown, received: ReceivedRequest = {}): Promise<CallbackAnswer> {
	const { workflow, node, additionalData } = parked.engine;
	const query = Object.fromEntries(new URL(url).searchParams);
	const answer: CallbackAnswer = { result: {} };
	const response = {
		statusCode: 200,
		status(code: number) {
			this.statusCode = code;
			return this;
		},
		json(data: unknown) {
			answer.answered = { status: this.statusCode, body: data };
			return this;
		},
		end() {
			return this;
		},
	};
	const request = {
		body,
		query,
		headers: received.headers ?? { 'content-type': 'application/json' },
		params: {},
		...(received.rawBody ? { rawBody: received.rawBody } : {}),
	};
	const context = new WebhookContext(
		workflow,
		node,
		{ ...additionalData, httpRequest: request, httpResponse: response } as never,
		'webhook',
		{ webhookDescription: new Kling().description.webhooks![0] } as never,
		[],
		parked.run.data,
	);
	answer.result = await new Kling().webhook.call(context as never);
	return answer;
}

/** The callback URL the node sent with its first submit. */
export const callbackUrlOf = (bodies: unknown[]) => String((bodies[0] as IDataObject).callback_url);
