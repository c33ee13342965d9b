// n8n's verification scan (@n8n/scan-community-package) on this package,
// without the registry: the scanner downloads the published tarball and lints
// its compiled JS and package.json, then the provenance-attested sources. Here
// the same scanner functions lint our own `npm pack` output and our sources.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

import { analyzePackage, SOURCE_FILE_PATTERNS } from '@n8n/scan-community-package/scanner/scanner.mjs';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const work = mkdtempSync(join(tmpdir(), 'kling-scan-'));
execFileSync('npm', ['pack', '--pack-destination', work, '--loglevel=error'], { cwd: repo, stdio: ['ignore', 'ignore', 'inherit'] });
const tarball = readdirSync(work).find((name) => name.endsWith('.tgz'));
const unpacked = join(work, 'package');
mkdirSync(unpacked);
execFileSync('tar', ['-xzf', join(work, tarball), '-C', unpacked, '--strip-components=1']);

let failed = 0;
for (const [leg, dir, patterns] of [
	['published tarball (compiled JS + package.json)', unpacked, ['**/*.js', '**/*.json']],
	['sources (nodes, credentials, package.json)', repo, SOURCE_FILE_PATTERNS],
]) {
	const result = await analyzePackage(dir, patterns);
	console.log(`${result.passed ? 'ok' : 'not ok'} - n8n community scan of the ${leg}`);
	if (!result.passed) {
		failed++;
		console.log(result.details ?? result.message);
	}
}
console.log(`scan: ${2 - failed} passed, ${failed} failed`);
process.exitCode = failed ? 1 : 0;
