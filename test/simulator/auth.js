// @ts-check
'use strict';
/** Bearer-key checking, and the official API's JWT mode (HS256 signed with the secret key). */

const { createHmac, timingSafeEqual } = require('node:crypto');

/**
 * @param {string} token
 * @param {{ accessKey: string, secretKey: string }} jwt
 * @returns {string | undefined} the problem, if any
 */
function jwtProblem(token, jwt) {
	const parts = token.split('.');
	if (parts.length !== 3) return 'not a JWT';
	const [header, payload, signature] = parts;
	const expected = createHmac('sha256', jwt.secretKey).update(`${header}.${payload}`).digest('base64url');
	const given = Buffer.from(signature);
	if (given.length !== Buffer.from(expected).length || !timingSafeEqual(given, Buffer.from(expected))) return 'bad signature';
	let claims;
	try {
		claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
		const head = JSON.parse(Buffer.from(header, 'base64url').toString('utf8'));
		if (head.alg !== 'HS256') return 'alg must be HS256';
	} catch {
		return 'unreadable token';
	}
	const now = Math.floor(Date.now() / 1000);
	if (claims.iss !== jwt.accessKey) return 'unknown access key';
	if (!(typeof claims.exp === 'number' && claims.exp > now)) return 'token expired';
	if (!(typeof claims.nbf === 'number' && claims.nbf <= now)) return 'token not yet valid';
	return undefined;
}

/**
 * @param {string | undefined} header the Authorization header
 * @param {{ apiKey: string, jwt?: { accessKey: string, secretKey: string } }} how
 */
function isAuthorized(header, how) {
	const match = /^Bearer (.+)$/.exec(header ?? '');
	if (!match) return false;
	if (how.jwt) return jwtProblem(match[1], how.jwt) === undefined;
	return match[1] === how.apiKey;
}

module.exports = { isAuthorized, jwtProblem };
