import { runKling } from './harness/runKling';
import { credentialsFor, textToVideo, useSimulator } from './harness/simulatorSuite';

describe('what the user sees when the host says no', () => {
	const sim = useSimulator();

	test('a wrong API key: the host\'s message, and the key appears nowhere', async () => {
		const secret = 'sk-live-this-must-never-leak';
		const result = await runKling({
			credentials: { baseUrl: `${sim().baseUrl}/kling`, apiKey: secret },
			parameters: textToVideo({ waitForCompletion: false }),
		});
		expect(result.error?.message).toMatch(/Kling API error 100\d on the submit \(HTTP 401\): Authentication failed/);
		expect(result.error?.description).toContain('check the API key');
		expect(JSON.stringify(result.run)).not.toContain(secret);
	});

	test('HTTP 200 with a non-zero code is an error with the code and the host\'s message', async () => {
		sim().inject({ on: 'submit', code: 1301, message: 'The content violates the platform policy' });
		const result = await runKling({ credentials: credentialsFor(sim()), parameters: textToVideo({ waitForCompletion: false }) });
		expect(result.error?.message).toBe(
			'Kling API error 1301 on the submit (HTTP 200): The content violates the platform policy',
		);
		expect(result.error?.description).toContain('content or usage policy');
		expect(sim().tasks.size).toBe(0);
	});

	test('an HTML error page is an error that says it is not JSON, with the HTTP status', async () => {
		sim().inject({ on: 'submit', status: 403, html: true });
		const result = await runKling({ credentials: credentialsFor(sim()), parameters: textToVideo({ waitForCompletion: false }) });
		expect(result.error?.message).toMatch(/answered the submit with something that is not JSON \(HTTP 403, text\/html/);
	});

	test('a Base URL without the needed prefix: the host\'s 404 in plain words', async () => {
		const result = await runKling({
			credentials: { baseUrl: `${sim().baseUrl}/wrong-prefix`, apiKey: sim().apiKey },
			parameters: textToVideo({ waitForCompletion: false }),
		});
		expect(result.error?.message).toMatch(/HTTP 404/);
		expect(result.error?.description).toMatch(/path prefix/);
	});
});
