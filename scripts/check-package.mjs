// What a user downloads: packs the package (as `npm publish` would) and checks
// the tarball holds the built package and nothing else. Run after `npm run build`.
// The install test (scripts/real-n8n/install-test.mjs) then installs such a
// tarball into a real n8n; this only looks at what is in it.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { dirname, isAbsolute, join, posix, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const pkg = JSON.parse(readFileSync(join(repo, 'package.json'), 'utf8'));

/** The files the package must ship: n8n's entry points, each node's codex, the top files. */
const required = [
	'package.json',
	'README.md',
	'LICENSE.md',
	...pkg.n8n.nodes,
	...pkg.n8n.nodes.map((node) => node.replace(/\.js$/, '.json')),
	...pkg.n8n.credentials,
];

/** Why a path may not be in the tarball, or undefined when it may. */
function whyNot(path) {
	if (!['package.json', 'README.md', 'LICENSE.md'].includes(path) && !path.startsWith('dist/')) return 'outside dist/';
	if (/(^|\/)(test|tests|__tests__|simulator|docs|screenshots)\//.test(path)) return 'tests, simulator or docs';
	if (/\.tsx?$/.test(path) && !path.endsWith('.d.ts')) return 'a TypeScript source';
	if (/\.(tgz|log|env)$/.test(path) || /(^|\/)\./.test(path)) return 'a tarball, log or dotfile';
	return undefined;
}

/** A source map's problems: a source named by an absolute path or a URL points at the build machine. */
function mapProblems(path, map) {
	return [map.sourceRoot ?? '', ...(map.sources ?? [])]
		.filter((source) => source && (isAbsolute(source) || /^[a-z]+:/i.test(source) || /^[A-Za-z]:\\/.test(source)))
		.map((source) => `${path}: source "${source}" is an absolute path`);
}

/** Every problem of a file list (paths in the tarball) and its files' contents. */
function problemsOf(paths, read) {
	const problems = [];
	for (const path of paths) {
		const why = whyNot(path);
		if (why) problems.push(`${path}: ${why}`);
	}
	for (const path of required) if (!paths.includes(path)) problems.push(`${path}: missing`);
	if (!paths.some((path) => path.startsWith('dist/') && path.endsWith('.svg'))) problems.push('dist/: no .svg icon');
	// Icons: each `file:` icon a node or credential names must be in the tarball, beside it.
	for (const entry of [...pkg.n8n.nodes, ...pkg.n8n.credentials].filter((path) => paths.includes(path))) {
		for (const [, icon] of read(entry).matchAll(/['"]file:([^'"]+\.(?:svg|png))['"]/g)) {
			const iconPath = posix.normalize(posix.join(posix.dirname(entry), icon));
			if (!paths.includes(iconPath)) problems.push(`${entry}: its icon ${iconPath} is missing`);
		}
	}
	// No file may name the folder it was built in or the builder's home folder.
	const machinePaths = [repo, homedir()].filter((dir) => dir.length > 1);
	for (const path of paths) {
		const text = read(path);
		if (path.endsWith('.map')) problems.push(...mapProblems(path, JSON.parse(text)));
		const named = machinePaths.find((dir) => text.includes(dir));
		if (named) problems.push(`${path}: names a folder of the machine that built it`);
	}
	return problems;
}

let failed = 0;
const report = (name, problems) => {
	console.log(`${problems.length ? 'not ok' : 'ok'} - ${name}`);
	for (const problem of problems.slice(0, 20)) console.log(`    ${problem}`);
	if (problems.length > 20) console.log(`    … ${problems.length - 20} more`);
	if (problems.length) failed++;
};

// Self-check: a tarball with a test, a source, a screenshot and a map pointing at
// this machine must be refused, or the checks below prove nothing.
const badFiles = {
	'test/textToVideo.test.ts': '',
	'dist/nodes/Kling/Kling.node.ts': '',
	'docs/screenshots/panel.png': '',
	'dist/nodes/Kling/Kling.node.js.map': JSON.stringify({ sources: [join(tmpdir(), 'Kling.node.ts')] }),
};
const badProblems = problemsOf(Object.keys(badFiles), (path) => badFiles[path]);
report(
	'the checks refuse tests, sources, screenshots, absolute map sources and missing files',
	[...Object.keys(badFiles), ...required]
		.filter((path) => !badProblems.some((problem) => problem.startsWith(`${path}:`)))
		.map((path) => `${path} was not refused`),
);

// The real tarball.
if (!existsSync(join(repo, pkg.n8n.nodes[0]))) {
	console.log('not ok - dist/ is built (run `npm run build` first)');
	process.exit(1);
}
const work = mkdtempSync(join(tmpdir(), 'kling-pack-'));
try {
	// Under `npm publish --dry-run` (prepublishOnly), npm_config_dry_run=true is inherited
	// and npm pack would write no tarball: this pack always writes one, into `work`.
	const env = { ...process.env, npm_config_dry_run: 'false' };
	const [packed] = JSON.parse(
		execFileSync('npm', ['pack', '--json', '--pack-destination', work, '--loglevel=error'], { cwd: repo, env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] }),
	);
	const unpacked = join(work, 'package');
	mkdirSync(unpacked);
	execFileSync('tar', ['-xzf', join(work, packed.filename), '-C', unpacked, '--strip-components=1']);
	const paths = packed.files.map((file) => file.path);
	report(`${packed.name}@${packed.version}: only the built package (package.json, README.md, LICENSE.md, dist/)`, problemsOf(paths, (path) => readFileSync(join(unpacked, path), 'utf8')));
	const kb = (bytes) => `${(bytes / 1024).toFixed(1)} kB`;
	console.log(`# tarball ${packed.filename}: ${kb(packed.size)} (unpacked ${kb(packed.unpackedSize)}), ${packed.entryCount} files`);
} finally {
	rmSync(work, { recursive: true, force: true });
}

console.log(`check:package: ${failed ? `${failed} failed` : 'all passed'}`);
process.exitCode = failed ? 1 : 0;
