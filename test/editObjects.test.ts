import type { IDataObject, INodeExecutionData, INodeParameters } from 'n8n-workflow';

import { Kling } from '../nodes/Kling/Kling.node';
import { callbackUrlOf, deliverCallback } from './harness/deliverCallback';
import { itemWithImage } from './harness/images';
import { testRules } from './harness/ruleTable';
import { binaryDataService, runKling } from './harness/runKling';
import { credentialsFor, submittedBodies, textToVideo, useSimulator } from './harness/simulatorSuite';
import { pngOfSize } from './harness/sizedImages';
import type { KlingSimulator } from './simulator';

const EXTERNAL_ID = expect.stringMatching(/^n8n-/);
const DAY_MS = 86_400_000;
const PNG_400 = pngOfSize(400, 400);
const IMAGE_URL = 'https://example.com/hat.png';
const SOURCE_URL = 'https://example.com/clips/street.mp4';
const FTYP = 'ftyp';

const video = (operation: string, overrides: INodeParameters = {}): INodeParameters => ({ resource: 'video', operation, ...overrides });
const start = (value: string, mode: 'id' | 'url' = 'id') => video('editObjectsStart', { editVideo: { __rl: true, mode, value } });
const mark = (sessionId: string, overrides: INodeParameters = {}) =>
	video('editObjectsMark', { sessionId, frameIndex: 0, points: { point: [{ x: 0.77, y: 0.3 }] }, ...overrides });
const edit = (sessionId: string, overrides: INodeParameters = {}) =>
	video('editObjects', { sessionId, editMode: 'removal', prompt: 'Delete the dog from <<<video_1>>>', waitOptions: { pollIntervalSeconds: 1 }, ...overrides });

/** The body of the simulator's answer to a request made past the node (to set a session up). */
async function simPost(sim: KlingSimulator, path: string, body: IDataObject): Promise<IDataObject> {
	const response = await fetch(`${sim.baseUrl}/kling${path}`, {
		method: 'POST',
		headers: { authorization: `Bearer ${sim.apiKey}`, 'content-type': 'application/json' },
		body: JSON.stringify(body),
	});
	return ((await response.json()) as { data: IDataObject }).data;
}

/** A session on a video of `seconds`, with an object marked on frame 0 unless told not to. */
async function openSession(sim: KlingSimulator, seconds = 5, marked = true): Promise<string> {
	const { session_id } = await simPost(sim, '/v1/videos/multi-elements/init-selection', { video_url: `${SOURCE_URL}?sim_duration=${seconds}` });
	if (marked) await simPost(sim, '/v1/videos/multi-elements/add-selection', { session_id, frame_index: 0, points: [{ x: 0.5, y: 0.5 }] });
	return String(session_id);
}

const posts = (sim: KlingSimulator) => sim.requests.filter((r) => r.method === 'POST');
const bytesOf = async (item: INodeExecutionData) => await binaryDataService().getAsBuffer(item.binary!.data);

describe('Edit Objects: the session steps (answered at once)', () => {
	const sim = useSimulator({ taskDurationMs: 600 });
	const run = (parameters: INodeParameters, items?: INodeExecutionData[]) => runKling({ credentials: credentialsFor(sim()), parameters, items });

	test('Start Session by Kling video ID: the request as sent, and the session with its 24 hours, its length and the edit length that fits', async () => {
		const before = Date.now();
		const result = await run(start('860153214585004098'));
		expect(result.error).toBeUndefined();
		expect(posts(sim()).map((r) => [r.path, r.body])).toEqual([['/kling/v1/videos/multi-elements/init-selection', { video_id: '860153214585004098' }]]);
		const json = result.items[0].json;
		expect(json).toMatchObject({
			sessionId: expect.stringMatching(/^\d+$/),
			sourceDuration: 5,
			editDuration: '5',
			fps: 30,
			totalFrames: 150,
			width: 1280,
			height: 720,
			originalDuration: 5000,
			normalizedVideoUrl: `${sim().baseUrl}/files/${json.sessionId}-normalized.mp4`,
			cost: { units: 0 },
		});
		const ends = Date.parse(String(json.sessionExpiresAt));
		expect(ends - before).toBeGreaterThanOrEqual(DAY_MS);
		expect(ends - Date.now()).toBeLessThanOrEqual(DAY_MS);
		expect(json.sessionNote).toBe(`Kling keeps this session for 24 hours (until ${json.sessionExpiresAt}): mark, preview and edit before then.`);
		expect(json.raw).toBeUndefined();
	});

	test('Start Session by URL: a 7–10 s video is edited at 10 s; Simplify Output off adds the answer', async () => {
		const url = `${SOURCE_URL}?sim_duration=8`;
		const result = await run({ ...start(url, 'url'), simplify: false });
		expect(result.error).toBeUndefined();
		expect(posts(sim())[0].body).toEqual({ video_url: url });
		expect(result.items[0].json).toMatchObject({ sourceDuration: 8, editDuration: '10', totalFrames: 240, raw: { code: 0, data: { status: 0 } } });
	});

	test("a video Kling will not edit: its refusal (status non-zero) fails the item with Kling's reason and what it takes", async () => {
		const result = await run(start(`${SOURCE_URL}?sim_duration=6`, 'url'));
		expect(result.error?.message).toBe('Kling could not prepare the video for editing (status 3): the video lasts 6 s: only 2–5 s or 7–10 s can be edited');
		expect(result.error?.description).toMatch(/2–5 or 7–10 seconds, 720–2160 px on each side, at 24, 30 or 60 fps/);
	});

	test('Mark Object: the request as sent; the output carries the session facts of its input item on', async () => {
		const started = await run(start('860153214585004098'));
		const sessionId = String(started.items[0].json.sessionId);
		const marked = await run(mark('={{ $json.sessionId }}', { frameIndex: 12, points: { point: [{ x: 0.25, y: 0.5 }, { x: '0.3', y: 0 }] } }), started.items);
		expect(marked.error).toBeUndefined();
		expect(posts(sim())[1]).toMatchObject({
			path: '/kling/v1/videos/multi-elements/add-selection',
			body: { session_id: sessionId, frame_index: 12, points: [{ x: 0.25, y: 0.5 }, { x: 0.3, y: 0 }] },
		});
		const { json } = marked.items[0];
		expect(json).toMatchObject({
			sessionId,
			frameIndex: 12,
			objectCount: 1,
			masks: [{ object_id: 0, rle_mask: { size: [720, 1280] } }],
			sessionExpiresAt: started.items[0].json.sessionExpiresAt,
			sourceDuration: 5,
			editDuration: '5',
			totalFrames: 150,
		});
		expect(json.sessionNote).toBeUndefined();
		expect(marked.items[0].pairedItem).toEqual({ item: 0 });
	});

	test('Unmark Object takes exactly the marked points off; other points are refused by Kling', async () => {
		const sessionId = await openSession(sim(), 5, false);
		await run(mark(sessionId, { frameIndex: 3, points: { point: [{ x: 0.1, y: 0.2 }] } }));
		const wrong = await run(video('editObjectsUnmark', { sessionId, frameIndex: 3, points: { point: [{ x: 0.1, y: 0.25 }] } }));
		expect(wrong.error?.message).toMatch(/Kling API error 1201 on the unmark/);
		expect(JSON.stringify(wrong.error)).toContain('point (0.1, 0.25) was not marked on frame 3');
		const unmarked = await run(video('editObjectsUnmark', { sessionId, frameIndex: 3, points: { point: [{ x: 0.1, y: 0.2 }] } }));
		expect(unmarked.error).toBeUndefined();
		expect(posts(sim()).at(-1)).toMatchObject({
			path: '/kling/v1/videos/multi-elements/delete-selection',
			body: { session_id: sessionId, frame_index: 3, points: [{ x: 0.1, y: 0.2 }] },
		});
		expect(unmarked.items[0].json).toMatchObject({ sessionId, frameIndex: 3, objectCount: 0, masks: [] });
	});

	test('Clear Marks: the request as sent; the preview then has nothing to show, which Kling refuses', async () => {
		const sessionId = await openSession(sim());
		const cleared = await run(video('editObjectsClear', { sessionId }));
		expect(cleared.error).toBeUndefined();
		expect(posts(sim()).at(-1)).toMatchObject({ path: '/kling/v1/videos/multi-elements/clear-selection', body: { session_id: sessionId } });
		expect(cleared.items[0].json).toMatchObject({ sessionId, cleared: true, cost: { units: 0 } });
		const preview = await run(video('editObjectsPreview', { sessionId }));
		expect(preview.error?.message).toBe("Kling could not preview the session's marks (status 4): nothing is marked in this session");
	});

	test('Preview Marks: the preview video URL in the output and the MP4 as binary data; Download Preview off: the URL only', async () => {
		const sessionId = await openSession(sim());
		const result = await run(video('editObjectsPreview', { sessionId }));
		expect(result.error).toBeUndefined();
		expect(posts(sim()).at(-1)).toMatchObject({ path: '/kling/v1/videos/multi-elements/preview-selection', body: { session_id: sessionId } });
		const [item] = result.items;
		expect(item.json).toMatchObject({
			sessionId,
			previewVideoUrl: `${sim().baseUrl}/files/${sessionId}-preview.mp4`,
			previewCoverUrl: expect.stringContaining('cover'),
			trackingOutputUrl: expect.any(String),
		});
		expect(item.binary?.data).toMatchObject({ mimeType: 'video/mp4', fileName: `kling-${sessionId}-preview.mp4` });
		expect((await bytesOf(item)).subarray(4, 8).toString('latin1')).toBe(FTYP);

		const urlOnly = await run(video('editObjectsPreview', { sessionId, downloadVideo: false }));
		expect(urlOnly.items[0].binary).toBeUndefined();
		expect(urlOnly.items[0].json.previewVideoUrl).toBe(item.json.previewVideoUrl);
	});

	test('a session past its 24 hours is refused by Kling', async () => {
		const started = await run(start(`${SOURCE_URL}?sim_ttl_ms=200`, 'url'));
		await new Promise((resolve) => setTimeout(resolve, 300));
		const result = await run(mark(String(started.items[0].json.sessionId)));
		expect(JSON.stringify(result.error)).toContain('does not exist or has expired');
	});

	test("a host without the routes (a new-api gateway) says it does not offer Kling's multi-element editing", async () => {
		const result = await runKling({ credentials: credentialsFor(sim(), '/newapi'), parameters: start('860153214585004098') });
		expect(result.error?.message).toMatch(/^This host does not offer Kling's multi-element video editing \(Edit Objects\) \(POST \/v1\/videos\/multi-elements\/init-selection answered "not found"\)/);
	});

	describe('checked before sending, naming the field', () => {
		const sessionFacts = (overrides: IDataObject = {}): INodeExecutionData[] => [
			{ json: { sessionId: 'S1', sessionExpiresAt: new Date(Date.now() + DAY_MS).toISOString(), totalFrames: 150, sourceDuration: 5, editDuration: '5', ...overrides } },
		];
		// Every row has its input items (or undefined): jest takes a missing last argument for a done callback.
		test.each<[string, INodeParameters, RegExp, INodeExecutionData[] | undefined]>([
			['Start Session: a video', start('={{ "" }}'), /^Invalid input\. Video: is required: the ID of a video Kling made, or the URL of a video$/, undefined],
			['Start Session: an http(s) URL', start('={{ "ftp://example.com/a.mp4" }}', 'url'), /^Invalid input\. Video: must be an http\(s\) URL$/, undefined],
			['Mark: a session', mark('={{ "  " }}'), /^Invalid input\. Session ID: is required/, undefined],
			['Mark: a frame of 0 or more', mark('S1', { frameIndex: -1 }), /^Invalid input\. Frame Index: must be 0 or more/, undefined],
			['Mark: a whole frame', mark('S1', { frameIndex: 1.5 }), /^Invalid input\. Frame Index: must be a whole number/, undefined],
			['Mark: a point', mark('S1', { points: {} }), /^Invalid input\. Points: needs 1 to 10 points$/, undefined],
			['Mark: x from 0 to 1', mark('S1', { points: { point: [{ x: 0.5, y: 0.5 }, { x: 1.2, y: 0.5 }] } }), /^Invalid input\. Points #2 › X: must be between 0 and 1$/, undefined],
			['Mark: y from 0 to 1', mark('S1', { points: { point: [{ x: 0.5, y: -0.1 }] } }), /^Invalid input\. Points #1 › Y: must be between 0 and 1$/, undefined],
			['Mark: a frame inside the video (the input item says how many)', mark('S1', { frameIndex: 150 }), /^Invalid input\. Frame Index: must be below 150/, sessionFacts()],
			[
				'Unmark: a live session (the input item says when it ends)',
				video('editObjectsUnmark', { sessionId: 'S1', frameIndex: 0, points: { point: [{ x: 0.5, y: 0.5 }] } }),
				/^Invalid input\. Session ID: the session ended at .* \(Kling keeps a session for 24 hours\)$/,
				sessionFacts({ sessionExpiresAt: new Date(Date.now() - 1000).toISOString() }),
			],
			['Clear: a session', video('editObjectsClear', { sessionId: '={{ "" }}' }), /^Invalid input\. Session ID: is required$/, undefined],
			['Preview: a session', video('editObjectsPreview', { sessionId: '={{ "" }}' }), /^Invalid input\. Session ID: is required$/, undefined],
		])('%s', async (_rule, parameters, names, items) => {
			const result = await run(parameters, items);
			expect(result.error?.message).toMatch(names);
			expect(result.error?.description).toMatch(/Nothing was sent to Kling for this item/);
			expect(sim().requests).toEqual([]);
		});

		test('Mark: at most 10 points on a frame (n8n holds the list to 10 before the node runs)', async () => {
			const eleven = mark('S1', { points: { point: Array.from({ length: 11 }, (_, i) => ({ x: i / 10, y: 0.5 })) } });
			await expect(run(eleven)).rejects.toThrow(/At most 10 fields are allowed/);
			expect(sim().requests).toEqual([]);
		});
	});
});

describe('Edit Objects (the task)', () => {
	const sim = useSimulator({ taskDurationMs: 600 });
	const run = (parameters: INodeParameters, items?: INodeExecutionData[]) => runKling({ credentials: credentialsFor(sim()), parameters, items });

	test('Remove Object: the request as sent, polled at its own endpoint, the MP4 downloaded', async () => {
		const sessionId = await openSession(sim());
		const result = await run(edit(sessionId, { editDuration: '5', additionalFields: { negativePrompt: 'blur', watermark: true, externalTaskId: 'edit-1', additionalBodyFields: '{"future_field": 1}' } }));
		expect(result.error).toBeUndefined();
		expect(submittedBodies(sim()).at(-1)).toEqual({
			session_id: sessionId,
			edit_mode: 'removal',
			prompt: 'Delete the dog from <<<video_1>>>',
			duration: '5',
			mode: 'std',
			negative_prompt: 'blur',
			watermark_info: { enabled: true },
			external_task_id: 'edit-1',
			future_field: 1,
		});
		const [item] = result.items;
		const taskId = String(item.json.taskId);
		expect(item.json).toMatchObject({ status: 'succeed', externalTaskId: 'edit-1', videoId: `${taskId}-v0`, videoDuration: '5' });
		expect(item.binary?.data).toMatchObject({ mimeType: 'video/mp4', fileName: `kling-${taskId}.mp4` });
		expect((await bytesOf(item)).subarray(4, 8).toString('latin1')).toBe(FTYP);
		const reads = sim().requests.filter((r) => r.method === 'GET' && !r.path.startsWith('/files/'));
		expect(reads.length).toBeGreaterThan(0);
		expect(reads.every((r) => r.path === `/kling/v1/videos/multi-elements/${taskId}`)).toBe(true);
		expect(sim().requests.find((r) => r.method === 'POST' && r.path === '/kling/v1/videos/multi-elements')).toBeDefined();
	});

	test('Add Object: two images, one a binary property of the input item, one a URL; Pro mode; a 10 s edit of a 7–10 s video', async () => {
		const sessionId = await openSession(sim(), 8, false);
		const result = await run(
			edit(sessionId, {
				editMode: 'addition',
				editImages: { image: [{ image: 'hat' }, { image: IMAGE_URL }] },
				prompt: 'Using the context of <<<video_1>>>, seamlessly add the hat from <<<image_1>>> and the scarf from <<<image_2>>>',
				editDuration: '10',
				mode: 'pro',
				waitForCompletion: false,
			}),
			[itemWithImage('hat', PNG_400)],
		);
		expect(result.error).toBeUndefined();
		expect(submittedBodies(sim()).at(-1)).toEqual({
			session_id: sessionId,
			edit_mode: 'addition',
			image_list: [{ image: PNG_400 }, { image: IMAGE_URL }],
			prompt: expect.stringContaining('<<<image_2>>>'),
			duration: '10',
			mode: 'pro',
			external_task_id: EXTERNAL_ID,
		});
		expect(result.items[0].json.status).toBe('submitted');
	});

	test('Swap Object: exactly one image, as Base64', async () => {
		const sessionId = await openSession(sim());
		const result = await run(
			edit(sessionId, { editMode: 'swap', editImages: { image: [{ image: `data:image/png;base64,${PNG_400}` }] }, prompt: 'swap the cat from <<<image_1>>> for the dog from <<<video_1>>>', editDuration: '5', downloadVideo: false }),
		);
		expect(result.error).toBeUndefined();
		expect((submittedBodies(sim()).at(-1) as IDataObject).image_list).toEqual([{ image: PNG_400 }]);
		expect(result.items[0].json).toMatchObject({ status: 'succeed', videoUrl: expect.stringMatching(/\.mp4$/) });
		expect(result.items[0].binary).toBeUndefined();
	});

	test("Duration left at Match the Source Video takes the session's edit length from the input item (Start Session's output)", async () => {
		const started = await run(start(`${SOURCE_URL}?sim_duration=9`, 'url'));
		await simPost(sim(), '/v1/videos/multi-elements/add-selection', { session_id: started.items[0].json.sessionId, frame_index: 0, points: [{ x: 0.5, y: 0.5 }] });
		const result = await run(edit('={{ $json.sessionId }}', { waitForCompletion: false }), started.items);
		expect(result.error).toBeUndefined();
		expect(submittedBodies(sim()).at(-1)).toMatchObject({ session_id: started.items[0].json.sessionId, duration: '10' });
	});

	test("the host's refusal of a removal with nothing marked is the host's error", async () => {
		const sessionId = await openSession(sim(), 5, false);
		const result = await run(edit(sessionId, { editDuration: '5' }));
		expect(result.error?.message).toMatch(/Kling API error 1201 on the submit/);
		expect(JSON.stringify(result.error)).toContain('removal needs an object marked in the session');
	});

	describe('checked before sending, naming the field', () => {
		let sessionId = '';
		beforeEach(async () => {
			sessionId = await openSession(sim());
		});
		const withDefaults = (fields: INodeParameters) => edit(sessionId, { editDuration: '5', waitForCompletion: false, ...fields });
		testRules(sim, withDefaults, [
			['Add Object: 1 or 2 images', { editMode: 'addition', prompt: 'Add a hat to <<<video_1>>>' }, /^Invalid input\. Images: Add Object takes 1 or 2 images \(found 0\)$/, { editMode: 'addition', prompt: 'Add a hat to <<<video_1>>>', editImages: { image: [{ image: IMAGE_URL }] } }],
			[
				'Add Object: at most 2 images (here 3, from Additional Body Fields: the editor holds 2)',
				{
					editMode: 'addition',
					editImages: { image: [{ image: IMAGE_URL }] },
					additionalFields: { additionalBodyFields: `{"image_list": [{"image": "${IMAGE_URL}"}, {"image": "${IMAGE_URL}"}, {"image": "${IMAGE_URL}"}]}` },
				},
				/^Invalid input\. Images: Add Object takes 1 or 2 images \(found 3\)$/,
				{ editMode: 'addition', editImages: { image: [{ image: IMAGE_URL }, { image: IMAGE_URL }] } },
			],
			[
				'Swap Object: exactly 1 image',
				{ editMode: 'swap', editImages: { image: [{ image: IMAGE_URL }, { image: IMAGE_URL }] } },
				/^Invalid input\. Images: Swap Object takes exactly 1 image \(found 2\)$/,
				{ editMode: 'swap', editImages: { image: [{ image: IMAGE_URL }] } },
			],
			[
				'Remove Object: no images (here from Additional Body Fields)',
				{ additionalFields: { additionalBodyFields: `{"image_list": [{"image": "${IMAGE_URL}"}]}` } },
				/^Invalid input\. Images: Remove Object takes no images \(found 1\)$/,
				{ additionalFields: { additionalBodyFields: '{}' } },
			],
			['a prompt', { prompt: '  ' }, /^Invalid input\. Prompt: is required \(it holds only spaces or line breaks\)$/, { prompt: 'Delete the dog' }],
			['a prompt of at most 2500 characters', { prompt: 'a'.repeat(2501) }, /^Invalid input\. Prompt: must be at most 2500 characters$/, { prompt: 'a'.repeat(2500) }],
			[
				'a prompt naming only the images given',
				{ editMode: 'swap', editImages: { image: [{ image: IMAGE_URL }] }, prompt: 'swap <<<image_2>>> for the dog of <<<video_1>>>' },
				/^Invalid input\. Prompt: refers to <<<image_2>>>, but only 1 image is given$/,
				{ editMode: 'swap', editImages: { image: [{ image: IMAGE_URL }] }, prompt: 'swap <<<image_1>>> for the dog of <<<video_1>>>' },
			],
			['a prompt naming the one video', { prompt: 'Delete the dog from <<<video_2>>>' }, /^Invalid input\. Prompt: refers to <<<video_2>>>; the session's video is <<<video_1>>>$/, { prompt: 'Delete the dog from <<<video_1>>>' }],
			['a session', { sessionId: '={{ "" }}' }, /^Invalid input\. Session ID: is required$/, {}],
			[
				'images of at least 300 px',
				{ editMode: 'swap', editImages: { image: [{ image: pngOfSize(200, 400) }] } },
				/^Invalid input\. Images #1 › Image: the image is 200×400 px; Kling needs at least 300 px on each side$/,
				{ editMode: 'swap', editImages: { image: [{ image: PNG_400 }] } },
			],
			['a duration of 5 or 10 seconds', { editDuration: '7' }, /^Invalid input\. Duration: must be 5 or 10 \(seconds\)$/, { editDuration: '5' }],
			['a negative prompt of at most 2500 characters', { additionalFields: { negativePrompt: 'n'.repeat(2501) } }, /^Invalid input\. Negative Prompt: must be at most 2500 characters$/, { additionalFields: { negativePrompt: 'n' } }],
			['an http(s) callback URL', { additionalFields: { callbackUrl: 'ftp://example.com' } }, /^Invalid input\. Callback URL: must be an http\(s\) URL$/, { additionalFields: { callbackUrl: 'https://example.com/h' } }],
		]);

		test.each<[string, INodeParameters, IDataObject, RegExp]>([
			['Match the Source Video without knowing the source', { editDuration: '' }, {}, /^Invalid input\. Duration: the source video's length is not known here, so it cannot be matched$/],
			['10 s for a 5 s source', { editDuration: '10' }, { sourceDuration: 5 }, /^Invalid input\. Duration: 10 seconds needs a source video of 7–10 s, and this session's video lasts 5 s$/],
			['5 s for an 8 s source', { editDuration: '5' }, { sourceDuration: 8 }, /^Invalid input\. Duration: 5 seconds needs a source video of 2–5 s, and this session's video lasts 8 s$/],
			['a session past its 24 hours', {}, { sessionExpiresAt: new Date(Date.now() - 60_000).toISOString() }, /^Invalid input\. Session ID: the session ended at/],
		])('%s', async (_rule, fields, known, names) => {
			const result = await run(withDefaults(fields), [{ json: { sessionId, ...known } }]);
			expect(result.error?.message).toMatch(names);
			expect(sim().count('submit')).toBe(0);
		});
	});

	test('waits by Kling callback: parks, resumes on the final callback with the MP4, read back from its endpoint', async () => {
		const sessionId = await openSession(sim());
		const parked = await run(edit(sessionId, { editDuration: '5', waitMethod: 'callback', waitOptions: { callbackUrlReachable: true, maxWaitMinutes: 5 } }));
		expect(parked.run.status).toBe('waiting');
		expect(parked.items[0].json).toMatchObject({ waitingFor: 'callback', externalTaskId: expect.stringMatching(/^n8n-/) });
		const url = callbackUrlOf(submittedBodies(sim()).slice(-1));
		const task = [...sim().tasks.values()].find((t) => t.endpoint === 'multi-elements')!;
		const end = Date.now() + 10_000;
		while (Date.now() - task.created_at < 700 && Date.now() < end) await new Promise((resolve) => setTimeout(resolve, 50));
		const answer = await deliverCallback(parked, url, { task_id: task.task_id, task_status: 'succeed', task_info: { external_task_id: task.external_task_id } });
		expect(answer.result.webhookResponse).toEqual({ received: true, resumed: true });
		const [main] = answer.result.workflowData!;
		expect(main[0].json).toMatchObject({ taskId: task.task_id, status: 'succeed', videoId: `${task.task_id}-v0` });
		expect(main[0].binary?.data).toMatchObject({ mimeType: 'video/mp4', fileName: `kling-${task.task_id}.mp4` });
		const reads = sim().requests.filter((r) => r.method === 'GET' && !r.path.startsWith('/files/'));
		expect(reads.length).toBeGreaterThan(0);
		expect(reads.every((r) => r.path.startsWith('/kling/v1/videos/multi-elements'))).toBe(true);
	});

	test('Task → Get lists the kind as Edit Objects and reads a multi-elements task back, waiting for it and downloading the MP4; Get Many lists it', async () => {
		const description = new Kling().description;
		const taskType = description.properties.find((p) => p.name === 'taskKind')!;
		expect(taskType.options).toContainEqual({ name: 'Edit Objects', value: 'multi-elements' });

		const sessionId = await openSession(sim());
		const created = await run(edit(sessionId, { editDuration: '5', waitForCompletion: false, additionalFields: { externalTaskId: 'edit-get' } }));
		const taskId = String(created.items[0].json.taskId);
		const got = await run({ resource: 'task', operation: 'get', taskKind: 'multi-elements', taskId: 'edit-get', waitOptions: { pollIntervalSeconds: 1 } });
		expect(got.error).toBeUndefined();
		expect(got.items[0].json).toMatchObject({ taskId, status: 'succeed', videoId: `${taskId}-v0` });
		expect(got.items[0].binary?.data).toMatchObject({ mimeType: 'video/mp4', fileName: `kling-${taskId}.mp4` });
		expect(sim().requests.some((r) => r.method === 'GET' && r.path === '/kling/v1/videos/multi-elements/edit-get')).toBe(true);

		const listed = await run({ resource: 'task', operation: 'list', taskKind: 'multi-elements' });
		expect(listed.items.map((item) => item.json.taskId)).toEqual([taskId]);
	});
});

describe("Edit Objects by Kling callback on a full account: a queued item is sent from the callback with its session's length", () => {
	const sim = useSimulator({ taskDurationMs: 600, concurrency: { video: 1 } });

	test('the second item waits for the account, then goes with the Duration matched to its own session (read from its input item)', async () => {
		const short = await openSession(sim(), 5);
		const long = await openSession(sim(), 8);
		const items = [
			{ json: { sessionId: short, sourceDuration: 5, editDuration: '5' } },
			{ json: { sessionId: long, sourceDuration: 8, editDuration: '10' } },
		];
		const parked = await runKling({
			credentials: credentialsFor(sim()),
			executionId: 'exec-edit-cc',
			items,
			parameters: edit('={{ $json.sessionId }}', { downloadVideo: false, waitMethod: 'callback', waitOptions: { callbackUrlReachable: true, maxWaitMinutes: 5, accountConcurrency: 1 } }),
		});
		expect(parked.run.status).toBe('waiting');
		expect(parked.items.map((item) => item.json.status)).toEqual(['submitted', 'queued']);
		const taskOf = (i: number) => [...sim().tasks.values()].find((t) => t.external_task_id === `n8n-exec-edit-cc-kling-r0-i${i}`);
		const ended = async (i: number) => {
			const end = Date.now() + 10_000;
			while (!(taskOf(i) && Date.now() - taskOf(i)!.created_at > 700) && Date.now() < end) await new Promise((resolve) => setTimeout(resolve, 50));
		};
		const url = callbackUrlOf(submittedBodies(sim()).slice(-1));
		await ended(0);
		const first = await deliverCallback(parked, url, { task_id: taskOf(0)!.task_id, task_status: 'succeed', task_info: { external_task_id: taskOf(0)!.external_task_id } });
		expect(JSON.stringify(first.result.webhookResponse)).toContain('sent 1 queued item(s)');
		expect(taskOf(1)?.body).toMatchObject({ session_id: long, duration: '10', callback_url: url });
		await ended(1);
		const second = await deliverCallback(parked, url, { task_id: taskOf(1)!.task_id, task_status: 'succeed', task_info: { external_task_id: taskOf(1)!.external_task_id } });
		expect(second.result.workflowData![0].map((item) => [item.json.status, item.json.videoDuration])).toEqual([
			['succeed', '5'],
			['succeed', '10'],
		]);
	});
});

describe('Edit Objects: a session chain through n8n, step by step', () => {
	const sim = useSimulator({ taskDurationMs: 600 });
	const run = (parameters: INodeParameters, items?: INodeExecutionData[]) => runKling({ credentials: credentialsFor(sim()), parameters, items });

	test('Text to Video → Start Session (its videoId) → Mark → Unmark → Mark → Preview → Swap, each fed the previous output', async () => {
		const made = await run({ ...textToVideo({ downloadVideo: false, duration: '10' }), waitOptions: { pollIntervalSeconds: 1 } });
		expect(made.error).toBeUndefined();
		const started = await run(video('editObjectsStart', { editVideo: { __rl: true, mode: 'id', value: '={{ $json.videoId }}' } }), made.items);
		expect(started.error).toBeUndefined();
		expect(posts(sim()).at(-1)?.body).toEqual({ video_id: made.items[0].json.videoId });
		expect(started.items[0].json).toMatchObject({ sourceDuration: 10, editDuration: '10' });

		const session = '={{ $json.sessionId }}';
		const point = { points: { point: [{ x: 0.4, y: 0.6 }] } };
		const marked = await run(mark(session, { frameIndex: 200, ...point }), started.items);
		const unmarked = await run(video('editObjectsUnmark', { sessionId: session, frameIndex: 200, ...point }), marked.items);
		const remarked = await run(mark(session, { frameIndex: 100, ...point }), unmarked.items);
		const previewed = await run(video('editObjectsPreview', { sessionId: session }), remarked.items);
		const swapped = await run(
			edit(session, { editMode: 'swap', editImages: { image: [{ image: IMAGE_URL }] }, prompt: 'swap the cat from <<<image_1>>> for the dog from <<<video_1>>>' }),
			previewed.items,
		);
		for (const step of [marked, unmarked, remarked, previewed, swapped]) expect(step.error).toBeUndefined();

		const sessionId = started.items[0].json.sessionId;
		expect([marked, unmarked, remarked, previewed].map((step) => [step.items[0].json.sessionId, step.items[0].json.editDuration, step.items[0].json.totalFrames])).toEqual([
			[sessionId, '10', 300],
			[sessionId, '10', 300],
			[sessionId, '10', 300],
			[sessionId, '10', 300],
		]);
		expect(unmarked.items[0].json.objectCount).toBe(0);
		expect(previewed.items[0].json.previewVideoUrl).toBe(`${sim().baseUrl}/files/${sessionId}-preview.mp4`);
		expect(previewed.items[0].binary?.data?.mimeType).toBe('video/mp4');
		expect(submittedBodies(sim()).at(-1)).toMatchObject({ session_id: sessionId, edit_mode: 'swap', duration: '10' });
		expect(swapped.items[0].json).toMatchObject({ status: 'succeed', videoDuration: '10' });
		expect((await bytesOf(swapped.items[0])).subarray(4, 8).toString('latin1')).toBe(FTYP);
		expect(posts(sim()).map((r) => r.path.replace('/kling/v1/videos/', ''))).toEqual([
			'text2video',
			'multi-elements/init-selection',
			'multi-elements/add-selection',
			'multi-elements/delete-selection',
			'multi-elements/add-selection',
			'multi-elements/preview-selection',
			'multi-elements',
		]);
	});
});
