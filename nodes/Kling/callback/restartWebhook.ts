import type { IWebhookDescription } from 'n8n-workflow';

/**
 * Where Kling's callbacks reach a parked execution: the restart webhook of a
 * waiting execution (`$execution.resumeUrl`), as n8n's Wait node declares it.
 * It is not a trigger webhook: n8n never registers it when a workflow is
 * activated, so there is no third-party webhook to create, check or delete.
 * `responseData: ''` keeps n8n from answering a resuming call with the text
 * "firstEntryJson".
 */
export const CALLBACK_WEBHOOKS: IWebhookDescription[] = [
	{
		name: 'default',
		httpMethod: 'POST',
		path: '',
		restartWebhook: true,
		responseMode: 'onReceived',
		responseData: '',
		ndvHideUrl: true,
	},
];
