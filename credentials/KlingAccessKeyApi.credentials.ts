import type {
	ICredentialDataDecryptedObject,
	ICredentialTestRequest,
	ICredentialType,
	IHttpRequestOptions,
	Icon,
	INodeProperties,
} from 'n8n-workflow';

import { klingJwtFor } from './klingJwt';
import { KlingApi } from './KlingApi.credentials';

/**
 * The official Kling API's own keys: an access key and a secret key, from
 * which each request gets a short-lived signed token (JWT, HS256).
 */
export class KlingAccessKeyApi implements ICredentialType {
	name = 'klingAccessKeyApi';

	displayName = 'Kling Access Key API';

	icon: Icon = { light: 'file:../nodes/Kling/kling.svg', dark: 'file:../nodes/Kling/kling.dark.svg' };

	documentationUrl = 'https://github.com/n8n-nodes-kling/n8n-nodes-kling#credentials';

	properties: INodeProperties[] = [
		{
			displayName: 'Base URL',
			name: 'baseUrl',
			type: 'string',
			default: 'https://api-singapore.klingai.com',
			required: true,
			description: 'The official API: https://api-singapore.klingai.com (international) or https://api-beijing.klingai.com',
		},
		{
			displayName: 'Access Key',
			name: 'accessKey',
			type: 'string',
			default: '',
			required: true,
			description: 'From the Kling developer console (API keys)',
		},
		{
			displayName: 'Secret Key',
			name: 'secretKey',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			required: true,
			description: 'Signs the tokens; it is never sent',
		},
	];

	async authenticate(credentials: ICredentialDataDecryptedObject, requestOptions: IHttpRequestOptions) {
		const token = klingJwtFor(String(credentials.accessKey ?? ''), String(credentials.secretKey ?? ''));
		requestOptions.headers = { ...(requestOptions.headers ?? {}), Authorization: `Bearer ${token}` };
		return requestOptions;
	}

	// The same harmless request as the bearer-key credential.
	test: ICredentialTestRequest = new KlingApi().test;
}
