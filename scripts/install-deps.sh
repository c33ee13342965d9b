#!/usr/bin/env bash
# Installs the dev dependencies when node_modules is missing or older than the lockfile.
# --ignore-scripts: eslint-plugin-n8n-nodes-base's preinstall insists on pnpm; the one
# native addon the tests need (isolated-vm, for n8n's expression sandbox) is rebuilt after.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/node24.sh
stamp=node_modules/.kling-installed
if [ ! -f "$stamp" ] || [ package-lock.json -nt "$stamp" ]; then
	echo "[deps] npm ci (Node $(node --version))" >&2
	npm ci --ignore-scripts --no-audit --no-fund --loglevel=error
	npm rebuild isolated-vm --loglevel=error >&2
	touch "$stamp"
fi
