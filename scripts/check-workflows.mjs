// Validates .github/workflows/*.yml offline, so a broken workflow cannot land:
// - the schema check of @action-validator/core (GitHub's workflow schema, compiled
//   to WASM: no network, no binary download);
// - every third-party action pinned to a full commit SHA with its `# vX.Y.Z` tag
//   beside it (a tag can be moved; a SHA cannot);
// - every `node-version:` is the Node 24 that scripts/node24.sh installs.
// It first feeds itself a broken and an unpinned workflow and fails unless both are
// refused: a validator that accepts everything would otherwise pass silently.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

import { validateWorkflow } from '@action-validator/core';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const nodeVersion = /^KLING_NODE_VERSION=(\S+)/m.exec(readFileSync(join(repo, 'scripts/node24.sh'), 'utf8'))?.[1];

/** The validator's nested errors as `path: detail` lines, deduplicated. */
function schemaErrors(text) {
	const lines = new Set();
	const walk = (errors) => {
		for (const error of errors ?? []) {
			if (error.states) for (const state of error.states) walk(state.errors);
			else lines.add(`${error.path || error.location?.line || '(file)'}: ${error.detail ?? error.title}`);
		}
	};
	walk(validateWorkflow(text).errors);
	return [...lines];
}

/** Lines whose `uses:` is neither local nor pinned to a 40-hex SHA with a version comment. */
function pinErrors(text) {
	const problems = [];
	text.split('\n').forEach((line, i) => {
		const uses = /^\s*(?:-\s+)?uses:\s*(\S+)(.*)$/.exec(line);
		if (!uses || uses[1].startsWith('./') || uses[1].startsWith('docker://')) return;
		if (!/@[0-9a-f]{40}$/.test(uses[1]) || !/#\s*v\d+\.\d+\.\d+/.test(uses[2])) {
			problems.push(`line ${i + 1}: ${uses[1]} is not pinned as <action>@<40-hex SHA> # vX.Y.Z`);
		}
	});
	return problems;
}

const versionErrors = (text) =>
	[...text.matchAll(/node-version:\s*['"]?([^'"\s#]+)/g)]
		.filter((m) => m[1] !== nodeVersion)
		.map((m) => `node-version ${m[1]} is not scripts/node24.sh's ${nodeVersion}`);

const problemsOf = (text) => [...schemaErrors(text), ...pinErrors(text), ...versionErrors(text)];

let failed = 0;
const report = (name, problems) => {
	console.log(`${problems.length ? 'not ok' : 'ok'} - ${name}`);
	// The schema's alternatives (oneOf) repeat one mistake several ways: the first lines tell it.
	for (const problem of problems.slice(0, 12)) console.log(`    ${problem}`);
	if (problems.length > 12) console.log(`    … ${problems.length - 12} more`);
	if (problems.length) failed++;
};

// Self-check: each of these must be refused.
const good = 'on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo hi\n';
const broken = {
	'a job without runs-on': good.replace('runs-on', 'runs_on'),
	'an unknown trigger': good.replace('on: push', 'on: pushed'),
	'YAML that does not parse': `${good}    : [\n`,
	'an action pinned to a tag': good.replace('- run: echo hi', '- uses: actions/checkout@v4'),
};
report('the checks accept a minimal valid workflow', problemsOf(good));
for (const [what, text] of Object.entries(broken)) {
	report(`the checks refuse ${what}`, problemsOf(text).length ? [] : ['accepted']);
}

const dir = join(repo, '.github', 'workflows');
const files = readdirSync(dir).filter((name) => /\.ya?ml$/.test(name)).sort();
if (!files.length) report('.github/workflows has workflow files', ['none found']);
for (const name of files) report(`.github/workflows/${name}`, problemsOf(readFileSync(join(dir, name), 'utf8')));

console.log(`check:workflows: ${failed ? `${failed} failed` : 'all passed'}`);
process.exitCode = failed ? 1 : 0;
