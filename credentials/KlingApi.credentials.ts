import type {
	IAuthenticateGeneric,
	Icon,
	ICredentialTestRequest,
	ICredentialType,
	INodeProperties,
} from 'n8n-workflow';

/**
 * A Kling-compatible host and its bearer key: the official Kling API, or an
 * aggregator that proxies it (often under a `/kling` path prefix).
 */
export class KlingApi implements ICredentialType {
	name = 'klingApi';

	displayName = 'Kling API';

	icon: Icon = { light: 'file:../nodes/Kling/kling.svg', dark: 'file:../nodes/Kling/kling.dark.svg' };

	documentationUrl = 'https://github.com/n8n-nodes-kling/n8n-nodes-kling#credentials';

	properties: INodeProperties[] = [
		{
			displayName: 'Base URL',
			name: 'baseUrl',
			type: 'string',
			default: 'https://api-singapore.klingai.com',
			placeholder: 'https://api.example.com/kling',
			required: true,
			description:
				'Scheme, host and any path prefix in front of <code>/v1/videos/...</code>. The official API has no prefix; aggregators often use <code>/kling</code>.',
		},
		{
			displayName: 'API Key',
			name: 'apiKey',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			required: true,
			description: 'Sent as <code>Authorization: Bearer &lt;key&gt;</code>',
		},
	];

	authenticate: IAuthenticateGeneric = {
		type: 'generic',
		properties: {
			headers: {
				Authorization: '=Bearer {{$credentials.apiKey}}',
			},
		},
	};

	// Listing one text-to-video task needs the key and creates (and bills) nothing.
	test: ICredentialTestRequest = {
		request: {
			baseURL: '={{$credentials.baseUrl.replace(/\\/+$/, "")}}',
			url: '/v1/videos/text2video',
			method: 'GET',
			qs: { pageNum: 1, pageSize: 1 },
		},
		rules: [
			{
				type: 'responseCode',
				properties: {
					value: 401,
					message: 'The host rejected the API key (HTTP 401). Check the key and that the Base URL belongs to the same provider.',
				},
			},
			{
				type: 'responseCode',
				properties: {
					value: 403,
					message: 'The key has no permission for the Kling video API on this host (HTTP 403)',
				},
			},
			{
				type: 'responseCode',
				properties: {
					value: 404,
					message: 'No Kling API at this Base URL (HTTP 404). Check the path prefix, e.g. add or remove /kling.',
				},
			},
		],
	};
}
