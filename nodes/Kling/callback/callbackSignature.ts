import { createHmac, timingSafeEqual } from 'node:crypto';
import type { IDataObject, IWebhookFunctions, IWebhookResponseData } from 'n8n-workflow';

import { itemContextOfWebhook } from '../context/itemContext';

/** Kling (Standard Webhooks) refuses a timestamp further than this from now. */
export const SIGNATURE_TOLERANCE_SECONDS = 5 * 60;

const SECRET_PREFIX = 'whsec_';

/** The credential's Webhook Secret and Previous Webhook Secret that are set (both verify during a rotation). */
export function webhookSecretsOf(credentials: IDataObject): string[] {
	return [credentials.webhookSecret, credentials.previousWebhookSecret]
		.map((secret) => (typeof secret === 'string' ? secret.trim() : ''))
		.filter(Boolean);
}

/** The HMAC key: the Base64 after `whsec_` (a secret pasted without the prefix is taken as it is). */
const keyOf = (secret: string) => Buffer.from(secret.startsWith(SECRET_PREFIX) ? secret.slice(SECRET_PREFIX.length) : secret, 'base64');

/** `v1,<base64>` of HMAC-SHA256 over `<id>.<timestamp>.<body>`, as Kling signs a callback. */
export function signCallback(secret: string, id: string, timestamp: string, rawBody: Buffer | string): string {
	const hmac = createHmac('sha256', keyOf(secret));
	hmac.update(`${id}.${timestamp}.`);
	hmac.update(rawBody);
	return `v1,${hmac.digest('base64')}`;
}

const headerOf = (headers: IDataObject, name: string) => {
	const value = headers[name];
	return typeof value === 'string' ? value.trim() : '';
};

/**
 * Why a callback's signature does not hold, or undefined when it does: the
 * `webhook-id`, `webhook-timestamp` and `webhook-signature` headers present,
 * the timestamp within 5 minutes of `nowMs`, and one of the `v1,` signatures
 * (space-separated; Kling sends several during a rotation) that of one of
 * `secrets` over the exact bytes received. Never names a secret.
 */
export function signatureProblem(secrets: string[], headers: IDataObject, rawBody: Buffer | undefined, nowMs: number): string | undefined {
	const id = headerOf(headers, 'webhook-id');
	const timestamp = headerOf(headers, 'webhook-timestamp');
	const signatures = headerOf(headers, 'webhook-signature');
	if (!id || !timestamp || !signatures) return 'the callback is not signed (webhook-id, webhook-timestamp or webhook-signature missing)';
	if (!/^\d{1,15}$/.test(timestamp)) return 'the callback\'s webhook-timestamp is not a time in seconds';
	if (Math.abs(nowMs / 1000 - Number(timestamp)) > SIGNATURE_TOLERANCE_SECONDS) {
		return `the callback's webhook-timestamp is more than ${SIGNATURE_TOLERANCE_SECONDS / 60} minutes from now`;
	}
	if (!rawBody) return 'n8n did not hand the node the callback\'s body as received, so its signature cannot be checked';
	const given = signatures
		.split(' ')
		.filter((entry) => entry.startsWith('v1,'))
		.map((entry) => Buffer.from(entry.slice(3), 'base64'));
	for (const secret of secrets) {
		const expected = Buffer.from(signCallback(secret, id, timestamp, rawBody).slice(3), 'base64');
		if (given.some((signature) => signature.length === expected.length && timingSafeEqual(signature, expected))) return undefined;
	}
	return 'the callback\'s signature does not match the Webhook Secret';
}

/**
 * The bytes n8n read from the request, before it parsed them: `rawBody`,
 * which n8n sets on every webhook request whose body it parses (on both n8n
 * lines, for this node's version 1 always). Undefined when n8n did not keep
 * them (a multipart body): the caller then refuses, as nothing else is what Kling signed.
 */
function rawBodyOf(ctx: IWebhookFunctions): Buffer | undefined {
	const { rawBody } = ctx.getRequestObject() as { rawBody?: unknown };
	return Buffer.isBuffer(rawBody) ? rawBody : undefined;
}

/**
 * When the node's credential has a Webhook Secret: the answer that refuses a
 * callback whose signature does not hold (HTTP 401, sent by the node; nothing
 * is read, sent or resumed), or undefined to go on. Without a secret, every
 * callback goes on, as before (its headers are not looked at).
 */
export async function refuseUnsigned(ctx: IWebhookFunctions): Promise<IWebhookResponseData | undefined> {
	let secrets: string[];
	try {
		secrets = webhookSecretsOf(await itemContextOfWebhook(ctx, 0).credentials());
	} catch (error) {
		// No credential to read: nothing can be read back either, so nothing happens.
		return { webhookResponse: { received: true, resumed: false, note: `the credential could not be read (${(error as Error).message})` } };
	}
	if (!secrets.length) return undefined;
	const problem = signatureProblem(secrets, ctx.getHeaderData() as IDataObject, rawBodyOf(ctx), Date.now());
	if (!problem) return undefined;
	ctx.getResponseObject().status(401).json({ received: false, resumed: false, error: `Refused: ${problem}` });
	return { noWebhookResponse: true };
}
