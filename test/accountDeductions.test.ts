import type { IDataObject, INodeParameters } from 'n8n-workflow';

import { runKling } from './harness/runKling';
import { credentialsFor, useSimulator } from './harness/simulatorSuite';

const DAY = 86_400_000;
const ISO = expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);

const units = (overrides: INodeParameters = {}): INodeParameters => ({ resource: 'account', operation: 'getUnitDeductions', ...overrides });
const cash = (overrides: INodeParameters = {}): INodeParameters => ({ resource: 'account', operation: 'getBalanceDeductions', ...overrides });

/*
 * The simulator's records (test/simulator/families/account.js): 1200 unit deductions in the last
 * 25 days (every fourth an image task, every third key "staging"), one 40 days ago; five cash
 * deductions in the last 30 days, one 45 days ago.
 */
describe('Account → Get Unit Deductions, Get Balance Deductions', () => {
	const sim = useSimulator();
	const run = (parameters: INodeParameters, prefix = '/kling') => runKling({ credentials: credentialsFor(sim(), prefix), parameters });
	const calls = () => sim().requests.filter((r) => r.path.includes('/account/billing/'));

	test('Get Unit Deductions: POST /account/billing/package for the last 30 days, Limit 50 by default, one item per deduction, newest first', async () => {
		const before = Date.now();
		const result = await run(units());
		expect(result.error).toBeUndefined();
		expect(calls()).toHaveLength(1);
		const [call] = calls();
		expect(`${call.method} ${call.path}`).toBe('POST /kling/account/billing/package');
		expect(Object.keys(call.body as IDataObject).sort()).toEqual(['end_time', 'limit', 'start_time']);
		const body = call.body as { start_time: number; end_time: number; limit: number };
		expect(body.limit).toBe(50);
		expect(body.end_time).toBeGreaterThanOrEqual(before);
		expect(body.end_time - body.start_time).toBe(30 * DAY);

		expect(result.items).toHaveLength(50);
		expect(result.items[0].json).toEqual({
			packageId: 'sim-pack-video-1000',
			productType: 'video',
			taskId: 'sim-deduction-task-1',
			apiKeyName: 'production',
			productFunction: 'Text to Video',
			modelName: 'kling-v2-6',
			resolution: '1080p',
			duration: 5.04,
			referVideoInput: false,
			videoSound: 'off',
			voiceControl: false,
			deductionTime: ISO,
			deductionAmount: 2.5,
			unitBeforeDeduction: 643,
			unitAfterDeduction: 640.5,
		});
		expect(result.items[3].json).toMatchObject({ productType: 'image', modelName: 'kling-v3', deductionAmount: 8 });
		expect(result.items[3].json).not.toHaveProperty('duration');
		const times = result.items.map((item) => Date.parse(String(item.json.deductionTime)));
		expect([...times].sort((a, b) => b - a)).toEqual(times);
		expect(result.items.every((item) => JSON.stringify(item.pairedItem) === '{"item":0}')).toBe(true);
	});

	test('Return All follows the cursor to the last page (500 a page); later pages send the cursor alone', async () => {
		const result = await run(units({ returnAll: true }));
		expect(result.error).toBeUndefined();
		expect(result.items).toHaveLength(1200);
		const bodies = calls().map((call) => call.body as IDataObject);
		expect(bodies).toHaveLength(3);
		expect(bodies[0]).toMatchObject({ limit: 500 });
		for (const body of bodies.slice(1)) expect(Object.keys(body)).toEqual(['cursor']);
		expect(new Set(result.items.map((item) => item.json.taskId)).size).toBe(1200);
	});

	test('a Limit above one page reads the pages it needs, and no more', async () => {
		const result = await run(units({ limit: 700 }));
		expect(result.error).toBeUndefined();
		expect(result.items).toHaveLength(700);
		expect(calls()).toHaveLength(2);
		expect(result.items[699].json.taskId).toBe('sim-deduction-task-700');
	});

	test('Start and End set the period; the filters go as Kling\'s [{key, values}] list', async () => {
		const result = await run(
			units({
				deductionsStart: new Date(Date.now() - 60 * DAY).toISOString(),
				returnAll: true,
				deductionFilters: { keyNames: 'production, ', productTypes: ['image'], packageNames: 'Image Pack 5000' },
			}),
		);
		expect(result.error).toBeUndefined();
		const [call] = calls();
		expect((call.body as IDataObject).filters).toEqual([
			{ key: 'api_key_name', values: ['production'] },
			{ key: 'package_name', values: ['Image Pack 5000'] },
			{ key: 'product_type', values: ['image'] },
		]);
		expect(result.items.length).toBeGreaterThan(0);
		expect(result.items.every((item) => item.json.productType === 'image' && item.json.apiKeyName === 'production')).toBe(true);
		// i = 3, 7, 11, … of 1200 with i % 3 !== 2: 200 of the 300 image tasks.
		expect(result.items).toHaveLength(200);
	});

	test('Get Balance Deductions: POST /account/billing/balance, the cash rows with list prices; an older period reaches the older one', async () => {
		const result = await run(cash({ returnAll: true }));
		expect(result.error).toBeUndefined();
		expect(calls().map((call) => call.path)).toEqual(['/kling/account/billing/balance']);
		expect(result.items).toHaveLength(5);
		expect(result.items[1].json).toEqual({
			taskId: 'sim-cash-task-2',
			apiKeyName: 'production',
			productFunction: 'Image to Video',
			modelName: 'kling-v3',
			resolution: '1080p',
			duration: 5,
			referVideoInput: false,
			videoSound: 'native',
			voiceControl: false,
			deductionTime: ISO,
			cashType: 'test_balance',
			deductionAmount: 0.7,
			listPrice: 0.84,
			currency: 'USD',
			balanceBeforeDeduction: 97.6,
			balanceAfterDeduction: 96.9,
		});
		sim().reset();
		const older = await run(cash({ returnAll: true, deductionsStart: Date.now() - 60 * DAY, deductionFilters: { keyNames: 'production' } }));
		expect(older.items.map((item) => item.json.taskId)).toEqual(['sim-cash-task-1', 'sim-cash-task-2', 'sim-cash-task-4', 'sim-cash-task-5', 'sim-cash-task-6']);
	});

	test('Simplify Output off adds each deduction as Kling wrote it', async () => {
		const result = await run(cash({ limit: 1, simplify: false }));
		expect(result.items[0].json.raw).toMatchObject({ task_id: 'sim-cash-task-1', deduction_time: expect.stringMatching(/^\d{13}$/) });
	});

	test('refused before anything is sent: Start after End, Limit 0, pack names with pack IDs', async () => {
		const cases: Array<[INodeParameters, string]> = [
			[units({ deductionsStart: '2026-05-02T00:00:00Z', deductionsEnd: '2026-05-01T00:00:00Z' }), 'Invalid input. Start: must be before End'],
			[cash({ limit: 0 }), 'Invalid input. Limit: must be a whole number of at least 1'],
			[units({ deductionFilters: { packageNames: 'A', packageIds: '1' } }), 'Invalid input. Resource Pack Names: not together with Resource Pack IDs'],
		];
		for (const [parameters, message] of cases) {
			const result = await run(parameters);
			expect(result.error?.message).toContain(message);
		}
		expect(sim().requests).toHaveLength(0);
	});

	test('a host without the routes says so (an aggregator\'s 404 with code 1203, a gateway\'s plain-text 404)', async () => {
		for (const prefix of ['/flat', '/newapi']) {
			const unitResult = await run(units(), prefix);
			expect(unitResult.error?.message).toBe(
				`This host does not offer Kling's unit deductions (resource packs) (POST /account/billing/package answered "not found")`,
			);
			expect(unitResult.error?.description).toContain(`${sim().baseUrl}${prefix} has no POST /account/billing/package`);
			const cashResult = await run(cash(), prefix);
			expect(cashResult.error?.message).toBe(`This host does not offer Kling's balance deductions (cash) (POST /account/billing/balance answered "not found")`);
		}
	});

	test('a lost answer is sent again (the list is a read), and the items come out once', async () => {
		sim().inject({ on: 'call', times: 1, status: 503 });
		const result = await run(units({ limit: 3 }));
		expect(result.error).toBeUndefined();
		expect(calls()).toHaveLength(2);
		expect(result.items.map((item) => item.json.taskId)).toEqual(['sim-deduction-task-1', 'sim-deduction-task-2', 'sim-deduction-task-3']);
	});
});
