#!/usr/bin/env bash
# The project's test command for a fresh machine: Node 24 (installed if missing),
# the dev dependencies, Chromium, PostgreSQL and Redis, then `npm test` (build,
# n8n lint and scan, jest over real HTTP against the Kling simulator, the install
# test, the queue-mode test and the editor check in a real n8n).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/node24.sh
bash scripts/install-deps.sh
# The n8n lines the real-n8n tests need are installed in the background while the rest runs (a cold
# machine: about 5 minutes, mostly downloads); the install test waits for them if it gets there
# first, and installs itself whatever this did not.
node scripts/real-n8n/prefetch-n8n.mjs &
prefetch=$!
# Debian packages, installed when missing (as root, one apt-get update): the editor
# check drives Chromium (no browser download is possible here); the queue-mode test
# runs its own PostgreSQL and Redis.
missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
compgen -G '/usr/lib/postgresql/*/bin/initdb' >/dev/null || missing+=(postgresql)
command -v redis-server >/dev/null || missing+=(redis-server)
if [ ${#missing[@]} -gt 0 ] && [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
	echo "[deps] apt-get install ${missing[*]}" >&2
	apt-get update -qq >&2 && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >&2
fi
status=0
npm test || status=$?
wait "$prefetch" || true
exit "$status"
