import type { ICredentialTestRequest } from 'n8n-workflow';

const BOTH_KINDS =
	'An API key belongs in the Kling API credential; an access key + secret key pair in the Kling Access Key API credential.';

/**
 * The credentials' Test: reads a task that cannot exist. It creates and bills
 * nothing, and every Kling-compatible host has the route: the official hosts
 * answer "not found" (HTTP 404, code 1203) to a good key, new-api gateways
 * (which have no task-list route) HTTP 400 with code "task_not_exist". HTTP
 * errors are kept as answers, and the rules below (n8n applies the first that
 * matches) fail the test on what a wrong key or a wrong Base URL answers:
 * Kling's authentication codes, new-api's refusal, and any answer without a
 * `code` at all (an HTML page, a proxy's plain 404), which no Kling API gives.
 */
export const klingCredentialTest: ICredentialTestRequest = {
	request: {
		baseURL: '={{$credentials.baseUrl.replace(/\\/+$/, "")}}',
		url: '/v1/videos/text2video/n8n-credential-test',
		method: 'GET',
		ignoreHttpStatusErrors: true,
	},
	rules: [
		...[
			[1000, 'authentication failed'],
			[1001, 'Authorization is empty'],
			[1002, 'Authorization is invalid'],
			[1003, 'the token is not valid yet: check this machine\'s clock'],
			[1004, 'the key or token has expired'],
		].map(([code, meaning]) => ({
			type: 'responseSuccessBody' as const,
			properties: { key: 'code', value: code, message: `Kling rejected the key (code ${code}: ${meaning}). ${BOTH_KINDS}` },
		})),
		{
			type: 'responseSuccessBody',
			properties: { key: 'code', value: 1103, message: 'The key has no access to Kling\'s video API (code 1103)' },
		},
		{
			type: 'responseSuccessBody',
			properties: {
				key: 'error.type',
				value: 'new_api_error',
				message: 'The gateway refused the API key (invalid, expired or disabled token, or no quota left)',
			},
		},
		{
			type: 'responseSuccessBody',
			properties: { key: 'code', value: 401, message: 'The host rejected the API key (code 401)' },
		},
		{
			type: 'responseSuccessBody',
			properties: {
				key: 'code',
				// n8n compares with ===: this rule matches an answer that has no `code`.
				value: undefined,
				message:
					'No Kling API answered at this Base URL (the answer has no Kling code). Check the Base URL, including a path prefix such as /kling in front of /v1/videos, and the key.',
			},
		},
	],
};
