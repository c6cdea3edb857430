#!/usr/bin/env bash
# Run a TypeScript file once, bundled with the esbuild that tsup brings (for quick experiments).
set -euo pipefail
file=$1; shift
out=$(mktemp -d)/run.mjs
node_modules/.bin/esbuild "$file" --bundle --platform=node --format=esm --outfile="$out" --log-level=warning --external:vitest
node "$out" "$@"
