import { readTask, taskToJson } from '../nodes/Kling/transport/taskShape';
import { runKling } from './harness/runKling';
import { credentialsFor, textToVideo, useSimulator } from './harness/simulatorSuite';

describe('what a task cost', () => {
	const sim = useSimulator();

	test('a finished task carries the units Kling reports (final_unit_deduction)', async () => {
		const result = await runKling({
			credentials: credentialsFor(sim()),
			parameters: textToVideo({ prompt: 'A fox in the snow', duration: '10', waitOptions: { pollIntervalSeconds: 1 }, downloadVideo: false }),
		});
		expect(result.error).toBeUndefined();
		// The simulator charges one unit per 5 seconds of video.
		expect(result.items[0].json).toMatchObject({ status: 'succeed', cost: { units: 2 } });
	});

	test('a task not yet final reports no cost', async () => {
		const result = await runKling({
			credentials: credentialsFor(sim()),
			parameters: textToVideo({ prompt: 'A fox in the snow', waitForCompletion: false }),
		});
		expect(result.items[0].json.status).toBe('submitted');
		expect(result.items[0].json).not.toHaveProperty('cost');
	});

	test('a cash balance deduction and the model-in-path API billing[] are read too', () => {
		const cash = readTask({
			code: 0,
			data: { task_id: 't1', task_status: 'succeed', final_unit_deduction: '0', final_balance_deduction: { quota: '0.56', list_price: '0.70' } },
		});
		expect(taskToJson(cash!).cost).toEqual({ units: 0, cash: 0.56, listPrice: 0.7 });
		const billed = readTask({
			code: 0,
			data: {
				id: 't2',
				status: 'succeeded',
				billing: [
					{ charge_type: 'cash', cash_type: 'balance', amount: '1.20', currency: 'USD', package_type: 'video', list_price: '1.50' },
					{ charge_type: 'unit', amount: '3', package_type: 'video' },
				],
			},
		});
		expect(billed!.status).toBe('succeed');
		expect(taskToJson(billed!).cost).toEqual({ units: 3, cash: 1.2, listPrice: 1.5, currency: 'USD' });
	});
});
