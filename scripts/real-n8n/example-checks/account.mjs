// Example checks of Account → Get Costs, Get Unit Deductions, Get Balance Deductions and
// Audio → Text to Speech in a real n8n (called by install-test.mjs with the simulator reset):
// examples/text-to-speech.json writes the MP3 the host served; examples/account-costs.json lists
// the packs and, with its threshold raised above the simulator's 760.5 units, raises the warning;
// in the same execution, two Kling nodes added to it read the deduction lists (cursor pages).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

import { REPO } from '../env.mjs';
const DAY = 86_400_000;

export default async function ({ bin, env, credentials, sim, check, log, outputDir, exampleFile, executeWorkflow, nodeItems }) {
	log('Text to Speech: examples/text-to-speech.json');
	const speechWorkflow = exampleFile('text-to-speech.json');
	for (const node of speechWorkflow.nodes) {
		if (node.type === 'n8n-nodes-base.readWriteFile') node.parameters.fileName = `=${outputDir}/{{ $json.taskId }}.mp3`;
	}
	const speech = await executeWorkflow(bin, env, { credentials, workflow: speechWorkflow });
	const [spoken] = nodeItems(speech.run, 'Kling Text to Speech');
	const mp3Path = join(outputDir, `${spoken?.json?.taskId}.mp3`);
	const fixture = readFileSync(join(REPO, 'test', 'simulator', 'fixtures', 'sample.mp3'));
	const posted = sim.requests.filter((r) => r.method === 'POST' && r.path === '/kling/v1/audio/tts');
	check(
		'examples/text-to-speech.json runs: one POST /v1/audio/tts (text, voice_id, voice_language, voice_speed), no polling, and the MP3 the host served is written to disk',
		speech.ok &&
			posted.length === 1 &&
			posted[0].body?.voice_id === 'oversea_male1' &&
			posted[0].body?.voice_language === 'en' &&
			posted[0].body?.voice_speed === 1 &&
			!sim.requests.some((r) => r.method === 'GET' && r.path.startsWith('/kling/v1/audio/tts/')) &&
			spoken?.json?.status === 'succeed' &&
			spoken?.binary?.data?.mimeType === 'audio/mpeg' &&
			spoken?.binary?.data?.fileName === `kling-${spoken?.json?.taskId}.mp3` &&
			existsSync(mp3Path) &&
			readFileSync(mp3Path).equals(fixture),
		speech.error ?? `${mp3Path}: ${JSON.stringify(spoken?.json)} ${JSON.stringify(posted.map((r) => r.body))}`,
	);
	check('the API key appears nowhere in the Text to Speech run output', !speech.out.includes(sim.apiKey));

	log('Account → Get Costs: examples/account-costs.json');
	sim.reset();
	const costsWorkflow = exampleFile('account-costs.json');
	const ifNode = costsWorkflow.nodes.find((node) => node.type === 'n8n-nodes-base.if');
	const shippedThreshold = ifNode.parameters.conditions.conditions[0].rightValue;
	// `n8n execute` cannot fire a Schedule Trigger: a Manual Trigger stands in; the threshold is raised so the warning fires.
	Object.assign(costsWorkflow.nodes.find((node) => node.type === 'n8n-nodes-base.scheduleTrigger'), {
		type: 'n8n-nodes-base.manualTrigger',
		typeVersion: 1,
		parameters: {},
	});
	ifNode.parameters.conditions.conditions[0].rightValue = 1000;
	// The deduction lists run in the same execution: two more Kling nodes fed by the trigger.
	const costsNode = costsWorkflow.nodes.find((node) => node.name === 'Kling Get Costs');
	const deductionNode = (name, parameters, y) => ({ ...costsNode, id: `deductions-${y}`, name, position: [240, y], parameters: { resource: 'account', ...parameters } });
	costsWorkflow.nodes.push(
		deductionNode('Kling Unit Deductions', { operation: 'getUnitDeductions', limit: 700 }, 200),
		deductionNode('Kling Balance Deductions', { operation: 'getBalanceDeductions', returnAll: true }, 400),
	);
	costsWorkflow.connections['Every morning'].main[0].push(
		{ node: 'Kling Unit Deductions', type: 'main', index: 0 },
		{ node: 'Kling Balance Deductions', type: 'main', index: 0 },
	);
	const costs = await executeWorkflow(bin, env, { credentials, workflow: costsWorkflow });
	const [summary] = nodeItems(costs.run, 'Kling Get Costs');
	const [warning] = nodeItems(costs.run, 'Low-balance warning');
	const [call] = sim.requests.filter((r) => r.path === '/kling/account/costs');
	const packs = summary?.json?.packs ?? [];
	check(
		'examples/account-costs.json runs: GET /account/costs for the last 30 days, one summary item (760.5 units left in 2 online packs, 4 packs listed with name, status and ISO times)',
		costs.ok &&
			!!call &&
			Number(call.query.end_time) - Number(call.query.start_time) === 30 * DAY &&
			summary?.json?.remainingQuantity === 760.5 &&
			summary?.json?.onlinePackCount === 2 &&
			packs.length === 4 &&
			packs.every((pack) => pack.name && pack.status && /^\d{4}-\d\d-\d\dT/.test(pack.invalidTime)),
		costs.error ?? JSON.stringify({ query: call?.query, summary: summary?.json }).slice(0, 800),
	);
	check(
		`examples/account-costs.json: the If node (shipped threshold ${shippedThreshold}, raised to 1000 here) passes the summary on and the Set node writes the warning`,
		shippedThreshold === 100 && typeof warning?.json?.warning === 'string' && warning.json.warning.includes('760.5 units left') && warning.json.remainingQuantity === 760.5,
		JSON.stringify(warning?.json ?? costs.error),
	);
	const unitItems = nodeItems(costs.run, 'Kling Unit Deductions');
	const unitCalls = sim.requests.filter((r) => r.method === 'POST' && r.path === '/kling/account/billing/package');
	check(
		'Account → Get Unit Deductions (Limit 700) in the same run: POST /account/billing/package with the last 30 days and limit 500, then the cursor alone; 700 items, newest first, in camelCase with an ISO deductionTime',
		costs.ok &&
			unitCalls.length === 2 &&
			unitCalls[0].body?.limit === 500 &&
			unitCalls[0].body?.end_time - unitCalls[0].body?.start_time === 30 * DAY &&
			Object.keys(unitCalls[1].body ?? {}).join() === 'cursor' &&
			unitItems.length === 700 &&
			unitItems[0]?.json?.taskId === 'sim-deduction-task-1' &&
			unitItems[0]?.json?.unitAfterDeduction === 640.5 &&
			/^\d{4}-\d\d-\d\dT/.test(unitItems[0]?.json?.deductionTime ?? '') &&
			unitItems[699]?.json?.taskId === 'sim-deduction-task-700',
		costs.error ?? JSON.stringify({ calls: unitCalls.map((r) => r.body), count: unitItems.length, first: unitItems[0]?.json }).slice(0, 800),
	);
	const cashItems = nodeItems(costs.run, 'Kling Balance Deductions');
	const cashCalls = sim.requests.filter((r) => r.method === 'POST' && r.path === '/kling/account/billing/balance');
	check(
		'Account → Get Balance Deductions (Return All) in the same run: one POST /account/billing/balance, the 5 cash deductions of the last 30 days with list price and currency',
		costs.ok &&
			cashCalls.length === 1 &&
			cashItems.length === 5 &&
			cashItems.every((item) => item.json.currency === 'USD' && typeof item.json.listPrice === 'number' && typeof item.json.deductionAmount === 'number'),
		costs.error ?? JSON.stringify({ calls: cashCalls.map((r) => r.body), items: cashItems.map((i) => i.json) }).slice(0, 800),
	);
	check('the API key appears nowhere in the Get Costs run output', !costs.out.includes(sim.apiKey));
}
