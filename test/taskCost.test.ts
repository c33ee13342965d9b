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

	test('Task → Get and Get Many carry the cost of the tasks they read', async () => {
		const made = await runKling({
			credentials: credentialsFor(sim()),
			parameters: textToVideo({ prompt: 'A fox in the snow', duration: '10', downloadVideo: false }),
		});
		const taskId = String(made.items[0].json.taskId);
		const read = await runKling({
			credentials: credentialsFor(sim()),
			parameters: { resource: 'task', operation: 'get', taskKind: 'text2video', taskId, downloadVideo: false },
		});
		expect(read.items[0].json).toMatchObject({ taskId, status: 'succeed', cost: { units: 2 } });
		// Task → Get knows no body: no estimate.
		expect(read.items[0].json).not.toHaveProperty('estimatedUnits');
		const listed = await runKling({ credentials: credentialsFor(sim()), parameters: { resource: 'task', operation: 'list', taskKind: 'text2video' } });
		expect(listed.items.find((item) => item.json.taskId === taskId)?.json.cost).toEqual({ units: 2 });
	});

	test('each image of an image task carries the task\'s cost and estimate', async () => {
		const result = await runKling({
			credentials: credentialsFor(sim()),
			parameters: { resource: 'image', operation: 'generate', model: 'kling-v2-1', prompt: 'A lighthouse', numberOfImages: 2, downloadVideo: false, waitOptions: { pollIntervalSeconds: 1 } },
		});
		expect(result.error).toBeUndefined();
		// Kling Image 2.1 text to image: 4 image units an image, 2 images.
		expect(result.items.map((item) => [item.json.imageIndex, item.json.cost, item.json.estimatedUnits])).toEqual([
			[0, { units: 1 }, 8],
			[1, { units: 1 }, 8],
		]);
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
