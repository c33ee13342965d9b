#!/usr/bin/env bash
# The project's test command for a fresh machine: Node 24 (installed if missing),
# the dev dependencies, then `npm test` (build, n8n lint, jest over real HTTP
# against the Kling simulator, and the install test in a real n8n).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/node24.sh
bash scripts/install-deps.sh
npm test
