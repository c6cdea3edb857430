#!/usr/bin/env bash
# Score the working tree against the labelled dev set (or --set FILE) without touching dist/:
# the library is bundled into a private folder, so several people can score at once.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
out=$(mktemp -d "${TMPDIR:-/tmp}/replylint-score.XXXXXX")
trap 'rm -rf "$out"' EXIT
"$here/node_modules/.bin/esbuild" "$here/src/index.ts" --bundle --platform=neutral --format=esm \
  --main-fields=module,main --outfile="$out/index.js" --log-level=error
printf '{"type":"module","exports":"./index.js"}\n' > "$out/package.json"
node "$here/../shared/eval/score.mjs" --pkg "$out" "$@"
