import type { INodeParameters } from 'n8n-workflow';

import type { KlingSimulator } from './simulator';
import { elementIdField, voiceIdField, voiceIdProperty } from '../nodes/Kling/operations/shared/libraryPickers';
import { LIBRARY_PAGE_SIZE } from '../nodes/Kling/methods/listSearch';
import { locatorValue } from '../nodes/Kling/operations/shared/locatorValue';
import { callListSearch } from './harness/listSearch';
import { runKling } from './harness/runKling';
import { credentialsFor, submittedBodies, useSimulator } from './harness/simulatorSuite';

const PRESET_ELEMENTS = [
	{ name: 'Sim Astronaut (Kling preset)', value: '900000000000000001', description: 'An astronaut in a white suit' },
	{ name: 'Sim Red Fox (Kling preset)', value: '900000000000000002', description: 'A red fox with a bushy tail' },
	{ name: 'Sim Coffee Cup (Kling preset)', value: '900000000000000003', description: 'A white ceramic coffee cup' },
];
const PRESET_VOICES = [
	{ name: 'Warm Narrator (EN) (Kling preset)', value: 'sim_voice_warm_en' },
	{ name: 'Bright Host (EN) (Kling preset)', value: 'sim_voice_bright_en' },
	{ name: 'Calm Reader (ZH) (Kling preset)', value: 'sim_voice_calm_zh' },
];

/** The parameters the editor sends while an Omni-Video node's element entry is open. */
const omniParameters: INodeParameters = {
	resource: 'video',
	operation: 'omniVideo',
	model: 'kling-video-o1',
	prompt: 'A dancer on the beach',
	additionalFields: { elements: { element: [{ elementId: { __rl: true, mode: 'list', value: '' } }] } },
};
const lipSyncParameters: INodeParameters = {
	resource: 'video',
	operation: 'lipSync',
	lipSyncVideo: 'https://example.com/talk.mp4',
	lipSyncSpeech: 'text2video',
	lipSyncText: 'Hello',
	lipSyncVoiceId: { __rl: true, mode: 'list', value: '' },
};

/** A request to the simulator as the account's owner would make it (to create custom elements and voices). */
async function api(sim: KlingSimulator, method: 'GET' | 'POST', path: string, body?: unknown) {
	const response = await fetch(`${sim.baseUrl}/kling${path}`, {
		method,
		headers: { authorization: `Bearer ${sim.apiKey}`, 'content-type': 'application/json' },
		body: body === undefined ? undefined : JSON.stringify(body),
	});
	return (await response.json()) as { code: number; data: any };
}

const createElement = (sim: KlingSimulator, name: string) =>
	api(sim, 'POST', '/v1/general/custom-elements', {
		element_name: name,
		element_description: `${name}, for the test`,
		element_frontal_image: 'https://example.com/front.png',
		element_refer_list: [{ image_url: 'https://example.com/side.png' }],
	}).then((answer) => answer.data.element_id as string);

async function cloneVoice(sim: KlingSimulator, name: string, { wait }: { wait: boolean }): Promise<string> {
	const { data } = await api(sim, 'POST', '/v1/general/custom-voices', { voice_name: name, voice_url: 'https://example.com/me.mp3' });
	const taskId = data.task_id as string;
	for (let tries = 0; wait && tries < 50; tries++) {
		const read = await api(sim, 'GET', `/v1/general/custom-voices/${taskId}`);
		if (read.data.task_status === 'succeed') break;
		await new Promise((resolve) => setTimeout(resolve, 100));
	}
	return `${taskId}-voice`;
}

describe('element and voice pickers', () => {
	const sim = useSimulator();

	describe('the fields are resource locators: From List (searchable) and By ID', () => {
		test.each([
			['an element', elementIdField(), 'searchElements'],
			['a voice', voiceIdProperty({ name: 'voiceId', placeholder: 'e.g. uk_boy1' }), 'searchVoices'],
		])('%s', (_what, field, method) => {
			expect(field.type).toBe('resourceLocator');
			expect(field.default).toEqual({ mode: 'list', value: '' });
			expect(field.modes?.map((mode) => [mode.name, mode.displayName])).toEqual([
				['list', 'From List'],
				['id', 'By ID'],
			]);
			expect(field.modes?.[0].typeOptions).toEqual({ searchListMethod: method, searchable: true });
			expect(field).not.toHaveProperty('placeholder');
		});

		test("a voice field's placeholder goes to By ID, and its spec (name, label, where it shows) is kept", () => {
			const field = voiceIdField({ name: 'lipSyncVoiceId', required: true, placeholder: 'e.g. uk_boy1', displayOptions: { show: { operation: ['lipSync'] } }, send: 'nothing' });
			expect(field).toMatchObject({ name: 'lipSyncVoiceId', displayName: 'Voice ID', required: true, displayOptions: { show: { operation: ['lipSync'] } } });
			expect(field.modes?.[1].placeholder).toBe('e.g. uk_boy1');
		});
	});

	test.each([
		['picked from the list', { __rl: true, mode: 'list', value: 'v1', cachedResultName: 'Voice (custom)' }, 'v1'],
		['typed By ID, with spaces around', { __rl: true, mode: 'id', value: ' v1 ' }, 'v1'],
		["an entry just added to a list (the editor's default, no __rl)", { mode: 'list', value: '' }, ''],
		['plain text (a workflow saved before the pickers)', 'oversea_male1', 'oversea_male1'],
		['nothing', undefined, undefined],
	])('locatorValue: %s', (_what, value, expected) => {
		expect(locatorValue(value)).toBe(expected);
	});

	describe('From List, through n8n-core\'s LoadOptionsContext', () => {
		test("elements: the account's custom ones first, then Kling's presets, named by where they come from", async () => {
			const hero = await createElement(sim(), 'My Hero');
			const result = await callListSearch({ method: 'searchElements', parameters: omniParameters, credentials: credentialsFor(sim()) });
			expect(result.results).toEqual([{ name: 'My Hero (custom)', value: hero, description: 'My Hero, for the test' }, ...PRESET_ELEMENTS]);
			expect(result.paginationToken).toBeUndefined();
			const reads = sim().requests.filter((r) => r.method === 'GET');
			expect(reads.map((r) => [r.path, r.query, r.authorized])).toEqual([
				['/kling/v1/general/custom-elements', { pageNum: '1', pageSize: String(LIBRARY_PAGE_SIZE) }, true],
				['/kling/v1/general/presets-elements', { pageNum: '1', pageSize: String(LIBRARY_PAGE_SIZE) }, true],
			]);
		});

		test('voices: only the succeeded custom voices, then the presets', async () => {
			const mine = await cloneVoice(sim(), 'My Voice', { wait: true });
			await cloneVoice(sim(), 'Still Cloning', { wait: false });
			const result = await callListSearch({ method: 'searchVoices', parameters: lipSyncParameters, credentials: credentialsFor(sim()), path: 'parameters.lipSyncVoiceId' });
			expect(result.results).toEqual([{ name: 'My Voice (custom)', value: mine }, ...PRESET_VOICES]);
			expect(result.paginationToken).toBeUndefined();
		});

		test('the search text filters by name or ID, in any case', async () => {
			await createElement(sim(), 'Fox Plush');
			const byName = await callListSearch({ method: 'searchElements', parameters: omniParameters, credentials: credentialsFor(sim()), filter: ' FOX ' });
			expect(byName.results.map((r) => r.name)).toEqual(['Fox Plush (custom)', 'Sim Red Fox (Kling preset)']);
			const byId = await callListSearch({ method: 'searchElements', parameters: omniParameters, credentials: credentialsFor(sim()), filter: '0003' });
			expect(byId.results.map((r) => r.value)).toEqual(['900000000000000003']);
			const voices = await callListSearch({ method: 'searchVoices', parameters: lipSyncParameters, credentials: credentialsFor(sim()), filter: 'zh' });
			expect(voices.results).toEqual([PRESET_VOICES[2]]);
			const none = await callListSearch({ method: 'searchVoices', parameters: lipSyncParameters, credentials: credentialsFor(sim()), filter: 'no such voice' });
			expect(none).toEqual({ results: [], paginationToken: undefined });
		});

		test('a long list comes in pages: the token says where the next call goes on', async () => {
			const count = LIBRARY_PAGE_SIZE + 20;
			for (let i = 0; i < count; i++) await createElement(sim(), `Element ${i}`);
			const first = await callListSearch({ method: 'searchElements', parameters: omniParameters, credentials: credentialsFor(sim()) });
			expect(first.results).toHaveLength(LIBRARY_PAGE_SIZE);
			expect(first.results[0].name).toBe(`Element ${count - 1} (custom)`);
			expect(first.paginationToken).toBe('custom:2');
			const second = await callListSearch({ method: 'searchElements', parameters: omniParameters, credentials: credentialsFor(sim()), paginationToken: first.paginationToken });
			expect(second.results).toHaveLength(20 + PRESET_ELEMENTS.length);
			expect(second.results.at(-1)).toEqual(PRESET_ELEMENTS[2]);
			expect(second.paginationToken).toBeUndefined();
			const ids = [...first.results, ...second.results].map((r) => r.value);
			expect(new Set(ids).size).toBe(count + PRESET_ELEMENTS.length);
		});

		test('a search that matches little reads on until the lists end, in one call', async () => {
			for (let i = 0; i < LIBRARY_PAGE_SIZE + 1; i++) await createElement(sim(), `Element ${i}`);
			const result = await callListSearch({ method: 'searchElements', parameters: omniParameters, credentials: credentialsFor(sim()), filter: 'astronaut' });
			expect(result).toEqual({ results: [PRESET_ELEMENTS[0]], paginationToken: undefined });
			expect(sim().requests.filter((r) => r.method === 'GET').map((r) => `${r.path}?${r.query.pageNum}`)).toEqual([
				'/kling/v1/general/custom-elements?1',
				'/kling/v1/general/custom-elements?2',
				'/kling/v1/general/presets-elements?1',
			]);
		});

		test('with the access key and secret key credential (Authentication: Access Key), signed as in an execution', async () => {
			const jwtSim = { accessKey: 'ak-pickers', secretKey: 'sk-pickers' };
			const { startKlingSimulator } = await import('./simulator');
			const signed = await startKlingSimulator({ jwt: jwtSim });
			try {
				const result = await callListSearch({
					method: 'searchVoices',
					parameters: { authentication: 'accessKey', ...lipSyncParameters },
					credentials: { baseUrl: `${signed.baseUrl}/kling`, ...jwtSim },
				});
				expect(result.results).toEqual(PRESET_VOICES);
				expect(signed.requests.every((r) => r.authorized)).toBe(true);
			} finally {
				await signed.close();
			}
		});
	});

	describe('a list that cannot be loaded says why (the editor shows the error in the list)', () => {
		test('a refused API key: HTTP 401, what to do in the description', async () => {
			const call = callListSearch({ method: 'searchElements', parameters: omniParameters, credentials: { baseUrl: `${sim().baseUrl}/kling`, apiKey: 'wrong-key' } });
			await expect(call).rejects.toMatchObject({
				name: 'NodeApiError',
				httpCode: '401',
				message: 'Could not load the elements: the API key was refused',
				description: 'Correct the key in the Kling credential; its Base URL must belong to the same provider. The host said: Authentication failed: the API key is invalid',
			});
			const error = (await call.catch((e: Error) => e)) as Error;
			// The editor cuts messages at dashes and drops parts that say "check credentials".
			expect(error.message).not.toMatch(/[-–—]|check\s+(your\s+)?credentials?/i);
			expect(JSON.stringify(error)).not.toContain('wrong-key');
		});

		test('refused access key and secret key', async () => {
			const call = callListSearch({
				method: 'searchVoices',
				parameters: { authentication: 'accessKey', ...lipSyncParameters },
				credentials: { baseUrl: `${sim().baseUrl}/kling`, accessKey: 'ak', secretKey: 'sk' },
			});
			await expect(call).rejects.toMatchObject({ httpCode: '401', message: 'Could not load the voices: the access key and secret key were refused' });
		});

		test('a host without the lists (an aggregator: plain-text 404): By ID still works', async () => {
			const call = callListSearch({ method: 'searchVoices', parameters: lipSyncParameters, credentials: credentialsFor(sim(), '/newapi') });
			await expect(call).rejects.toMatchObject({
				httpCode: '404',
				message: 'Could not load the voices: this host has no voices list',
				description: "Kling's official API lists them; many aggregators do not. Choose By ID and enter the ID, or use an expression. The host said: 404 page not found",
			});
			// Not retried: a 404 will not change.
			expect(sim().requests).toHaveLength(1);
		});

		test('a key without permission (HTTP 403, code 1103) is not called refused: the host\'s words, and its hint', async () => {
			sim().inject({ on: 'call', status: 403, code: 1103, message: 'no permission for this API' });
			const call = callListSearch({ method: 'searchVoices', parameters: lipSyncParameters, credentials: credentialsFor(sim()) });
			await expect(call).rejects.toMatchObject({
				httpCode: '403',
				message: 'Could not load the voices: Kling API error 1103 on the custom voice list (HTTP 403): no permission for this API',
				description: expect.stringContaining('The key has no permission for this API or model.'),
			});
		});

		test('any other failure keeps the host\'s words', async () => {
			sim().inject({ on: 'call', status: 400, code: 1201, message: 'pageSize too large' });
			const call = callListSearch({ method: 'searchElements', parameters: omniParameters, credentials: credentialsFor(sim()) });
			await expect(call).rejects.toMatchObject({
				httpCode: '400',
				message: expect.stringMatching(/^Could not load the elements: Kling API error 1201 on the custom element list \(HTTP 400\): pageSize too large/),
			});
		});
	});

	describe('the chosen ID reaches the request: from a locator (From List, By ID, an expression) or plain text (older workflows)', () => {
		const run = (parameters: INodeParameters, json: Record<string, string> = {}) =>
			runKling({ credentials: credentialsFor(sim()), items: [{ json }], parameters: { waitForCompletion: false, ...parameters } });
		const listed = (value: string) => ({ __rl: true, mode: 'list', value, cachedResultName: 'Sim Astronaut (Kling preset)' });
		const byId = (value: string) => ({ __rl: true, mode: 'id', value });

		test('Omni-Video → Elements', async () => {
			const elements = [listed('900000000000000001'), byId(' 900000000000000002 '), byId('={{ $json.element }}'), '900000000000000003'];
			const result = await run(
				{ ...omniParameters, additionalFields: { elements: { element: elements.map((elementId) => ({ elementId })) } } },
				{ element: '835266081714884677' },
			);
			expect(result.error).toBeUndefined();
			expect(submittedBodies(sim())[0]).toMatchObject({
				element_list: [
					{ element_id: '900000000000000001' },
					{ element_id: '900000000000000002' },
					{ element_id: '835266081714884677' },
					{ element_id: '900000000000000003' },
				],
			});
		});

		test('an element entry added but left unpicked is not sent', async () => {
			const result = await run({ ...omniParameters, additionalFields: { elements: { element: [{ elementId: { mode: 'list', value: '' } }, { elementId: listed('900000000000000001') }] } } });
			expect(result.error).toBeUndefined();
			expect(submittedBodies(sim())[0]).toMatchObject({ element_list: [{ element_id: '900000000000000001' }] });
		});

		test('Image to Video → Voices', async () => {
			const result = await run({
				resource: 'video',
				operation: 'imageToVideo',
				model: 'kling-v2-6',
				image: 'https://example.com/portrait.jpg',
				prompt: 'The portrait speaks',
				additionalFields: { sound: true, voices: { voice: [{ voiceId: listed('sim_voice_warm_en') }, { voiceId: 'oversea_male1' }] } },
			});
			expect(result.error).toBeUndefined();
			expect(submittedBodies(sim())[0]).toMatchObject({ voice_list: [{ voice_id: 'sim_voice_warm_en' }, { voice_id: 'oversea_male1' }] });
		});

		test.each([
			['From List', listed('sim_voice_calm_zh'), {}, 'sim_voice_calm_zh'],
			['By ID', byId('uk_boy1'), {}, 'uk_boy1'],
			['an expression By ID', byId('={{ $json.voice }}'), { voice: 'genshin_vindi2' }, 'genshin_vindi2'],
			['plain text', 'oversea_male1', {}, 'oversea_male1'],
			['a plain expression', '={{ $json.voice }}', { voice: 'ai_shatang' }, 'ai_shatang'],
		])('Lip-Sync → Voice ID, %s', async (_how, lipSyncVoiceId, json, sent) => {
			const result = await run({ ...lipSyncParameters, lipSyncVoiceId }, json);
			expect(result.error).toBeUndefined();
			expect(submittedBodies(sim())[0]).toMatchObject({ input: { mode: 'text2video', voice_id: sent } });
		});

		test('Lip-Sync with nothing picked: n8n refuses to run the node (a required locator), nothing is sent', async () => {
			await expect(run({ ...lipSyncParameters, lipSyncVoiceId: { __rl: true, mode: 'list', value: '' } })).rejects.toThrow(/Parameter "Voice ID" is required/);
			expect(submittedBodies(sim())).toEqual([]);
		});
	});
});
