#!/usr/bin/env bash
# Installs code-server (VS Code 1.100.3 on Node 20) into .vscode-test/code-server, outside the extension's
# package.json, following shared/guides/vscode-e2e.md. Needs Debian's ripgrep and libkrb5-dev (see .ci/run).
set -euo pipefail
cd "$(dirname "$0")/.."
DIR=.vscode-test/code-server
VERSION=4.100.3
if [ -x "$DIR/node_modules/.bin/code-server" ] && grep -q "\"version\": \"$VERSION\"" "$DIR/node_modules/code-server/package.json" 2>/dev/null; then
  exit 0
fi
# @vscode/ripgrep's postinstall downloads rg unless its cache already holds it: seed it with Debian's rg.
CACHE="${TMPDIR:-/tmp}/vscode-ripgrep-cache-1.15.11"
mkdir -p "$CACHE"
tar czf "$CACHE/ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz" -C /usr/bin rg
mkdir -p "$DIR"
cd "$DIR"
echo '{"private":true}' > package.json
npm_config_unsafe_perm=true npm_config_yes=true npm install --no-audit --no-fund --loglevel=error "code-server@$VERSION"
