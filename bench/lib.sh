# Shared by the bench/ scripts (source it): where things are, building, and timing one run of a command.
# Scratch files (the published CLI, corpora, npm packages, outputs) go to $SCRATCH, /tmp/timeline-bench by default;
# nothing is written into the repository. Delete $SCRATCH to start afresh.

set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
SCRATCH=${SCRATCH:-/tmp/timeline-bench}
TIMEOUT=${TIMEOUT:-3600}
mkdir -p "$SCRATCH"

if [[ ! -x /usr/bin/time ]]; then
  echo "bench: /usr/bin/time (GNU time) is needed: apt-get install time" >&2
  exit 2
fi

# publish_cli: the Release build of the `timeline` tool (dotnet publish, as it ships: one native executable, compiled
# ahead of time; docs/decisions/0003-native-cli.md), in $SCRATCH/timeline; sets TIMELINE. That needs clang (and zlib's
# headers) on Linux; PUBLISH="-p:PublishAot=false" publishes ReadyToRun code for the shared runtime instead.
publish_cli() {
  local extra=${PUBLISH:-}
  echo "# dotnet publish src/Timeline.Cli -c Release -o $SCRATCH/timeline $extra" >&2
  rm -rf "$SCRATCH/timeline"
  # shellcheck disable=SC2086 # PUBLISH holds whole MSBuild arguments
  if ! dotnet publish "$ROOT/src/Timeline.Cli" -c Release -o "$SCRATCH/timeline" --nologo -v quiet $extra >&2; then
    echo "bench: publishing failed; without clang, try PUBLISH=-p:PublishAot=false" >&2
    exit 2
  fi
  TIMELINE="$SCRATCH/timeline/Timeline.Cli"
}

# corpus MB: the generated corpus of MB megabytes (bench/corpus/make-corpus.sh), made once in $SCRATCH; sets CORPUS.
corpus() {
  CORPUS="$SCRATCH/corpus-${1}mb.jsonl"
  if [[ ! -s "$CORPUS" ]]; then "$ROOT/bench/corpus/make-corpus.sh" "$1" "$CORPUS"; fi
}

# describe FILE: sets BYTES (file size) and ARTICLES (lines) of a JSON Lines corpus.
describe() {
  BYTES=$(stat -L -c %s "$1")
  ARTICLES=$(grep -c . "$1")
}

# machine: one line on what the numbers were measured on.
machine() {
  echo "# $(date -u +%Y-%m-%dT%H:%MZ), commit $(git -C "$ROOT" rev-parse --short HEAD), $(nproc) cores," \
    "$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), load average $(cut -d' ' -f1-3 /proc/loadavg)"
  # Runs write their output to /dev/null. On one machine here it was a regular file on a memory file system, and every
  # run wrote its hundreds of megabytes of JSON into memory (0.2-0.5 s of system time in a 50 MB extract).
  if [[ ! -c /dev/null ]]; then
    echo "# warning: /dev/null is not the null device here ($(stat -c %F /dev/null)): output is really written;" \
      "as root: rm /dev/null && mknod -m 666 /dev/null c 1 3"
  fi
}

header() {
  printf '%-44s %9s %9s %10s %9s %10s %6s %9s %s\n' run 'wall s' 'MB/s' 'articles/s' 'CPU s' 'MB/CPU-s' cores 'peak MB' status
}

# measure LABEL OUT CMD...: runs CMD once (stdout to OUT, killed after $TIMEOUT s) under GNU time and prints one row:
# wall seconds, MB/s and articles/s of wall time over $BYTES and $ARTICLES, CPU seconds (user + system), MB per
# CPU-second (what the run would do on one idle core), cores used (CPU / wall) and peak resident memory. It also sets
# WALL, MBS, CPU, MBCPU, RSS_MB and STATUS for the caller.
measure() {
  local label=$1 out=$2
  shift 2
  local report code=0
  report=$(mktemp)
  /usr/bin/time -v -o "$report" timeout --kill-after=10 "$TIMEOUT" "$@" >"$out" || code=$?
  STATUS=ok
  if [[ $code == 124 || $code == 137 ]]; then STATUS="TIMED-OUT(${TIMEOUT}s)"; elif [[ $code != 0 ]]; then STATUS="exit-$code"; fi
  read -r WALL CPU RSS_MB < <(awk -F': ' '
    /Elapsed \(wall clock\)/ { n = split($2, p, ":"); wall = 0; for (i = 1; i <= n; i++) wall = wall * 60 + p[i] }
    /User time/ { user = $2 }
    /System time/ { sys = $2 }
    /Maximum resident set size/ { rss = $2 }
    END { print wall, user + sys, rss / 1024 }' "$report")
  rm -f "$report"
  MBS=$(awk -v b="$BYTES" -v w="$WALL" 'BEGIN { printf "%.2f", b / 1e6 / w }')
  MBCPU=$(awk -v b="$BYTES" -v c="$CPU" 'BEGIN { printf "%.2f", (c > 0 ? b / 1e6 / c : 0) }')
  awk -v label="$label" -v wall="$WALL" -v cpu="$CPU" -v rss="$RSS_MB" -v bytes="$BYTES" -v articles="$ARTICLES" -v status="$STATUS" 'BEGIN {
    printf "%-44s %9.1f %9.2f %10.0f %9.1f %10.2f %6.2f %9.0f %s\n", label, wall, bytes / 1e6 / wall, articles / wall,
      cpu, (cpu > 0 ? bytes / 1e6 / cpu : 0), cpu / wall, rss, status }'
}

# ratio A B: A / B to two decimals.
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", (b > 0 ? a / b : 0) }'; }
