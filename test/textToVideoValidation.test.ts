import type { INodeParameters } from 'n8n-workflow';

import { runKling } from './harness/runKling';
import { credentialsFor, textToVideo, useSimulator } from './harness/simulatorSuite';

/** Each case: parameters that break one rule, and what the error must name. */
const invalid: Array<[rule: string, parameters: INodeParameters, mentions: RegExp]> = [
	// A literally empty required field is refused by n8n before the node runs; an expression can still yield ''.
	['no prompt (an expression that yields nothing)', { prompt: '={{ $json.missing ?? "" }}' }, /Prompt: is required/],
	['a prompt over 2500 characters', { prompt: 'a'.repeat(2501) }, /Prompt: must be at most 2500 characters/],
	['a negative prompt over 2500 characters', { additionalFields: { negativePrompt: 'n'.repeat(2501) } }, /Negative Prompt: must be at most 2500/],
	['CFG scale above 1', { model: 'kling-v1-6', additionalFields: { cfgScale: 1.5 } }, /CFG Scale: must be between 0 and 1/],
	['CFG scale on a v2 model', { model: 'kling-v2-6', additionalFields: { cfgScale: 0.5 } }, /CFG Scale: is not supported by kling-v2-6/],
	['a model name that is no model name', { model: 'kling v9!' }, /Model: "kling v9!" is not a model name; use one of kling-v1, /],
	['sound on a model without sound', { model: 'kling-v1-6', additionalFields: { sound: true } }, /Sound: is not supported by kling-v1-6/],
	['a duration the model does not offer', { duration: '7' }, /Duration: must be one of 5, 10 seconds for kling-v2-6/],
	['a duration Kling 3.0 does not offer either', { model: 'kling-v3', duration: '16' }, /Duration: must be one of 3, 4, .*, 15 seconds for kling-v3/],
	['a prompt of only spaces and line breaks', { prompt: '  \n\t  \r\n ' }, /^Invalid input\. Prompt: is required/],
	['a prompt of only whitespace from Additional Body Fields', { additionalFields: { additionalBodyFields: '{"prompt": " \\n "}' } }, /Prompt: is required \(unless Multi-Shot is on\)/],
	[
		'a shot prompt of only whitespace',
		{ model: 'kling-v3', additionalFields: { multiShot: true, shots: { shot: [{ prompt: 'a', duration: 2 }, { prompt: ' \n ', duration: 3 }] } } },
		/^Invalid input\. Shots #2 › Prompt: is required/,
	],
	[
		'Multi-Shot whose shots do not add up to the Duration',
		{ model: 'kling-v3', duration: '8', additionalFields: { multiShot: true, shots: { shot: [{ prompt: 'a', duration: 3 }, { prompt: 'b', duration: 3 }] } } },
		/^Invalid input\. Shots: the shot durations add up to 6 s but Duration is 8 s/,
	],
	['kling-v2-1, which is no text-to-video model', { model: 'kling-v2-1' }, /Model: "kling-v2-1" is not a model for this operation/],
	// 4K: kling-v3 only (kling-api-2026.md §D 04/23/2026).
	['4K on a model that does not render it', { model: 'kling-v2-6', mode: '4k' }, /^Invalid input\. Mode: 4K is not rendered by kling-v2-6; only by kling-v3/],
	['a mode Kling does not have', { mode: '={{ "8k" }}' }, /Mode: must be one of std, pro, 4k/],
	['simple camera control with two moving axes', { additionalFields: { cameraControl: { settings: { type: 'simple', pan: 2, zoom: 3 } } } }, /Camera Control: type "simple" needs exactly one non-zero axis \(found 2: pan, zoom\)/],
	['simple camera control with no moving axis', { additionalFields: { cameraControl: { settings: { type: 'simple' } } } }, /Camera Control: type "simple" needs exactly one non-zero axis \(found 0/],
	['a camera axis beyond 10', { additionalFields: { cameraControl: { settings: { type: 'simple', tilt: 11 } } } }, /Camera Control: tilt must be between -10 and 10/],
	['a callback URL that is no URL', { additionalFields: { callbackUrl: 'not a url' } }, /Callback URL: must be an http\(s\) URL/],
];

describe('Text to Video: bad input stops the item before anything is sent', () => {
	const sim = useSimulator();

	test.each(invalid)('%s', async (_rule, parameters, mentions) => {
		const result = await runKling({
			credentials: credentialsFor(sim()),
			parameters: textToVideo({ waitForCompletion: false, ...parameters }),
		});
		expect(result.error?.message).toMatch(mentions);
		expect(result.error?.description).toContain('Nothing was sent to Kling');
		expect(sim().count('submit')).toBe(0);
	});

	test.each([
		['a prompt of exactly 2500 characters', { prompt: 'a'.repeat(2500) }],
		['CFG scale 0 and 1 on a v1 model', { model: 'kling-v1', additionalFields: { cfgScale: 1 } }],
		['simple camera control with one axis at -10', { additionalFields: { cameraControl: { settings: { type: 'simple', roll: -10 } } } }],
		['sound on kling-v2-6', { additionalFields: { sound: false } }],
		['Kling 3.0 for 3 seconds', { model: 'kling-v3', duration: '3' }],
		['Kling 3.0 for 15 seconds', { model: 'kling-v3', duration: '15' }],
		['Kling 3.0 in 4K with Multi-Shot', { model: 'kling-v3', mode: '4k', additionalFields: { multiShot: true, shots: { shot: [{ prompt: 'a', duration: 5 }] } } }],
		['std with kling-v2-5-turbo (one client saw it accepted; the sources disagree)', { model: 'kling-v2-5-turbo', mode: 'std' }],
		['a negative prompt of only whitespace (left out)', { additionalFields: { negativePrompt: ' \n ' } }],
	])('accepts %s', async (_rule, parameters) => {
		const result = await runKling({
			credentials: credentialsFor(sim()),
			parameters: textToVideo({ waitForCompletion: false, ...(parameters as INodeParameters) }),
		});
		expect(result.error).toBeUndefined();
		expect(sim().count('submit')).toBe(1);
	});

	test('a Base URL that is no URL is an error naming the credential field, before any request', async () => {
		const result = await runKling({
			credentials: { baseUrl: 'api.example.com/kling', apiKey: sim().apiKey },
			parameters: textToVideo({ waitForCompletion: false }),
		});
		expect(result.error?.message).toContain("Base URL is not an http(s) URL");
		expect(sim().requests).toHaveLength(0);
	});

	test('with Continue On Fail, only the bad item fails; the others are sent', async () => {
		const result = await runKling({
			credentials: credentialsFor(sim()),
			continueOnFail: true,
			items: [{ json: { p: 'good one' } }, { json: { p: '' } }, { json: { p: 'good two' } }],
			parameters: textToVideo({ waitForCompletion: false, prompt: '={{ $json.p }}' }),
		});
		expect(result.items).toHaveLength(3);
		expect(JSON.stringify(result.items[1].json)).toContain('Prompt: is required');
		expect(result.items[0].json.status).toBe('submitted');
		expect(result.items[2].json.status).toBe('submitted');
		expect(sim().count('submit')).toBe(2);
	});
});
