import type { INodeParameters } from 'n8n-workflow';
import { NodeHelpers } from 'n8n-workflow';

import { Kling } from '../nodes/Kling/Kling.node';

import { instantOf } from '../nodes/Kling/validation/timeRange';
import { innerFailureOf, packSummary } from '../nodes/Kling/transport/resourcePacks';
import { runKling } from './harness/runKling';
import { credentialsFor, useSimulator } from './harness/simulatorSuite';

const DAY = 86_400_000;
const ISO = expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);

const getCosts = (overrides: INodeParameters = {}): INodeParameters => ({ resource: 'account', operation: 'getCosts', ...overrides });

/** The packs the simulator lists for the last 30 days (test/simulator/families/account.js), as the node outputs them. */
const PACK_KEYS = ['name', 'id', 'type', 'totalQuantity', 'remainingQuantity', 'status', 'purchaseTime', 'effectiveTime', 'invalidTime'];

describe('Account → Get Costs', () => {
	const sim = useSimulator();
	const run = (parameters: INodeParameters = {}, prefix = '/kling') => runKling({ credentials: credentialsFor(sim(), prefix), parameters: getCosts(parameters) });
	const accountCalls = () => sim().requests.filter((r) => r.path.endsWith('/account/costs'));

	test('defaults: the last 30 days (start_time, end_time in Unix ms), one summary item: the units left in the packs in use', async () => {
		const before = Date.now();
		const result = await run();
		const after = Date.now();
		expect(result.error).toBeUndefined();

		expect(sim().requests).toHaveLength(1);
		const [call] = sim().requests;
		expect(`${call.method} ${call.path}`).toBe('GET /kling/account/costs');
		expect(call.authorized).toBe(true);
		expect(Object.keys(call.query).sort()).toEqual(['end_time', 'start_time']);
		const start = Number(call.query.start_time);
		const end = Number(call.query.end_time);
		expect(call.query.end_time).toMatch(/^\d{13}$/);
		expect(end).toBeGreaterThanOrEqual(before);
		expect(end).toBeLessThanOrEqual(after);
		expect(end - start).toBe(30 * DAY);

		expect(result.items).toHaveLength(1);
		const { json } = result.items[0];
		expect(json).toEqual({
			remainingQuantity: 760.5,
			totalQuantity: 1300,
			onlinePackCount: 2,
			packCount: 4,
			remainingByPack: { 'Video Generation 1000': 640.5, 'Monthly Constant 300': 120 },
			nextExpiry: { name: 'Monthly Constant 300', id: 'sim-pack-monthly-300', remainingQuantity: 120, invalidTime: ISO },
			packs: expect.any(Array),
			startTime: new Date(start).toISOString(),
			endTime: new Date(end).toISOString(),
		});
		const packs = json.packs as Array<Record<string, unknown>>;
		expect(packs.map((p) => [p.name, p.status])).toEqual([
			['Video Generation 1000', 'online'],
			['Monthly Constant 300', 'online'],
			['Trial 200', 'runOut'],
			['Video Generation 500', 'toBeOnline'],
		]);
		expect(packs[0]).toEqual({
			name: 'Video Generation 1000',
			id: 'sim-pack-video-1000',
			type: 'decreasing_total',
			totalQuantity: 1000,
			remainingQuantity: 640.5,
			status: 'online',
			purchaseTime: ISO,
			effectiveTime: ISO,
			invalidTime: ISO,
		});
		// The next to expire is the online pack whose invalid_time comes first (the simulator's: 20 days from now).
		expect(Date.parse(String((json.nextExpiry as { invalidTime: string }).invalidTime)) - before).toBeGreaterThan(19 * DAY);
		expect(result.items[0].pairedItem).toEqual({ item: 0 });
	});

	test('Output → One Item per Resource Pack: each pack in camelCase with ISO times; Simplify off adds the pack as Kling wrote it', async () => {
		const result = await run({ costsOutput: 'packs' });
		expect(result.error).toBeUndefined();
		expect(result.items).toHaveLength(4);
		for (const item of result.items) {
			expect(Object.keys(item.json)).toEqual(PACK_KEYS);
			expect(item.json.purchaseTime).toEqual(ISO);
			expect(item.pairedItem).toEqual({ item: 0 });
		}
		expect(result.items.map((item) => item.json.type)).toEqual(['decreasing_total', 'constant_period', 'decreasing_total', 'decreasing_total']);

		const raw = await run({ costsOutput: 'packs', simplify: false });
		expect(raw.items[1].json.raw).toMatchObject({ resource_pack_id: 'sim-pack-monthly-300', resource_pack_type: 'constant_period', remaining_quantity: 120 });
		const summary = await run({ simplify: false });
		expect(summary.items[0].json.raw).toMatchObject({ code: 0, data: { resource_pack_subscribe_infos: expect.any(Array) } });
	});

	test('Start and End: ISO dates, Unix times (ms or seconds), a Luxon date from an expression; an empty one is 30 days before End / now', async () => {
		await run({ costsStart: '2026-01-01T00:00:00Z', costsEnd: '2026-03-01T12:30:00Z' });
		expect(accountCalls()[0].query).toEqual({ start_time: String(Date.parse('2026-01-01T00:00:00Z')), end_time: String(Date.parse('2026-03-01T12:30:00Z')) });

		sim().reset();
		await run({ costsEnd: '2026-03-01T00:00:00Z' });
		expect(accountCalls()[0].query).toEqual({ start_time: String(Date.parse('2026-03-01T00:00:00Z') - 30 * DAY), end_time: String(Date.parse('2026-03-01T00:00:00Z')) });

		sim().reset();
		const before = Date.now();
		await run({ costsStart: 1_767_225_600 /* 2026-01-01 in seconds */ });
		const [{ query }] = accountCalls();
		expect(query.start_time).toBe('1767225600000');
		expect(Number(query.end_time)).toBeGreaterThanOrEqual(before);

		sim().reset();
		await run({ costsStart: '={{ $now.minus({ days: 7 }) }}', costsEnd: '={{ $now }}' });
		const luxon = accountCalls()[0].query;
		// ($now is read once per expression: the two may be a few ms apart.)
		expect(Math.abs(Number(luxon.end_time) - Number(luxon.start_time) - 7 * DAY)).toBeLessThan(1000);
	});

	test('Resource Pack Name is sent as resource_pack_name: only that pack', async () => {
		const result = await run({ resourcePackName: '  Monthly Constant 300 ', costsOutput: 'packs' });
		expect(accountCalls()[0].query.resource_pack_name).toBe('Monthly Constant 300');
		expect(result.items.map((item) => item.json.id)).toEqual(['sim-pack-monthly-300']);
		const summary = await run({ resourcePackName: 'Monthly Constant 300' });
		expect(summary.items[0].json).toMatchObject({ remainingQuantity: 120, resourcePackName: 'Monthly Constant 300', packCount: 1 });
	});

	test('no pack: a summary of zeros, or no items', async () => {
		const summary = await run({ resourcePackName: 'No Such Pack' });
		expect(summary.items[0].json).toMatchObject({ remainingQuantity: 0, totalQuantity: 0, onlinePackCount: 0, packCount: 0, packs: [] });
		expect(summary.items[0].json).not.toHaveProperty('nextExpiry');
		const packs = await run({ resourcePackName: 'No Such Pack', costsOutput: 'packs' });
		expect(packs.error).toBeUndefined();
		expect(packs.items).toEqual([]);
	});

	test.each([
		['Start after End', { costsStart: '2026-03-01T00:00:00Z', costsEnd: '2026-02-01T00:00:00Z' }, /^Invalid input\. Start: must be before End \(Start 2026-03-01T00:00:00\.000Z, End 2026-02-01T00:00:00\.000Z\)$/],
		['Start equal to End', { costsStart: '2026-03-01T00:00:00Z', costsEnd: '2026-03-01T00:00:00Z' }, /^Invalid input\. Start: must be before End/],
		['an End from an expression before Start', { costsStart: '2026-03-01T00:00:00Z', costsEnd: '={{ "2026-02-15T00:00:00Z" }}' }, /Start: must be before End/],
		['a Start that is no date', { costsStart: '={{ "next tuesday" }}' }, /^Invalid input\. Start: is not a date \(got "next tuesday"\)$/],
		['an End that is no date', { costsEnd: '={{ "2026-13-45" }}' }, /^Invalid input\. End: is not a date/],
		['an End beyond any date', { costsEnd: '={{ 1e300 }}' }, /^Invalid input\. End: is not a date/],
	])('%s: refused before any request, naming the field', async (_name, fields, message) => {
		const result = await run(fields);
		expect(result.error?.message).toMatch(message);
		expect(result.error?.description).toContain('Nothing was sent to Kling');
		expect(sim().requests).toHaveLength(0);
	});

	test('a bad item stops the run before any item is sent; with Continue On Fail it is an error item and the others run', async () => {
		const items = [{ json: { from: '2026-01-01T00:00:00Z' } }, { json: { from: 'soon' } }];
		const parameters = getCosts({ costsStart: '={{ $json.from }}', costsEnd: '2026-02-01T00:00:00Z' });
		const stopped = await runKling({ credentials: credentialsFor(sim()), items, parameters });
		expect(stopped.error?.message).toMatch(/Start: is not a date \(got "soon"\)/);
		expect(sim().requests).toHaveLength(0);

		const continued = await runKling({ credentials: credentialsFor(sim()), items, parameters, continueOnFail: true });
		expect(continued.error).toBeUndefined();
		expect(continued.items).toHaveLength(2);
		expect(continued.items[0].json).toMatchObject({ remainingQuantity: expect.any(Number), startTime: '2026-01-01T00:00:00.000Z' });
		expect(continued.items[1].json.error).toMatch(/Start: is not a date/);
		expect(continued.items.map((item) => item.pairedItem)).toEqual([{ item: 0 }, { item: 1 }]);
		expect(sim().requests).toHaveLength(1);
	});

	test('several items: one call each, at most one a second (the documented QPS ≤ 1)', async () => {
		const result = await runKling({ credentials: credentialsFor(sim()), items: [{ json: {} }, { json: {} }, { json: {} }], parameters: getCosts() });
		expect(result.error).toBeUndefined();
		expect(result.items).toHaveLength(3);
		const times = accountCalls().map((r) => r.at);
		expect(times).toHaveLength(3);
		expect(times[1] - times[0]).toBeGreaterThanOrEqual(990);
		expect(times[2] - times[1]).toBeGreaterThanOrEqual(990);
	});

	test('works at the host root (the official hosts: Base URL without a prefix)', async () => {
		const result = await run({}, '');
		expect(result.error).toBeUndefined();
		expect(sim().requests[0].path).toBe('/account/costs');
		expect(result.items[0].json.remainingQuantity).toBe(760.5);
	});

	test.each([
		['a new-api gateway (plain-text 404 from its router)', '/newapi'],
		['an aggregator that answers 404 with code 1203', '/flat'],
	])('%s: an error that says the host has no account endpoint, without the key', async (_name, prefix) => {
		const result = await run({}, prefix);
		expect(result.error?.message).toBe('This host does not offer Kling\'s account endpoint (resource packs) (GET /account/costs answered "not found")');
		expect(result.error?.description).toContain(`${sim().baseUrl}${prefix} has no GET /account/costs.`);
		expect(result.error?.description).toContain("official API");
		expect(result.error?.description).toMatch(/The host said: .*404/);
		expect(JSON.stringify(result.run.data.resultData)).not.toContain(sim().apiKey);
		expect(sim().requests).toHaveLength(1);

		const continued = await runKling({ credentials: credentialsFor(sim(), prefix), parameters: getCosts(), continueOnFail: true });
		expect(continued.items[0].json.error).toMatch(/does not offer Kling's account endpoint/);
	});

	test('a Kling "not found" (404, code 1203) for a Resource Pack Name may mean either', async () => {
		sim().inject({ on: 'call', status: 404, code: 1203, message: 'resource pack not found' });
		const result = await run({ resourcePackName: 'Gold' });
		expect(result.error?.message).toBe(
			'This host does not offer Kling\'s account endpoint (resource packs), or it has no resource pack named "Gold" (GET /account/costs answered "not found")',
		);
		expect(result.error?.description).toContain('resource pack not found');
	});

	test("other refusals keep the host's words: a bad key, throttling retried", async () => {
		const bad = await runKling({ credentials: { baseUrl: `${sim().baseUrl}/kling`, apiKey: 'wrong-key' }, parameters: getCosts() });
		expect(bad.error?.message).toMatch(/^Kling API error 1001 on the account query \(HTTP 401\)/);
		expect(JSON.stringify(bad.run.data.resultData)).not.toContain('wrong-key');

		sim().reset();
		sim().inject({ on: 'call', status: 429, retryAfterSeconds: 1 });
		const throttled = await run();
		expect(throttled.error).toBeUndefined();
		expect(accountCalls()).toHaveLength(2);
		expect(throttled.items[0].json.remainingQuantity).toBe(760.5);
	});

	test('an answer without a pack list is an error, not zero units left', async () => {
		sim().inject({ on: 'call', status: 200, code: 0, message: 'ok' });
		const result = await run();
		expect(result.error?.message).toBe("The host's answer to the account query lists no resource packs (no resource_pack_subscribe_infos)");
	});
});

describe('the Get Costs panel', () => {
	test('Resource → Account offers Get Costs (the default); the panel shows the period, the pack name and the output, no waiting', () => {
		const { properties } = new Kling().description;
		const resources = (properties.find((p) => p.name === 'resource')!.options as Array<{ value: string }>).map((o) => o.value);
		expect(resources).toContain('account');
		const parameters = { resource: 'account', operation: 'getCosts' };
		const shown = properties
			.filter((p) => NodeHelpers.displayParameter(parameters, p, null, new Kling().description))
			.map((p) => p.displayName);
		expect(shown).toEqual(['Authentication', 'Resource', 'Operation', 'Start', 'End', 'Resource Pack Name', 'Output', 'Simplify Output']);
		const operation = properties.find((p) => p.name === 'operation' && p.displayOptions?.show?.resource?.includes('account'))!;
		expect(operation.default).toBe('getCosts');
	});
});

describe('resource packs and times, read', () => {
	test('a failure reported inside data (data.code, data.msg)', () => {
		expect(innerFailureOf({ code: 0, data: { code: 0, msg: 'success' } })).toBeUndefined();
		expect(innerFailureOf({ code: 0, data: { code: 5001, msg: 'busy' } })).toEqual({ code: '5001', message: 'busy' });
	});

	test('the summary counts online packs only, per name too, without float noise', () => {
		const summary = packSummary([
			{ name: 'A', status: 'online', remainingQuantity: 0.1, totalQuantity: 1, invalidTime: '2027-01-01T00:00:00.000Z' },
			{ name: 'A', status: 'online', remainingQuantity: 0.2, totalQuantity: 1, invalidTime: '2026-06-01T00:00:00.000Z' },
			{ name: 'B', status: 'expired', remainingQuantity: 50, totalQuantity: 100 },
		]);
		expect(summary).toMatchObject({ remainingQuantity: 0.3, totalQuantity: 2, onlinePackCount: 2, packCount: 3, remainingByPack: { A: 0.3 } });
		expect(summary.nextExpiry).toMatchObject({ invalidTime: '2026-06-01T00:00:00.000Z' });
	});

	test('instants: empty, ISO, digits, seconds, a Date', () => {
		expect(instantOf('')).toEqual({ empty: true });
		expect(instantOf('  ')).toEqual({ empty: true });
		expect(instantOf('2026-01-01T00:00:00Z')).toEqual({ ms: Date.parse('2026-01-01T00:00:00Z') });
		expect(instantOf('1767225600000')).toEqual({ ms: 1767225600000 });
		expect(instantOf(1767225600)).toEqual({ ms: 1767225600000 });
		expect(instantOf(new Date(5000))).toEqual({ ms: 5000 });
		expect(instantOf('soon')).toEqual({ invalid: true });
		expect(instantOf(true)).toEqual({ invalid: true });
	});
});
