#!/usr/bin/env bash
# memory.sh [MB] [FACTOR] [EXTRACT_MB]: peak resident memory of the published Release build of `timeline timexes` and
# `timeline extract` on the generated corpus of MB megabytes (default 50) and on one FACTOR times larger (default 10),
# and the ratio of the two peaks (the target: at most 1.2 for timexes, which streams; extract also holds the events of
# every article until it merges them, and that timeline grows with the corpus). Extract runs on EXTRACT_MB (default
# MB) and EXTRACT_MB x FACTOR. Runs longer than $TIMEOUT s (default 3600) are stopped.
source "$(dirname "${BASH_SOURCE[0]}")/../lib.sh"

MB=${1:-50}
FACTOR=${2:-10}
EXTRACT_MB=${3:-$MB}
publish_cli
machine
header
for verb in timexes extract; do
  base=$MB
  [[ $verb == extract ]] && base=$EXTRACT_MB
  peaks=()
  for size in "$base" "$(awk -v a="$base" -v f="$FACTOR" 'BEGIN { print a * f }')"; do
    corpus "$size"
    describe "$CORPUS"
    case $verb in
      timexes) measure "timexes, $(basename "$CORPUS")" /dev/null "$TIMELINE" timexes --progress none "$CORPUS" ;;
      extract) measure "extract, $(basename "$CORPUS")" /dev/null "$TIMELINE" extract --progress none --input "$CORPUS" --format json ;;
    esac
    peaks+=("$RSS_MB")
  done
  echo "# $verb: peak memory ${FACTOR} x corpus / 1 x corpus = $(ratio "${peaks[1]}" "${peaks[0]}") (target for streaming: <= 1.2)"
done
