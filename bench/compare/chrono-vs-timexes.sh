#!/usr/bin/env bash
# chrono-vs-timexes.sh [CORPUS.jsonl]: runs chrono-node (the JavaScript date parser) and the published Release build
# of `timeline timexes` over the same JSON Lines corpus, one after the other, as whole processes (start-up, JSON
# reading and writing included), and prints for each the wall time, MB/s, articles/s, CPU time, MB per CPU-second
# and peak memory, then timeline's throughput as a multiple of chrono's.
# Without CORPUS it uses the generated 50 MB corpus (MB=... to change). chrono-node is installed with npm (from
# bench/compare/chrono/package.json and its lock) into $SCRATCH/chrono at run time; node_modules is never committed.
# REPEAT=N runs each N times (default 1); on a loaded machine, compare the MB/CPU-s columns.
source "$(dirname "${BASH_SOURCE[0]}")/../lib.sh"

if [[ $# -gt 0 ]]; then CORPUS=$1; else corpus "${MB:-50}"; fi
describe "$CORPUS"

command -v node >/dev/null || { echo "chrono-vs-timexes: node is needed" >&2; exit 2; }
mkdir -p "$SCRATCH/chrono"
cp "$ROOT/bench/compare/chrono/package.json" "$ROOT/bench/compare/chrono/package-lock.json" "$ROOT/bench/compare/chrono/timexes.mjs" "$SCRATCH/chrono/"
echo "# npm ci (chrono-node) in $SCRATCH/chrono" >&2
(cd "$SCRATCH/chrono" && npm ci --no-audit --no-fund --loglevel=error >&2)
publish_cli

machine
echo "# corpus $CORPUS: $ARTICLES articles, $BYTES bytes; node $(node --version), chrono-node $(node -p "require('$SCRATCH/chrono/node_modules/chrono-node/package.json').version")"
header
best_chrono=0 best_timeline=0 cpu_chrono=0 cpu_timeline=0
for ((k = 1; k <= ${REPEAT:-1}; k++)); do
  measure "chrono-node (node timexes.mjs)" "$SCRATCH/chrono.out.jsonl" node "$SCRATCH/chrono/timexes.mjs" "$CORPUS"
  best_chrono=$(awk -v a="$best_chrono" -v b="$MBS" 'BEGIN { print (b > a ? b : a) }')
  cpu_chrono=$(awk -v a="$cpu_chrono" -v b="$MBCPU" 'BEGIN { print (b > a ? b : a) }')
  measure "timeline timexes (published)" "$SCRATCH/timexes.out.jsonl" "$TIMELINE" timexes --progress none "$CORPUS"
  best_timeline=$(awk -v a="$best_timeline" -v b="$MBS" 'BEGIN { print (b > a ? b : a) }')
  cpu_timeline=$(awk -v a="$cpu_timeline" -v b="$MBCPU" 'BEGIN { print (b > a ? b : a) }')
done
count() { jq -r '.timexes | length' "$1" | awk '{ s += $1 } END { print s }'; }
echo "# expressions found: chrono $(count "$SCRATCH/chrono.out.jsonl"), timeline $(count "$SCRATCH/timexes.out.jsonl")"
echo "# timeline / chrono: $(ratio "$best_timeline" "$best_chrono") x in wall MB/s (timeline on every core, chrono on one)," \
  "$(ratio "$cpu_timeline" "$cpu_chrono") x in MB per CPU-second; target 3 x"
