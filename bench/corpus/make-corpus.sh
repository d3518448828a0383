#!/usr/bin/env bash
# make-corpus.sh [MB] [OUT]: writes a JSON Lines news corpus ({"id", "dct", "text"} per line) of at least MB megabytes
# (default 50) to OUT (default standard output), built at run time from samples/*.txt and, when present, the shared
# TempEval-3 and MEANTIME articles ($TIMELINE_SHARED_DATA, or shared/data beside the repository); from the samples alone
# otherwise. Each article is a distinct document: its own id, its dates moved by whole years, its paragraphs lightly
# shuffled and thinned, deterministically (seed 1; set SEED to change it). See CorpusGenerator.cs and docs/benchmarks.md.
# Extra arguments go to the generator, e.g. --samples-only.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
MB=${1:-50}
OUT=${2:--}
shift $(($# < 2 ? $# : 2))
ARGS=(corpus --mb "$MB" --seed "${SEED:-1}" "$@")
[[ "$OUT" != - ]] && ARGS+=(-o "$OUT")
dotnet run -c Release --project "$ROOT/bench/Timeline.Benchmarks" -- "${ARGS[@]}"
