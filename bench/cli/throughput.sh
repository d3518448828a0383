#!/usr/bin/env bash
# throughput.sh [MB] [EXTRACT_MB]: whole-process throughput of the published Release build of `timeline timexes` and
# `timeline extract` on the generated corpus (MB megabytes, default 50; extract on EXTRACT_MB, default MB), on one
# core and on two (CORES="1 2" by default): `--jobs N`, with the process pinned to N cores by taskset so that the
# runtime's own threads (JIT, GC) do not borrow another. Prints a row per run (see bench/lib.sh) and the speed-up of
# each verb from the first core count to each other. Runs longer than $TIMEOUT s (default 3600) are stopped.
source "$(dirname "${BASH_SOURCE[0]}")/../lib.sh"

MB=${1:-50}
EXTRACT_MB=${2:-$MB}
CORES=${CORES:-1 2}
publish_cli
machine
header
for verb in timexes extract; do
  if [[ $verb == timexes ]]; then corpus "$MB"; else corpus "$EXTRACT_MB"; fi
  describe "$CORPUS"
  first=""
  for n in $CORES; do
    case $verb in
      timexes) measure "timexes --jobs $n, $(basename "$CORPUS")" /dev/null taskset -c "0-$((n - 1))" "$TIMELINE" timexes --jobs "$n" --progress none "$CORPUS" ;;
      extract) measure "extract --jobs $n, $(basename "$CORPUS")" /dev/null taskset -c "0-$((n - 1))" "$TIMELINE" extract --jobs "$n" --progress none --input "$CORPUS" --format json ;;
    esac
    if [[ -z $first ]]; then first=$WALL; else echo "# $verb: $(ratio "$first" "$WALL") x faster on $n cores than on $(cut -d' ' -f1 <<<"$CORES")"; fi
  done
done
