#!/usr/bin/env bash
# Installs the dev dependencies when node_modules is missing or older than the lockfile.
# --ignore-scripts: eslint-plugin-n8n-nodes-base's preinstall insists on pnpm; the one
# native addon the tests need (isolated-vm, for n8n's expression sandbox) is rebuilt after.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/node24.sh
stamp=node_modules/.kling-installed
if [ ! -f "$stamp" ] || [ package-lock.json -nt "$stamp" ]; then
	echo "[deps] npm install (Node $(node --version))" >&2
	# Not `npm ci`: npm 11 rejects this lockfile for other platforms' optional
	# bindings (@unrs/resolver-binding-*) it never recorded; install keeps the locked versions.
	npm install --ignore-scripts --no-audit --no-fund --loglevel=error >&2
	npm rebuild isolated-vm --loglevel=error >&2
	touch "$stamp"
fi
