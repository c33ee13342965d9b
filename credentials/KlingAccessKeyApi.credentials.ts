import type {
	ICredentialDataDecryptedObject,
	ICredentialTestRequest,
	ICredentialType,
	IHttpRequestOptions,
	Icon,
	INodeProperties,
} from 'n8n-workflow';

import { klingJwtFor } from './klingJwt';
import { klingCredentialTest } from './klingCredentialTest';
import { webhookSecretFields } from './webhookSecretFields';

/**
 * The official Kling API's access key + secret key pair, from which each
 * request gets a short-lived signed token (JWT, HS256). Kling's newer API keys
 * (sent as they are, and the only way to models after 3.0) go in KlingApi.
 */
export class KlingAccessKeyApi implements ICredentialType {
	name = 'klingAccessKeyApi';

	displayName = 'Kling Access Key API';

	icon: Icon = { light: 'file:../nodes/Kling/kling.svg', dark: 'file:../nodes/Kling/kling.dark.svg' };

	documentationUrl = 'https://github.com/n8n-nodes-kling/n8n-nodes-kling#credentials';

	properties: INodeProperties[] = [
		{
			displayName:
				'For an <b>access key + secret key</b> pair from Kling\'s developer console: works with models up to 3.0. For an <b>API key</b> (every model, including those after 3.0), use the Kling API credential.',
			name: 'keyKindNotice',
			type: 'notice',
			default: '',
		},
		{
			displayName: 'Base URL',
			name: 'baseUrl',
			type: 'string',
			default: 'https://api-singapore.klingai.com',
			required: true,
			placeholder: 'https://api-singapore.klingai.com',
			description:
				'The official API: <code>https://api-singapore.klingai.com</code> (international) or <code>https://api-beijing.klingai.com</code> (China)',
		},
		{
			displayName: 'Access Key',
			name: 'accessKey',
			type: 'string',
			default: '',
			required: true,
			description: 'The access key of the pair, from Kling\'s developer console',
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
		...webhookSecretFields,
	];

	async authenticate(credentials: ICredentialDataDecryptedObject, requestOptions: IHttpRequestOptions) {
		const token = klingJwtFor(String(credentials.accessKey ?? ''), String(credentials.secretKey ?? ''));
		requestOptions.headers = { ...(requestOptions.headers ?? {}), Authorization: `Bearer ${token}` };
		return requestOptions;
	}

	// The same harmless request as the bearer-key credential.
	test: ICredentialTestRequest = klingCredentialTest;
}
