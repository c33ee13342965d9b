// The node's On Error settings in a real n8n (called by install-test.mjs with
// the simulator reset). One batch of four items: a good prompt, a prompt
// refused before sending, a task Kling fails, and a submit answered HTTP 200
// with an error code. The Kling node and n8n's own HTTP Request node (four
// reads, three of them refused by the host) run side by side under each
// setting; the checks say where every item of each lands, and that the two
// nodes route alike: failed items on the error output (with their input
// item's fields, as n8n merges them), paired, nothing failed on the success
// output; with Continue every item on the main output; with Stop Workflow the
// node fails, naming the item.

const TAGS = ['good', 'refusedBeforeSending', 'failedTask', 'errorIn200'];

function batchWorkflow(id, onError, sim) {
	const list = `${sim.baseUrl}/kling/v1/videos/text2video`;
	const items = [
		{ tag: TAGS[0], p: 'A red fox runs through fresh snow', url: `${list}?pageNum=1&pageSize=1` },
		{ tag: TAGS[1], p: 'x'.repeat(2501), url: `${list}?pageNum=0` },
		{ tag: TAGS[2], p: 'A cat [sim:fail]', url: `${list}?pageNum=0` },
		{ tag: TAGS[3], p: 'A dog [sim:code=1301]', url: `${list}?pageNum=0` },
	];
	const setting = onError ? { onError } : {};
	const nodes = [
		{ id: 'e1', name: 'Start', type: 'n8n-nodes-base.manualTrigger', typeVersion: 1, position: [0, 0], parameters: {} },
		{ id: 'e2', name: 'Batch', type: 'n8n-nodes-base.code', typeVersion: 2, position: [200, 0], parameters: { jsCode: `return ${JSON.stringify(items)}.map((json) => ({ json }));` } },
		{
			id: 'e3',
			name: 'Kling',
			type: 'n8n-nodes-kling.kling',
			typeVersion: 1,
			position: [400, -100],
			credentials: { klingApi: { id: 'klingDemoCredential', name: 'Kling account' } },
			parameters: { resource: 'video', operation: 'textToVideo', model: 'kling-v2-6', prompt: '={{ $json.p }}', downloadVideo: false, waitOptions: { pollIntervalSeconds: 1 } },
			...setting,
		},
		{ id: 'e4', name: 'Kling OK', type: 'n8n-nodes-base.noOp', typeVersion: 1, position: [600, -150], parameters: {} },
		{ id: 'e5', name: 'Kling Failed', type: 'n8n-nodes-base.noOp', typeVersion: 1, position: [600, -50], parameters: {} },
	];
	const connections = {
		Start: { main: [[{ node: 'Batch', type: 'main', index: 0 }]] },
		Batch: { main: [[{ node: 'Kling', type: 'main', index: 0 }]] },
		Kling: { main: [[{ node: 'Kling OK', type: 'main', index: 0 }], ...(onError === 'continueErrorOutput' ? [[{ node: 'Kling Failed', type: 'main', index: 0 }]] : [])] },
	};
	// n8n's own node beside ours, under the same setting (Stop Workflow: ours alone, so that ours is the node that stops the run).
	if (onError) {
		nodes.push(
			{
				id: 'e6',
				name: 'HTTP Request',
				type: 'n8n-nodes-base.httpRequest',
				typeVersion: 4.2,
				position: [400, 100],
				parameters: { url: '={{ $json.url }}', sendHeaders: true, headerParameters: { parameters: [{ name: 'Authorization', value: `Bearer ${sim.apiKey}` }] }, options: {} },
				...setting,
			},
			{ id: 'e7', name: 'HTTP OK', type: 'n8n-nodes-base.noOp', typeVersion: 1, position: [600, 50], parameters: {} },
			{ id: 'e8', name: 'HTTP Failed', type: 'n8n-nodes-base.noOp', typeVersion: 1, position: [600, 150], parameters: {} },
		);
		connections.Batch.main[0].push({ node: 'HTTP Request', type: 'main', index: 0 });
		connections['HTTP Request'] = { main: [[{ node: 'HTTP OK', type: 'main', index: 0 }], ...(onError === 'continueErrorOutput' ? [[{ node: 'HTTP Failed', type: 'main', index: 0 }]] : [])] };
	}
	return { id, name: `On Error: ${onError ?? 'stopWorkflow'}`, nodes, connections, active: false, settings: { executionOrder: 'v1' } };
}

/** A node's outputs in a run: [main, error] (or [main]). */
const outputsOf = (run, name) => run?.data?.resultData?.runData?.[name]?.[0]?.data?.main ?? [];
const paired = (item) => (Array.isArray(item.pairedItem) ? item.pairedItem[0] : item.pairedItem)?.item;
const summary = (outputs) => JSON.stringify(outputs.map((output) => (output ?? []).map((item) => [paired(item), item.json?.tag, item.json?.status, String(item.json?.error ?? '').slice(0, 60)])));

export default async function ({ bin, env, version, credentials, sim, check, log, executeWorkflow, nodeItems }) {
	log(`n8n ${version}: On Error → Continue (using error output)`);
	const split = await executeWorkflow(bin, env, { credentials, workflow: batchWorkflow('errorOutputSplit', 'continueErrorOutput', sim) });
	const [klingOk = [], klingFailed = []] = outputsOf(split.run, 'Kling');
	const [httpOk = [], httpFailed = []] = outputsOf(split.run, 'HTTP Request');
	// The failed items as n8n hands them on: the input's fields merged in, the error beside them.
	const failedAsInput = (items) => items.every((item) => TAGS[paired(item)] === item.json.tag && typeof item.json.error !== 'undefined');
	check(
		'Continue (using error output): the good item alone on the success output, the refused, failed and HTTP-200-error items on the error output, paired, with their input fields',
		split.ok &&
			klingOk.length === 1 &&
			paired(klingOk[0]) === 0 &&
			klingOk[0].json.status === 'succeed' &&
			klingOk[0].json.error === undefined &&
			klingFailed.map(paired).join() === '1,2,3' &&
			failedAsInput(klingFailed) &&
			/Prompt: must be at most 2500/.test(klingFailed[0].json.error) &&
			/^Kling task \d+ failed/.test(klingFailed[1].json.error) &&
			/1301/.test(klingFailed[2].json.error) &&
			nodeItems(split.run, 'Kling Failed').length === 3 &&
			nodeItems(split.run, 'Kling OK').length === 1,
		split.error ?? `Kling: ${summary([klingOk, klingFailed])}`,
	);
	check(
		"…as n8n's HTTP Request node routes its own failures in the same run (success output: item 0; error output: items 1–3, paired, with their input fields)",
		httpOk.map(paired).join() === '0' && httpFailed.map(paired).join() === '1,2,3' && failedAsInput(httpFailed) && failedAsInput(klingFailed),
		`HTTP Request: ${summary([httpOk, httpFailed])}\nKling: ${summary([klingOk, klingFailed])}`,
	);

	log(`n8n ${version}: On Error → Continue`);
	sim.reset();
	const regular = await executeWorkflow(bin, env, { credentials, workflow: batchWorkflow('errorOutputRegular', 'continueRegularOutput', sim) });
	const [klingAll = [], klingSecond] = outputsOf(regular.run, 'Kling');
	const [httpAll = []] = outputsOf(regular.run, 'HTTP Request');
	const errorsAt = (items) => items.map((item) => (item.json.error === undefined ? '-' : 'E')).join('');
	check(
		'Continue: all four items on the main output in input order, the three failed ones with their error (as the HTTP Request node does)',
		regular.ok &&
			!klingSecond?.length &&
			klingAll.map(paired).join() === '0,1,2,3' &&
			errorsAt(klingAll) === '-EEE' &&
			httpAll.map(paired).join() === '0,1,2,3' &&
			errorsAt(httpAll) === '-EEE',
		regular.error ?? `Kling: ${summary([klingAll])}\nHTTP Request: ${summary([httpAll])}`,
	);

	log(`n8n ${version}: On Error → Stop Workflow`);
	sim.reset();
	const stopped = await executeWorkflow(bin, env, { credentials, workflow: batchWorkflow('errorOutputStop', undefined, sim) });
	const error = stopped.run?.data?.resultData?.error;
	check(
		'Stop Workflow: the run fails on the Kling node with the refused item\'s error, naming item 1, and nothing is sent',
		!stopped.ok && error?.node?.name === 'Kling' && /Prompt: must be at most 2500/.test(error?.message ?? '') && error?.context?.itemIndex === 1 && sim.count('submit') === 0,
		`${stopped.error}\ncontext: ${JSON.stringify(error?.context)}; submits: ${sim.count('submit')}`,
	);
}
