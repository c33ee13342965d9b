#!/usr/bin/env bash
# The project's test command for a fresh machine: Node 24 (installed if missing),
# the dev dependencies and Chromium, then `npm test` (build, n8n lint and scan,
# jest over real HTTP against the Kling simulator, the install test and the
# editor check in a real n8n).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/node24.sh
bash scripts/install-deps.sh
# The editor check drives Debian's Chromium (no browser download is possible here).
if [ ! -x /usr/bin/chromium ] && [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
	echo "[deps] apt-get install chromium" >&2
	apt-get update -qq >&2 && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >&2
fi
npm test
