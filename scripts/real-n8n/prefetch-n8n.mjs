// Installs every n8n line the tests use (env.mjs N8N_VERSIONS), side by side, into the
// cache, so that scripts/test.sh can start the slow part of a cold machine (about 5 minutes
// of downloads and native builds) while the build, the lint and jest run. Whoever needs a
// line meanwhile waits for its install (env.mjs ensureN8n takes a lock); a failed install
// here is simply done again there. `node scripts/real-n8n/prefetch-n8n.mjs [version]`.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

import { N8N_VERSIONS, ensureN8n, log } from './env.mjs';

const [version] = process.argv.slice(2);
if (version) {
	ensureN8n(version);
} else {
	const started = Date.now();
	const codes = await Promise.all(
		N8N_VERSIONS.map(
			(each) =>
				new Promise((resolve) =>
					spawn(process.execPath, [fileURLToPath(import.meta.url), each], { stdio: 'inherit' }).on('exit', (code) => resolve(code)),
				),
		),
	);
	log(`prefetch: ${N8N_VERSIONS.map((each, i) => `${each} ${codes[i] === 0 ? 'ready' : `failed (${codes[i]})`}`).join(', ')} after ${Math.round((Date.now() - started) / 1000)} s`);
	process.exitCode = codes.every((code) => code === 0) ? 0 : 1;
}
