import { createHmac } from 'node:crypto';

import { klingJwtFor, signKlingJwt } from '../credentials/klingJwt';
import { runKling } from './harness/runKling';
import { textToVideo, useSimulator } from './harness/simulatorSuite';

const ACCESS_KEY = 'ak-test-123';
const SECRET_KEY = 'sk-test-456';

const decode = (part: string) => JSON.parse(Buffer.from(part, 'base64url').toString('utf8'));

describe('official Kling API credential: access key + secret key → HS256 JWT', () => {
	test('the token is HS256 with iss = access key, exp in 30 min, nbf 5 s ago, signed with the secret key', () => {
		const token = signKlingJwt(ACCESS_KEY, SECRET_KEY, 1_800_000_000);
		const [header, payload, signature] = token.split('.');
		expect(decode(header)).toEqual({ alg: 'HS256', typ: 'JWT' });
		expect(decode(payload)).toEqual({ iss: ACCESS_KEY, exp: 1_800_000_000 + 1800, nbf: 1_800_000_000 - 5 });
		expect(signature).toBe(createHmac('sha256', SECRET_KEY).update(`${header}.${payload}`).digest('base64url'));
	});

	test('a token is reused until 5 minutes before it expires, then signed anew', () => {
		const now = jest.spyOn(Date, 'now');
		try {
			now.mockReturnValue(1_800_000_000_000);
			const first = klingJwtFor(ACCESS_KEY, SECRET_KEY);
			now.mockReturnValue(1_800_000_000_000 + 24 * 60_000);
			expect(klingJwtFor(ACCESS_KEY, SECRET_KEY)).toBe(first);
			now.mockReturnValue(1_800_000_000_000 + 26 * 60_000);
			const renewed = klingJwtFor(ACCESS_KEY, SECRET_KEY);
			expect(renewed).not.toBe(first);
			expect(decode(renewed.split('.')[1]).exp).toBe(1_800_000_000 + 26 * 60 + 1800);
		} finally {
			now.mockRestore();
		}
	});

	describe('against the simulator in JWT mode', () => {
		const sim = useSimulator({ jwt: { accessKey: ACCESS_KEY, secretKey: SECRET_KEY } });

		test('the node works end to end with the access-key credential', async () => {
			const result = await runKling({
				credentials: { baseUrl: sim().baseUrl, accessKey: ACCESS_KEY, secretKey: SECRET_KEY },
				parameters: textToVideo(),
			});
			expect(result.error).toBeUndefined();
			expect(result.items[0].json.status).toBe('succeed');
			expect(sim().requests.filter((r) => r.path.startsWith('/v1/')).every((r) => r.authorized)).toBe(true);
			expect(JSON.stringify(result.run)).not.toContain(SECRET_KEY);
		});

		test('a wrong secret key is refused by the host (HTTP 401)', async () => {
			const result = await runKling({
				credentials: { baseUrl: sim().baseUrl, accessKey: ACCESS_KEY, secretKey: 'not-the-secret' },
				parameters: textToVideo({ waitForCompletion: false }),
			});
			expect(result.error?.message).toMatch(/HTTP 401/);
			expect(result.error?.description).toContain('check the access key and secret key');
			expect(result.error?.description).not.toContain('API key');
			expect(sim().tasks.size).toBe(0);
		});
	});
});
