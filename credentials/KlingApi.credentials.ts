import type {
	IAuthenticateGeneric,
	Icon,
	ICredentialTestRequest,
	ICredentialType,
	INodeProperties,
} from 'n8n-workflow';

import { klingCredentialTest } from './klingCredentialTest';
import { webhookSecretFields } from './webhookSecretFields';

/**
 * An API key sent as a bearer token: Kling's own API keys on its official
 * hosts (the only way to the models after 3.0), or an aggregator's key on a
 * host that proxies Kling (often under a `/kling` path prefix).
 */
export class KlingApi implements ICredentialType {
	name = 'klingApi';

	displayName = 'Kling API';

	icon: Icon = { light: 'file:../nodes/Kling/kling.svg', dark: 'file:../nodes/Kling/kling.dark.svg' };

	documentationUrl = 'https://github.com/n8n-nodes-kling/n8n-nodes-kling#credentials';

	properties: INodeProperties[] = [
		{
			displayName:
				'For an <b>API key</b>: one from Kling\'s developer console (works with every model, including those after 3.0) or from an aggregator. For an <b>access key + secret key</b> pair, use the Kling Access Key API credential.',
			name: 'keyKindNotice',
			type: 'notice',
			default: '',
		},
		{
			displayName: 'Base URL',
			name: 'baseUrl',
			type: 'string',
			default: 'https://api-singapore.klingai.com',
			placeholder: 'https://api-singapore.klingai.com',
			required: true,
			description:
				'Official Kling API: <code>https://api-singapore.klingai.com</code> (international) or <code>https://api-beijing.klingai.com</code> (China). An aggregator: scheme, host and any path prefix in front of <code>/v1/videos/...</code>, often ending in <code>/kling</code>.',
		},
		{
			displayName: 'API Key',
			name: 'apiKey',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			required: true,
			description: 'Kling\'s API key or the aggregator\'s key; sent as <code>Authorization: Bearer &lt;key&gt;</code>',
		},
		...webhookSecretFields,
	];

	authenticate: IAuthenticateGeneric = {
		type: 'generic',
		properties: {
			headers: {
				Authorization: '=Bearer {{$credentials.apiKey}}',
			},
		},
	};

	// Reads a task that cannot exist: passes for a good key on the official hosts and on gateways.
	test: ICredentialTestRequest = klingCredentialTest;
}
