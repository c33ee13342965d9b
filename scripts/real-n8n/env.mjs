// A real n8n 2.x for the demo and the install test: installed once into a
// cache outside the repo, then one fresh user folder per run with this
// package installed the way n8n's Community Nodes installer does it.
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { randomBytes } from 'node:crypto';
import { fileURLToPath } from 'node:url';

export const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const N8N_VERSION = '2.41.1';
const CACHE = process.env.KLING_CACHE ?? join(process.env.HOME ?? tmpdir(), '.cache', 'n8n-nodes-kling');
const N8N_DIR = join(CACHE, `n8n-${N8N_VERSION}`);
const N8N_BIN = join(N8N_DIR, 'node_modules', '.bin', 'n8n');
const MARKER = join(N8N_DIR, '.kling-ready');

export const log = (message) => process.stderr.write(`[n8n] ${message}\n`);

const npm = (args, cwd) => execFileSync('npm', args, { cwd, stdio: ['ignore', 'ignore', 'inherit'] });

/** Installs n8n once (about 3 minutes, 2.8 GB); an interrupted install is redone. */
export function ensureN8n() {
	if (existsSync(MARKER) && existsSync(N8N_BIN)) return N8N_BIN;
	log(`installing n8n ${N8N_VERSION} into ${N8N_DIR} (one time, about 3 minutes)`);
	mkdirSync(N8N_DIR, { recursive: true });
	writeFileSync(join(N8N_DIR, 'package.json'), '{"private":true}\n');
	// --ignore-scripts: an optional Kafka addon's install script downloads and fails here.
	npm(['install', '--ignore-scripts', '--no-audit', '--no-fund', '--loglevel=error', `n8n@${N8N_VERSION}`], N8N_DIR);
	// The native addons n8n needs, built against this Node's headers.
	const nodedir = process.env.npm_config_nodedir;
	npm(['rebuild', 'sqlite3', 'isolated-vm', '--loglevel=error', ...(nodedir ? [`--nodedir=${nodedir}`] : [])], N8N_DIR);
	writeFileSync(MARKER, new Date().toISOString());
	return N8N_BIN;
}

/** Builds and packs this package, as `npm publish` would ship it. */
export function packPackage() {
	const out = mkdtempSync(join(tmpdir(), 'kling-pack-'));
	npm(['run', 'build', '--silent'], REPO);
	execFileSync('npm', ['pack', '--pack-destination', out, '--loglevel=error'], { cwd: REPO, stdio: ['ignore', 'ignore', 'inherit'] });
	return join(out, readdirSync(out).find((name) => name.endsWith('.tgz')));
}

/**
 * A fresh n8n user folder with the package installed in ~/.n8n/nodes. Peer
 * dependencies are left out, as n8n's own installer strips them: n8n-workflow
 * and zod must come from the n8n that loads the node.
 */
export function makeUserFolder(tgz) {
	const folder = mkdtempSync(join(tmpdir(), 'kling-n8n-'));
	const nodes = join(folder, '.n8n', 'nodes');
	mkdirSync(nodes, { recursive: true });
	writeFileSync(join(nodes, 'package.json'), '{"name":"installed-nodes","private":true}\n');
	npm(['install', tgz, '--legacy-peer-deps', '--no-audit', '--no-fund', '--loglevel=error'], nodes);
	const outputDir = join(folder, 'videos');
	mkdirSync(outputDir, { recursive: true });
	return { folder, nodes, outputDir };
}

/** The environment for every n8n command of one user folder. */
export function n8nEnv(folder, outputDir) {
	return {
		...process.env,
		N8N_USER_FOLDER: folder,
		N8N_ENCRYPTION_KEY: randomBytes(24).toString('hex'),
		DB_TYPE: 'sqlite',
		N8N_DIAGNOSTICS_ENABLED: 'false',
		N8N_VERSION_NOTIFICATIONS_ENABLED: 'false',
		N8N_PERSONALIZATION_ENABLED: 'false',
		// The execute command prints its result through the logger at info level.
		N8N_LOG_LEVEL: 'info',
		// Read/Write Files from Disk may only touch this folder (n8n 2.x restricts file access).
		N8N_RESTRICT_FILE_ACCESS_TO: outputDir,
		N8N_RUNNERS_ENABLED: 'false',
	};
}

/** Runs an n8n CLI command; resolves with its output whatever the exit code. */
export function runN8n(bin, args, env) {
	return new Promise((resolvePromise) => {
		const child = spawn(bin, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
		let out = '';
		child.stdout.on('data', (chunk) => (out += chunk));
		child.stderr.on('data', (chunk) => (out += chunk));
		child.on('close', (code) => resolvePromise({ code, out }));
	});
}

/** The first complete JSON object in `text` after `marker`. */
function jsonAfter(text, marker) {
	const start = text.indexOf('{', Math.max(0, text.indexOf(marker)));
	if (start < 0) return undefined;
	let depth = 0;
	let inString = false;
	for (let i = start; i < text.length; i++) {
		const c = text[i];
		if (inString) {
			if (c === '\\') i++;
			else if (c === '"') inString = false;
		} else if (c === '"') inString = true;
		else if (c === '{') depth++;
		else if (c === '}' && --depth === 0) return JSON.parse(text.slice(start, i + 1));
	}
	return undefined;
}

/**
 * Imports a credential and a workflow into the user folder's n8n and runs the
 * workflow with `n8n execute`. Returns the run data, or the error text.
 */
export async function executeWorkflow(bin, env, { credentials, workflow }) {
	const dir = mkdtempSync(join(tmpdir(), 'kling-import-'));
	writeFileSync(join(dir, 'credentials.json'), JSON.stringify(credentials));
	writeFileSync(join(dir, 'workflow.json'), JSON.stringify(workflow));
	for (const [command, file] of [['import:credentials', 'credentials.json'], ['import:workflow', 'workflow.json']]) {
		const { code, out } = await runN8n(bin, [command, `--input=${join(dir, file)}`], env);
		if (code !== 0) throw new Error(`n8n ${command} failed:\n${out}`);
	}
	const { code, out } = await runN8n(bin, ['execute', `--id=${workflow.id}`], env);
	const succeeded = out.includes('Execution was successful');
	const run = jsonAfter(out, succeeded ? 'Execution was successful' : 'Execution was NOT successful');
	return { ok: code === 0 && succeeded, run, out };
}

/** The output items of one node in a run. */
export const nodeItems = (run, name) => run?.data?.resultData?.runData?.[name]?.[0]?.data?.main?.[0] ?? [];
