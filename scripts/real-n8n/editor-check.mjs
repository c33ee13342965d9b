// The real editor: `n8n start` with the packed package installed as users
// install it, opened in headless Chromium (Debian's, driven by playwright-core).
// Checks that the node is found by the nodes panel's search and that each
// operation's fields render; saves screenshots to docs/screenshots/.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';

import { createRequire } from 'node:module';

import { chromium } from 'playwright-core';

import { N8N_VERSION, REPO, ensureN8n, log, makeUserFolder, n8nEnv, packPackage, runN8n } from './env.mjs';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
// The README's screenshots are refreshed on request; ordinary runs keep theirs in the temp user folder.
const UPDATE_SHOTS = process.env.KLING_UPDATE_SCREENSHOTS === '1';
const results = [];
const check = (name, passed, detail = '') => {
	results.push(passed);
	console.log(`${passed ? 'ok' : 'not ok'} - ${name}${passed || !detail ? '' : `\n  ${detail}`}`);
};

if (process.env.KLING_SKIP_EDITOR === '1' || !existsSync(CHROMIUM)) {
	console.log(`editor: skipped (${existsSync(CHROMIUM) ? 'KLING_SKIP_EDITOR=1' : `no Chromium at ${CHROMIUM}`})`);
	process.exit(0);
}

const freePort = () =>
	new Promise((resolve) => {
		const server = createServer().listen(0, '127.0.0.1', () => {
			const { port } = server.address();
			server.close(() => resolve(port));
		});
	});

async function waitForHealth(url, ms) {
	const until = Date.now() + ms;
	while (Date.now() < until) {
		try {
			if ((await fetch(url)).ok) return true;
		} catch {
			// not up yet
		}
		await new Promise((r) => setTimeout(r, 500));
	}
	return false;
}

const { startKlingSimulator } = createRequire(import.meta.url)(join(REPO, 'test', 'simulator'));
const sim = await startKlingSimulator();
// KLING_EDITOR_N8N_VERSION=1.123.81 runs the same check in the other maintained line.
const version = process.env.KLING_EDITOR_N8N_VERSION ?? N8N_VERSION;
const bin = ensureN8n(version);
const { folder, outputDir } = makeUserFolder(packPackage());
const SHOTS = UPDATE_SHOTS ? join(REPO, 'docs', 'screenshots') : join(outputDir, 'screenshots');
const port = await freePort();
const env = { ...n8nEnv(folder, outputDir, version), N8N_PORT: String(port), N8N_LISTEN_ADDRESS: '127.0.0.1', N8N_HOST: '127.0.0.1', N8N_SECURE_COOKIE: 'false', N8N_LOG_LEVEL: 'warn' };
const credential = [
	{ id: 'klingDemoCredential', name: 'Kling account', type: 'klingApi', data: { baseUrl: `${sim.baseUrl}/kling`, apiKey: sim.apiKey } },
	// The pickers' failures: a refused key, and a host without the lists (an aggregator).
	{ id: 'klingWrongKey', name: 'Kling wrong key', type: 'klingApi', data: { baseUrl: `${sim.baseUrl}/kling`, apiKey: 'not-the-key' } },
	{ id: 'klingAggregator', name: 'Kling aggregator', type: 'klingApi', data: { baseUrl: `${sim.baseUrl}/newapi`, apiKey: sim.apiKey } },
];
const tour = JSON.parse(readFileSync(join(REPO, 'examples', 'editor-tour.json'), 'utf8'));
const { writeFileSync, mkdtempSync } = await import('node:fs');
const importDir = mkdtempSync(join(folder, 'import-'));
writeFileSync(join(importDir, 'c.json'), JSON.stringify(credential));
writeFileSync(join(importDir, 'w.json'), JSON.stringify(tour));
await runN8n(bin, ['import:credentials', `--input=${join(importDir, 'c.json')}`], env);
await runN8n(bin, ['import:workflow', `--input=${join(importDir, 'w.json')}`], env);
// Two Lip-Sync nodes whose voice list cannot load (the pickers' error case).
const voiceNode = (name, x, credentialId, credentialName) => ({
	id: `b1000000-0000-4000-8000-00000000000${x}`,
	name,
	type: 'n8n-nodes-kling.kling',
	typeVersion: 1,
	position: [x * 260, 0],
	parameters: { resource: 'video', operation: 'lipSync', lipSyncVideo: 'https://example.com/talk.mp4', lipSyncText: 'Hello', lipSyncVoiceId: { __rl: true, mode: 'list', value: '' } },
	credentials: { klingApi: { id: credentialId, name: credentialName } },
});
const pickers = {
	id: 'klingPickerErrors',
	name: 'Kling: pickers that cannot load',
	active: false,
	settings: {},
	connections: {},
	nodes: [voiceNode('Wrong Key', 1, 'klingWrongKey', 'Kling wrong key'), voiceNode('Aggregator', 2, 'klingAggregator', 'Kling aggregator')],
};
writeFileSync(join(importDir, 'p.json'), JSON.stringify(pickers));
await runN8n(bin, ['import:workflow', `--input=${join(importDir, 'p.json')}`], env);

log(`starting n8n on 127.0.0.1:${port}`);
const server = spawn(bin, ['start'], { env, stdio: ['ignore', 'pipe', 'pipe'] });
let serverOutput = '';
server.stdout.on('data', (c) => (serverOutput += c));
server.stderr.on('data', (c) => (serverOutput += c));
const base = `http://127.0.0.1:${port}`;
const browser = await chromium.launch({
	executablePath: CHROMIUM,
	args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
let page;
try {
	// /healthz answers before the REST API is mounted; /rest/settings means the editor can load.
	check('n8n starts with the package installed', await waitForHealth(`${base}/rest/settings`, 180_000), serverOutput.slice(-1500));
	mkdirSync(SHOTS, { recursive: true });
	const context = await browser.newContext({ baseURL: base, viewport: { width: 1440, height: 900 } });
	// The owner route can be mounted a moment after /rest/settings answers: retry for up to a minute.
	let setup;
	for (let attempt = 0; attempt < 60; attempt++) {
		setup = await context.request.post('/rest/owner/setup', {
			data: { email: 'owner@example.com', firstName: 'Kling', lastName: 'Tester', password: 'Passw0rd-Kling!' },
		});
		if (setup.status() !== 404) break;
		await new Promise((r) => setTimeout(r, 1000));
	}
	check('the owner account is set up (signed in)', setup.ok(), await setup.text());
	page = await context.newPage();


	// The nodes panel finds the node (from a workflow with nodes: an empty one offers triggers first).
	await page.goto(`/workflow/${tour.id}`);
	await page.waitForLoadState('networkidle');
	await page.getByRole('button', { name: 'Got it' }).click({ timeout: 5_000 }).catch(() => undefined);
	const plus = page.locator('[data-test-id="node-creator-plus-button"]').first();
	if (await plus.isVisible().catch(() => false)) await plus.click();
	else await page.keyboard.press('n');
	// The panel loads its node list after opening; typing too early searches an empty list.
	await page.locator('[data-test-id="node-creator-item-name"]').first().waitFor({ timeout: 20_000 }).catch(() => undefined);
	await page.keyboard.type('kling', { delay: 50 });
	const found = page.locator('[data-test-id="node-creator-item-name"]', { hasText: 'Kling' }).first();
	const appears = await found.waitFor({ timeout: 15_000 }).then(() => true, () => false);
	await page.screenshot({ path: join(SHOTS, 'nodes-panel-search.png') });
	check('the nodes panel search for "kling" shows the Kling node', appears);
	await page.keyboard.press('Escape');

	// Each operation's panel.
	await page.goto(`/workflow/${tour.id}`);
	await page.waitForLoadState('networkidle');
	const fieldsByNode = {
		'Text to Video': ['Prompt', 'Model', 'Duration', 'Wait for Completion'],
		'Image to Video': ['Image', 'Prompt', 'Model'],
		'Multi-Image to Video': ['Reference Images', 'Prompt'],
		'Omni-Video': ['Prompt', 'Model', 'Aspect Ratio'],
		'Get Task': ['Task Type', 'Task ID'],
		Extend: ['Video ID', 'Prompt', 'Additional Fields'],
		'Lip-Sync': ['Video', 'Speech From', 'Text', 'Voice ID', 'Voice Language', 'Voice Speed'],
		Avatar: ['Image', 'Audio', 'Prompt', 'Mode'],
		'Identify Faces': ['Video', 'Download Face Images', 'Put Face Image in Field'],
		'Lip-Sync a Face': ['Session ID', 'Face ID', 'Face Start (Ms)', 'Face End (Ms)', 'Audio From', 'Audio', 'Audio Start (Ms)', 'Audio End (Ms)', 'Insert At (Ms)', 'Audio Volume', 'Original Audio Volume'],
		Effects: ['Effect Scene', 'Images', 'Duration'],
		'Motion Control': ['Model', 'Character Image', 'Reference Video', 'Character Orientation', 'Mode', 'Keep Original Sound'],
		'Text to Video by Callback': ['Wait By', 'Download Video', 'Max Wait (Minutes)'],
		'Text to Audio': ['Prompt', 'Duration (Seconds)', 'Download Audio', 'Audio Format'],
		'Video to Audio': ['Video', 'Sound Effect Prompt', 'Background Music Prompt', 'ASMR Mode', 'Include Video with Sound'],
		// The Image resource.
		'Generate Images': ['Model', 'Prompt', 'Reference Image', 'Aspect Ratio', 'Resolution', 'Number of Images', 'Download Images'],
		'Omni-Image': ['Model', 'Prompt', 'Reference Images', 'Elements', 'Aspect Ratio', 'Number of Images'],
		'Multi-Image to Image': ['Model', 'Subject Images', 'Prompt', 'Scene Image', 'Style Image', 'Aspect Ratio', 'Number of Images'],
		'Expand Image': ['Image', 'Up Expansion', 'Down Expansion', 'Left Expansion', 'Right Expansion', 'Prompt', 'Number of Images'],
		'Virtual Try-On': ['Model', 'Human Image', 'Cloth Image', 'Download Images'],
		'Text to Speech': ['Text', 'Voice ID', 'Voice Language', 'Voice Speed', 'Download Audio'],
		'Get Costs': ['Start', 'End', 'Resource Pack Name', 'Output'],
		'Element Create': ['Name', 'Description', 'Frontal Image', 'Reference Images', 'Tags'],
		'Element Create Advanced': ['Made From', 'Reference Video', 'Voice ID', 'Wait for Completion'],
		'Element Get Many': ['Source', 'Return All', 'Limit'],
		'Voice Create': ['Name', 'Voice Sample', 'Wait for Completion', 'Download Sample'],
		'Voice Get': ['Voice ID'],
		'Recognize Image': ['Image', 'Download Masks', 'Additional Fields'],
		'Element AI Multi-Shot': ['Frontal Image', 'Wait for Completion', 'Download Images'],
		// Video → Edit Objects (Kling's multi-element video editing).
		'Edit Objects: Start Session': ['Video'],
		'Edit Objects: Mark Object': ['Session ID', 'Frame Index', 'Points'],
		'Edit Objects: Unmark Object': ['Session ID', 'Frame Index', 'Points'],
		'Edit Objects: Clear Marks': ['Session ID'],
		'Edit Objects: Preview Marks': ['Session ID', 'Download Preview'],
		'Edit Objects': ['Session ID', 'Edit Mode', 'Images', 'Prompt', 'Duration', 'Mode', 'Wait for Completion'],
	};
	// Fields below the fold that a panel's screenshot should show.
	const scrollTo = { 'Text to Video by Callback': 'Wait By', 'Text to Audio': 'Audio Format' };
	for (const [name, labels] of Object.entries(fieldsByNode)) {
		const node = page.locator(`[data-test-id="canvas-node"][data-node-name="${name}"], [data-name="${name}"]`).first();
		await node.dblclick({ timeout: 20_000 });
		const ndv = page.locator('[data-test-id="ndv"]').first();
		await ndv.waitFor({ timeout: 15_000 });
		await page.waitForTimeout(500);
		const missing = [];
		for (const label of labels) {
			const visible = await ndv.getByText(label, { exact: true }).first().isVisible().catch(() => false);
			if (!visible) missing.push(label);
		}
		if (scrollTo[name]) await ndv.getByText(scrollTo[name], { exact: true }).first().scrollIntoViewIfNeeded().catch(() => undefined);
		const file = `ndv-${name.toLowerCase().replace(/[^a-z]+/g, '-')}.png`;
		await page.screenshot({ path: join(SHOTS, file) });
		check(`the ${name} panel renders its fields (${labels.join(', ')})`, missing.length === 0, `missing: ${missing.join(', ')}`);
		await page.keyboard.press('Escape');
		await page.waitForTimeout(300);
	}

	// The credential dialog; opening it runs the credential's Test against the simulator.
	await page.goto('/home/credentials');
	await page.waitForLoadState('networkidle');
	await page.getByText('Kling account').first().click({ timeout: 20_000 });
	const fieldsShown = await Promise.all(
		['Base URL', 'API Key'].map((text) => page.getByText(text).first().waitFor({ timeout: 15_000 }).then(() => true, () => false)),
	);
	const tested = await page.getByText(/Connection tested successfully/i).first().waitFor({ timeout: 20_000 }).then(() => true, () => false);
	await page.waitForTimeout(300);
	await page.screenshot({ path: join(SHOTS, 'credential-dialog.png') });
	check('the Kling API credential dialog shows Base URL and API Key', fieldsShown.every(Boolean));
	check(
		'the credential Test succeeds in the editor (one harmless read of a task that cannot exist)',
		tested && sim.requests.some((r) => r.path === '/kling/v1/videos/text2video/n8n-credential-test' && r.method === 'GET'),
	);

	// The element and voice pickers: "From list" loads the account's elements and voices with the node's credential.
	page.on('dialog', (dialog) => dialog.accept().catch(() => undefined)); // leaving a panel with unsaved picks
	const openNode = async (workflowId, name) => {
		await page.goto(`/workflow/${workflowId}`);
		await page.waitForLoadState('networkidle');
		await page.getByRole('button', { name: 'Edit here' }).click({ timeout: 2_000 }).catch(() => undefined);
		await page.locator(`[data-test-id="canvas-node"][data-node-name="${name}"], [data-name="${name}"]`).first().dblclick({ timeout: 20_000 });
		const ndv = page.locator('[data-test-id="ndv"]').first();
		await ndv.waitFor({ timeout: 15_000 });
		await page.waitForTimeout(500);
		return ndv;
	};
	const openList = async (ndv, parameter) => {
		const picker = ndv.locator(`[data-test-id="resource-locator-${parameter}"]`).first();
		if ((await picker.locator('[data-test-id="rlc-mode-selector"] input').inputValue().catch(() => '')) !== 'From list') {
			await picker.locator('[data-test-id="rlc-mode-selector"]').click();
			await page.locator('[data-test-id="mode-list"]').last().click();
		}
		await picker.locator('[data-test-id="rlc-input"]').click();
		return picker;
	};
	const shown = (text) => page.getByText(text, { exact: true }).first().waitFor({ timeout: 15_000 }).then(() => true, () => false);

	// One custom element and one custom voice in the account, listed before Kling's presets.
	const simApi = async (method, path, body) =>
		(await fetch(`${sim.baseUrl}/kling${path}`, { method, headers: { authorization: `Bearer ${sim.apiKey}`, 'content-type': 'application/json' }, body: body && JSON.stringify(body) })).json();
	await simApi('POST', '/v1/general/custom-elements', {
		element_name: 'My Hero',
		element_description: 'The hero of our ads',
		element_frontal_image: 'https://example.com/hero.png',
		element_refer_list: [{ image_url: 'https://example.com/hero-side.png' }],
	});
	const cloning = await simApi('POST', '/v1/general/custom-voices', { voice_name: 'My Voice', voice_url: 'https://example.com/me.mp3' });
	for (let i = 0; i < 60 && (await simApi('GET', `/v1/general/custom-voices/${cloning.data.task_id}`)).data.task_status !== 'succeed'; i++) {
		await new Promise((r) => setTimeout(r, 250));
	}

	// Omni-Video: Additional Fields → Elements → Add Element, then its list.
	let ndv = await openNode(tour.id, 'Omni-Video');
	await ndv.getByPlaceholder('Add Field').first().click();
	await page.getByText('Elements', { exact: true }).last().click();
	await ndv.locator('[data-test-id="fixed-collection-elements"] [data-test-id="fixed-collection-add"]').first().click();
	let picker = await openList(ndv, 'elementId');
	const elementNames = await Promise.all(['My Hero (custom)', 'Sim Astronaut (Kling preset)', 'Sim Red Fox (Kling preset)', 'Sim Coffee Cup (Kling preset)'].map(shown));
	await page.screenshot({ path: join(SHOTS, 'ndv-element-picker.png') });
	check("Omni-Video's Element ID lists the account's custom element, then the simulator's preset elements (From list)", elementNames.every(Boolean), `shown: ${elementNames}`);
	await page.keyboard.type('fox', { delay: 30 });
	const filtered = await page.getByText('Sim Astronaut (Kling preset)', { exact: true }).first().waitFor({ state: 'hidden', timeout: 10_000 }).then(() => true, () => false);
	await page.getByText('Sim Red Fox (Kling preset)', { exact: true }).first().click();
	const picked = await picker.locator('[data-test-id="rlc-input"]').inputValue().catch(() => '');
	check('searching the element list for "fox" leaves the Red Fox, which can be picked', filtered && picked === 'Sim Red Fox (Kling preset)', `filtered: ${filtered}, input: ${picked}`);

	// Lip-Sync: Voice ID (By ID in the tour) switched to From list.
	ndv = await openNode(tour.id, 'Lip-Sync');
	picker = await openList(ndv, 'lipSyncVoiceId');
	const voiceNames = await Promise.all(['My Voice (custom)', 'Warm Narrator (EN) (Kling preset)', 'Bright Host (EN) (Kling preset)', 'Calm Reader (ZH) (Kling preset)'].map(shown));
	await page.screenshot({ path: join(SHOTS, 'ndv-voice-picker.png') });
	check("Lip-Sync's Voice ID lists the account's custom voice, then the simulator's preset voices (From list)", voiceNames.every(Boolean), `shown: ${voiceNames}`);

	// A list that cannot load says why, inside the list.
	const errorOf = async (name) => {
		const errorNdv = await openNode(pickers.id, name);
		await openList(errorNdv, 'lipSyncVoiceId');
		const box = page.locator('[data-test-id="rlc-error-container"]').first();
		await box.waitFor({ timeout: 15_000 }).catch(() => undefined);
		return (await box.innerText().catch(() => '')).replace(/\s+/g, ' ');
	};
	const refused = await errorOf('Wrong Key');
	await page.screenshot({ path: join(SHOTS, 'ndv-picker-error.png') });
	check('with a refused key the voice list says so (401, what to correct)', /401 - Could not load the voices: the API key was refused/.test(refused) && /Correct the key in the Kling credential/.test(refused), refused);
	const aggregator = await errorOf('Aggregator');
	check('on a host without the lists (an aggregator) the voice list says so and points to By ID', /Could not load the voices: this host has no voices list/.test(aggregator) && /Choose By ID/.test(aggregator), aggregator);
} catch (error) {
	await page?.screenshot({ path: join(outputDir, 'editor-failure.png') }).catch(() => undefined);
	check('the editor check ran', false, `${String(error?.stack ?? error)}\n  page at failure: ${join(outputDir, 'editor-failure.png')}`);
} finally {
	await browser.close();
	server.kill();
	await sim.close();
}

const passed = results.filter(Boolean).length;
console.log(`screenshots: ${SHOTS}`);
console.log(`editor: ${passed} passed, ${results.length - passed} failed`);
process.exitCode = passed === results.length ? 0 : 1;
