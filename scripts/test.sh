#!/usr/bin/env bash
# The project's test command for a fresh machine: Node 24 (installed if missing),
# the dev dependencies, Chromium, PostgreSQL and Redis, then `npm test` (build,
# n8n lint and scan, jest over real HTTP against the Kling simulator, the install
# test, the queue-mode test and the editor check in a real n8n).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/node24.sh
bash scripts/install-deps.sh
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
npm test
