import type { IDataObject, INodeParameters } from 'n8n-workflow';

import { Kling } from '../nodes/Kling/Kling.node';
import { runKling } from './harness/runKling';
import { credentialsFor, textToVideo, useSimulator } from './harness/simulatorSuite';
import type { KlingSimulator } from './simulator';

const DAY = 86_400_000;
const PAGE = 5;

const list = (overrides: INodeParameters = {}): INodeParameters => ({ resource: 'task', operation: 'list', listApi: 'newApi', ...overrides });
const listCalls = (sim: KlingSimulator) => sim.requests.filter((r) => r.method === 'POST' && r.path === '/kling/tasks');
const sleep = async (ms: number) => await new Promise((resolve) => setTimeout(resolve, ms));

/*
 * Task → Get Many with API → Kling's New API lists every task made on the new API at POST /tasks
 * (a cursor list). The simulator serves at most PAGE tasks a page here (newApiPageMax), so a few
 * tasks make several pages.
 */
describe("Task → Get Many on Kling's new API", () => {
	const sim = useSimulator({ taskDurationMs: 400, newApiPageMax: PAGE });
	const creds = () => credentialsFor(sim());

	/** n Kling 3.0 Turbo tasks made by the node, one run; their task ids, oldest first. */
	async function makeTasks(n: number, prompt = 'Scene'): Promise<string[]> {
		const items = Array.from({ length: n }, (_, i) => ({ json: { p: `${prompt} ${i + 1}` } }));
		const result = await runKling({
			credentials: creds(),
			items,
			parameters: textToVideo({ model: 'kling-3.0-turbo', prompt: '={{ $json.p }}', waitForCompletion: false, waitOptions: { maxConcurrentTasks: n } }),
		});
		expect(result.error).toBeUndefined();
		return result.items.map((item) => String(item.json.taskId));
	}

	/** The ids the simulator holds, newest first (as the new API lists them). */
	const newestFirst = () =>
		[...sim().tasks.values()]
			.map((task, order) => ({ task, order }))
			.filter(({ task }) => task.endpoint.startsWith('new:'))
			.sort((a, b) => b.task.created_at - a.task.created_at || b.order - a.order)
			.map(({ task }) => task.task_id);

	test('Return All follows the cursor over every page: one item per task, newest first, as Task → Get outputs it', async () => {
		const made = await makeTasks(12);
		// A legacy task is not on the new API's list.
		expect((await runKling({ credentials: creds(), parameters: textToVideo({ waitForCompletion: false }) })).error).toBeUndefined();
		await sleep(600);
		sim().requests.length = 0;
		const before = Date.now();

		const result = await runKling({ credentials: creds(), parameters: list({ returnAll: true }) });
		expect(result.error).toBeUndefined();
		expect(result.items.map((item) => item.json.taskId)).toEqual(newestFirst());
		expect(new Set(result.items.map((item) => item.json.taskId))).toEqual(new Set(made));
		expect(result.items.every((item) => JSON.stringify(item.pairedItem) === '{"item":0}')).toBe(true);

		// Three pages of at most 5: the period on the first, the cursor on the next ones.
		const bodies = listCalls(sim()).map((call) => call.body as IDataObject);
		expect(bodies).toHaveLength(3);
		expect(Object.keys(bodies[0]).sort()).toEqual(['end_time', 'limit', 'start_time']);
		expect(bodies[0].limit).toBe(500);
		expect(Number(bodies[0].end_time)).toBeGreaterThanOrEqual(before);
		expect(Number(bodies[0].end_time) - Number(bodies[0].start_time)).toBe(30 * DAY);
		for (const body of bodies.slice(1)) expect(body).toEqual({ cursor: expect.any(String), limit: 500 });
		expect(sim().requests.some((r) => r.path.startsWith('/kling/v1/'))).toBe(false);

		// The same item Task → Get gives for the task.
		const [first] = result.items;
		expect(first.json).toMatchObject({ status: 'succeed', videoUrl: expect.any(String), videoDuration: '5', cost: { units: 1 }, externalTaskId: expect.any(String) });
		const got = await runKling({
			credentials: creds(),
			parameters: { resource: 'task', operation: 'get', taskKind: 'text2video', taskId: String(first.json.taskId), waitForCompletion: false },
		});
		expect(got.items[0].json).toEqual(first.json);
	});

	test('Limit: as many tasks as asked, the next page asked for what is missing', async () => {
		await makeTasks(9);
		sim().requests.length = 0;
		const result = await runKling({ credentials: creds(), parameters: list({ limit: 7 }) });
		expect(result.error).toBeUndefined();
		expect(result.items.map((item) => item.json.taskId)).toEqual(newestFirst().slice(0, 7));
		expect(listCalls(sim()).map((call) => (call.body as IDataObject).limit)).toEqual([7, 2]);

		sim().requests.length = 0;
		const defaultLimit = await runKling({ credentials: creds(), parameters: list() });
		expect(defaultLimit.items).toHaveLength(9);
		expect((listCalls(sim())[0].body as IDataObject).limit).toBe(50);
	});

	test('Filters: Status and Product Types go as filters[], on every page', async () => {
		await makeTasks(6);
		sim().failNextTask('Simulated failure: content policy');
		const [failed] = await makeTasks(1, 'Doomed');
		await sleep(600);
		sim().requests.length = 0;

		const onlyFailed = await runKling({ credentials: creds(), parameters: list({ returnAll: true, taskFilters: { statuses: ['failed'] } }) });
		expect(onlyFailed.error).toBeUndefined();
		expect(onlyFailed.items.map((item) => [item.json.taskId, item.json.status, item.json.statusMessage])).toEqual([[failed, 'failed', 'Simulated failure: content policy']]);
		expect(listCalls(sim())[0].body).toMatchObject({ filters: [{ key: 'status', values: ['failed'] }] });

		sim().requests.length = 0;
		const succeeded = await runKling({ credentials: creds(), parameters: list({ returnAll: true, taskFilters: { statuses: ['succeeded', 'processing'], productTypes: ['video'] } }) });
		expect(succeeded.items).toHaveLength(6);
		expect(succeeded.items.every((item) => item.json.status === 'succeed')).toBe(true);
		const calls = listCalls(sim());
		expect(calls).toHaveLength(2);
		for (const call of calls) {
			expect((call.body as IDataObject).filters).toEqual([
				{ key: 'status', values: ['succeeded', 'processing'] },
				{ key: 'product_type', values: ['video'] },
			]);
		}

		const images = await runKling({ credentials: creds(), parameters: list({ taskFilters: { productTypes: ['image', 'try_on'] } }) });
		expect(images.error).toBeUndefined();
		expect(images.items).toHaveLength(0);
	});

	test('Start and End: the period of creation; empty Start is 30 days before End', async () => {
		const [old, recent] = await makeTasks(2);
		[...sim().tasks.values()].find((task) => task.task_id === old)!.created_at -= 40 * DAY;

		const lastMonth = await runKling({ credentials: creds(), parameters: list() });
		expect(lastMonth.items.map((item) => item.json.taskId)).toEqual([recent]);
		const sixtyDays = await runKling({ credentials: creds(), parameters: list({ tasksStart: new Date(Date.now() - 60 * DAY).toISOString() }) });
		expect(sixtyDays.items.map((item) => item.json.taskId)).toEqual([recent, old]);
		const before = await runKling({ credentials: creds(), parameters: list({ tasksStart: Date.now() - 60 * DAY, tasksEnd: Date.now() - 35 * DAY }) });
		expect(before.items.map((item) => item.json.taskId)).toEqual([old]);
	});

	test('Simplify Output off adds the task as the new API wrote it', async () => {
		await makeTasks(1);
		const result = await runKling({ credentials: creds(), parameters: list({ simplify: false }) });
		expect(result.items[0].json.raw).toMatchObject({ id: result.items[0].json.taskId, status: expect.any(String), create_time: expect.any(Number) });
	});

	test('refused before anything is sent, naming the field', async () => {
		const cases: Array<[INodeParameters, string]> = [
			[list({ tasksStart: '2026-05-02T00:00:00Z', tasksEnd: '2026-05-01T00:00:00Z' }), 'Invalid input. Start: must be before End'],
			[list({ limit: 0 }), 'Invalid input. Limit: must be a whole number of at least 1'],
			[list({ tasksStart: 'last tuesday' }), 'Invalid input. Start: is not a date (got "last tuesday")'],
			[list({ tasksEnd: 'soon' }), 'Invalid input. End: is not a date (got "soon")'],
			[list({ taskFilters: { statuses: 'succeeded, done' } }), 'Invalid input. Status: "done" is not one of submitted, processing, succeeded, failed'],
			[list({ taskFilters: { productTypes: ['audio'] } }), 'Invalid input. Product Types: "audio" is not one of video, image, try_on'],
		];
		for (const [parameters, message] of cases) {
			const result = await runKling({ credentials: creds(), parameters });
			expect(result.error?.message).toContain(message);
			expect(result.error?.description).toContain('Nothing was sent to Kling');
		}
		expect(sim().requests).toHaveLength(0);
	});

	test('the access key credential cannot list the new API: refused naming API and Authentication', async () => {
		const result = await runKling({ credentials: { baseUrl: `${sim().baseUrl}/kling`, accessKey: 'ak-test', secretKey: 'sk-test' }, parameters: list() });
		expect(result.error?.message).toBe(
			"Invalid input. API: the tasks are listed by Kling's new API, which takes API keys only, and Authentication is Access Key + Secret Key",
		);
		expect(result.error?.description).toContain("set Authentication to API Key; or list a Task Type's tasks with This Task Type's Endpoint (Legacy API)");
		expect(sim().requests).toHaveLength(0);
	});

	test('a host without POST /tasks (an aggregator\'s 404 with code 1203, a gateway\'s plain-text 404) says so', async () => {
		for (const prefix of ['/flat', '/newapi']) {
			const result = await runKling({ credentials: credentialsFor(sim(), prefix), parameters: list() });
			expect(result.error?.message).toBe(`This host does not offer Kling's new API (models in the path, such as kling-3.0-turbo) (POST /tasks answered "not found")`);
			expect(result.error?.description).toContain(`${sim().baseUrl}${prefix} has no POST /tasks`);
		}
	});

	test('a lost answer is asked again (the list is a read)', async () => {
		await makeTasks(2);
		sim().requests.length = 0;
		sim().inject({ on: 'list', times: 1, status: 503 });
		const result = await runKling({ credentials: creds(), parameters: list() });
		expect(result.error).toBeUndefined();
		expect(result.items).toHaveLength(2);
		expect(listCalls(sim())).toHaveLength(2);
	});

	test('the legacy list is unchanged: API left at its default reads the Task Type\'s endpoint', async () => {
		const listApi = new Kling().description.properties.find((p) => p.name === 'listApi')!;
		expect(listApi.default).toBe('legacy');
		const taskKind = new Kling().description.properties.find((p) => p.name === 'taskKind')!;
		expect(taskKind.displayOptions?.hide).toEqual({ listApi: ['newApi'] });

		await makeTasks(1);
		const result = await runKling({ credentials: creds(), parameters: { resource: 'task', operation: 'list', taskKind: 'text2video', pageNum: 1, pageSize: 10 } });
		expect(result.error).toBeUndefined();
		expect(result.items).toHaveLength(0); // the new API's task is not under /v1/videos/text2video
		expect(listCalls(sim())).toHaveLength(0);
		expect(sim().requests.find((r) => r.path === '/kling/v1/videos/text2video')?.query).toEqual({ pageNum: '1', pageSize: '10' });
	});
});

describe('the simulator\'s POST /tasks, as documented', () => {
	const sim = useSimulator();
	const post = async (body: unknown, authorization = `Bearer ${sim().apiKey}`) => {
		const response = await fetch(`${sim().baseUrl}/kling/tasks`, { method: 'POST', headers: { 'content-type': 'application/json', authorization }, body: JSON.stringify(body) });
		return { status: response.status, body: (await response.json()) as IDataObject };
	};

	test('takes the documented body (times as numbers or quoted digits, an empty cursor), refuses anything else', async () => {
		const now = Date.now();
		for (const body of [{}, { start_time: now - DAY, end_time: now, cursor: '', limit: 500 }, { start_time: String(now - DAY), end_time: String(now), filters: [{ key: 'status', values: ['succeeded'] }] }]) {
			const answer = await post(body);
			expect(answer.status).toBe(200);
			expect(answer.body.data).toEqual({ result: [], count: 0, next_cursor: '', has_more: false });
		}
		for (const body of [{ limit: 501 }, { limit: 0 }, { page: 1 }, { start_time: now, end_time: now - 1 }, { filters: [{ key: 'model', values: ['x'] }] }, { filters: [{ key: 'status', values: ['succeed'] }] }, { cursor: 'nope' }]) {
			const answer = await post(body);
			expect([answer.status, answer.body.code]).toEqual([400, 1201]);
		}
		expect((await post({}, 'Bearer aaa.bbb.ccc')).status).toBe(401);
	});
});
