import { createHmac } from 'node:crypto';

/** Lifetime Kling allows for a token; a cached one is renewed 5 minutes before it ends. */
const LIFETIME_SECONDS = 30 * 60;
const RENEW_BEFORE_SECONDS = 5 * 60;

const base64url = (data: string | Buffer) => Buffer.from(data).toString('base64url');

/** An HS256 JWT as the official Kling API wants: iss = access key, exp in 30 min, nbf 5 s ago. */
export function signKlingJwt(accessKey: string, secretKey: string, nowSeconds = Math.floor(Date.now() / 1000)): string {
	const header = base64url(JSON.stringify({ alg: 'HS256', typ: 'JWT' }));
	const payload = base64url(JSON.stringify({ iss: accessKey, exp: nowSeconds + LIFETIME_SECONDS, nbf: nowSeconds - 5 }));
	const signature = createHmac('sha256', secretKey).update(`${header}.${payload}`).digest('base64url');
	return `${header}.${payload}.${signature}`;
}

const cache = new Map<string, { token: string; notBefore: number; renewAt: number }>();

/** The current token for this key pair, signed anew only when the cached one is close to expiry. */
export function klingJwtFor(accessKey: string, secretKey: string): string {
	const now = Math.floor(Date.now() / 1000);
	const key = createHmac('sha256', secretKey).update(accessKey).digest('hex');
	const cached = cache.get(key);
	// Valid from nbf until 5 minutes before exp (a clock set back makes a new one too).
	if (cached && now >= cached.notBefore && now < cached.renewAt) return cached.token;
	const token = signKlingJwt(accessKey, secretKey, now);
	cache.set(key, { token, notBefore: now - 5, renewAt: now + LIFETIME_SECONDS - RENEW_BEFORE_SECONDS });
	return token;
}
