#!/usr/bin/env bash
# The main job, on a fresh machine: Node 24 and the dependencies if missing,
# a real n8n (cached), then examples/text-to-video.json against the embedded
# Kling simulator — or a real host with KLING_BASE_URL and KLING_API_KEY set.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/node24.sh
bash scripts/install-deps.sh
node scripts/real-n8n/demo.mjs
