// examples/ai-agent-tool.json in a real n8n: an AI Agent with the Kling node
// as a tool, its language model played by a stand-in OpenAI API. Shows which
// parameters the agent is offered (only those the workflow leaves to $fromAI)
// and that what it fills reaches Kling as the right request.
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { REPO, ensureN8n, executeWorkflow, makeUserFolder, n8nEnv, nodeItems, packPackage } from './env.mjs';
import { startFakeOpenAi } from './fake-openai.mjs';

const { startKlingSimulator } = createRequire(import.meta.url)(join(REPO, 'test', 'simulator'));
const results = [];
const check = (name, passed, detail = '') => {
	results.push(passed);
	console.log(`${passed ? 'ok' : 'not ok'} - ${name}${passed || !detail ? '' : `\n  ${detail.replace(/\n/g, '\n  ')}`}`);
};

const FILLED = { prompt: 'A red fox trots through fresh snow at sunrise, close-up, soft light', aspectRatio: '9:16' };
const sim = await startKlingSimulator({ taskDurationMs: 2000 });
const llm = await startFakeOpenAi(FILLED);
try {
	const bin = ensureN8n();
	const { folder, outputDir } = makeUserFolder(packPackage());
	const workflow = JSON.parse(readFileSync(join(REPO, 'examples', 'ai-agent-tool.json'), 'utf8'));
	// `n8n execute` cannot fire a Chat Trigger: a Manual Trigger starts the run, the agent gets a fixed request.
	Object.assign(workflow.nodes.find((node) => node.type.endsWith('.chatTrigger')), { type: 'n8n-nodes-base.manualTrigger', typeVersion: 1, parameters: {} });
	Object.assign(workflow.nodes.find((node) => node.type.endsWith('.agent')).parameters, {
		promptType: 'define',
		text: 'Make me a short video of a fox in the snow for my phone',
	});
	const tool = workflow.nodes.find((node) => node.type === 'n8n-nodes-kling.klingTool');
	tool.parameters.waitOptions = { pollIntervalSeconds: 1, maxWaitMinutes: 2 };
	// A user may set Wait By → Kling Callback on a tool: an agent waits for its tool's answer, so the node polls.
	tool.parameters.waitMethod = 'callback';
	const openAiNode = workflow.nodes.find((node) => node.type.endsWith('.lmChatOpenAi'));
	openAiNode.credentials = { openAiApi: { id: 'fakeOpenAi', name: 'Stand-in OpenAI' } };

	const { ok, run, out } = await executeWorkflow(bin, n8nEnv(folder, outputDir), {
		credentials: [
			{ id: 'klingDemoCredential', name: 'Kling account', type: 'klingApi', data: { baseUrl: `${sim.baseUrl}/kling`, apiKey: sim.apiKey } },
			{ id: 'fakeOpenAi', name: 'Stand-in OpenAI', type: 'openAiApi', data: { apiKey: 'sk-stand-in', url: llm.baseUrl } },
		],
		workflow,
	});
	check('the AI Agent workflow runs with the Kling tool', ok, out.slice(-2000));

	const offered = llm.requests[0]?.body?.tools?.map((t) => t.function) ?? [];
	const kling = offered.find((fn) => /kling/i.test(fn.name));
	const params = Object.keys(kling?.parameters?.properties ?? {}).sort();
	check(
		'the agent is offered the Kling tool with only the parameters left to it: prompt and aspectRatio, with their descriptions',
		!!kling && JSON.stringify(params) === JSON.stringify(['aspectRatio', 'prompt']) &&
			/subject, action, setting/.test(kling.parameters.properties.prompt?.description ?? ''),
		JSON.stringify(kling ?? offered, null, 1).slice(0, 1500),
	);
	const [submit] = sim.requests.filter((r) => r.method === 'POST');
	check(
		'what the agent filled reaches Kling, and the fixed fields stay as the workflow set them',
		submit?.body?.prompt === FILLED.prompt && submit?.body?.aspect_ratio === '9:16' && submit?.body?.model_name === 'kling-v2-6' && submit?.body?.duration === '5',
		JSON.stringify(submit?.body),
	);
	check(
		'as a tool, Wait By → Kling Callback polls instead of pausing the execution (no callback URL sent, the task read back)',
		!!submit && submit.body.callback_url === undefined && sim.count('poll') > 0 && run?.status === 'success',
		JSON.stringify({ status: run?.status, polls: sim.count('poll'), callback: submit?.body?.callback_url }),
	);
	const answer = JSON.stringify(nodeItems(run, 'AI Agent')[0]?.json ?? {});
	check('the agent gets the finished task back (its video URL is in the answer)', /\/files\/\d+\.mp4/.test(answer), answer.slice(0, 800));
} catch (error) {
	check('the AI Agent check ran', false, String(error?.stack ?? error));
} finally {
	await sim.close();
	await llm.close();
}
const passed = results.filter(Boolean).length;
console.log(`agent: ${passed} passed, ${results.length - passed} failed`);
process.exitCode = passed === results.length ? 0 : 1;
