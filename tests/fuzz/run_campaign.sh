#!/usr/bin/env bash
# The standing fuzz campaign (issue 11): builds the libFuzzer harnesses of pipeline/fuzz with
# clang, runs every target for a given time from its committed corpus (two at a time by
# default), merges the new inputs that reach new code back into pipeline/fuzz/corpus/<target>/
# (minimised with -merge=1, so only inputs that add coverage are kept), keeps every crash, leak,
# timeout or out-of-memory input as a regression file in the same corpus folder (the normal
# build's tests/fuzz_corpus_test.cc then runs it: it must be fixed before the suite is green
# again), and prints the executions of each target.
#
#   tests/fuzz/run_campaign.sh [-t SECONDS] [-j PARALLEL] [-b BUILD_DIR] [TARGET ...]
#
#   -t SECONDS    how long each target runs (default 600: ten minutes)
#   -j PARALLEL   how many targets run at once (default 2)
#   -b BUILD_DIR  the fuzz build folder (default build-fuzz, configured if missing)
#   TARGET ...    only these targets (default: every target of pipeline/fuzz/fuzz_targets.cmake)
#
# Exit status: 0 when no target found anything, 1 when some did (the inputs are in the corpus
# folders and listed), 2 on a usage or build error. The logs of the last campaign are in
# BUILD_DIR/campaign/<target>/.
set -euo pipefail

seconds=600
parallel=2
build=build-fuzz
while getopts "t:j:b:h" option; do
  case "$option" in
    t) seconds=$OPTARG ;;
    j) parallel=$OPTARG ;;
    b) build=$OPTARG ;;
    *) sed -n '2,21p' "$0" | sed 's/^# \{0,1\}//'; exit 2 ;;
  esac
done
shift $((OPTIND - 1))
case "$seconds$parallel" in *[!0-9]*) echo "run_campaign.sh: -t and -j take whole numbers" >&2; exit 2 ;; esac

root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
  # set(KEFU_FUZZ_TARGET_NAMES\n  csv_reader text_encoding …\n  clock_log), over any number of lines.
  read -r -a targets < <(awk '/set\(KEFU_FUZZ_TARGET_NAMES/ {on = 1; next}
                              on {names = names " " $0; if ($0 ~ /\)/) {sub(/\).*/, "", names);
                                                                        print names; exit}}' \
                         pipeline/fuzz/fuzz_targets.cmake)
fi

if [ ! -f "$build/CMakeCache.txt" ]; then
  CC=clang CXX=clang++ cmake -S . -B "$build" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DKEFU_FUZZ=ON \
    -DBUILD_TESTING=OFF > /dev/null
else
  cmake -S . -B "$build" > /dev/null  # targets added since the last campaign
fi
fuzzers=()
for target in "${targets[@]}"; do fuzzers+=("${target}_fuzzer"); done
cmake --build "$build" -j"$parallel" --target "${fuzzers[@]}" > "$build/campaign-build.log" 2>&1 || {
  echo "run_campaign.sh: the fuzz build failed, see $build/campaign-build.log" >&2
  exit 2
}

# One target: a fresh working corpus (new inputs go there first), the committed corpus read as
# well, findings written to artifacts/.
run_one() {
  local target=$1 dir="$build/campaign/$1"
  rm -rf "$dir"
  mkdir -p "$dir/new" "$dir/artifacts"
  "$build/pipeline/fuzz/${target}_fuzzer" -max_total_time="$seconds" -timeout=10 \
    -rss_limit_mb=2048 -print_final_stats=1 -artifact_prefix="$dir/artifacts/" \
    "$dir/new" "pipeline/fuzz/corpus/$target" > "$dir/fuzz.log" 2>&1 || true
}
export -f run_one
export build seconds
printf '%s\n' "${targets[@]}" | xargs -P "$parallel" -I{} bash -c 'run_one "$1"' _ {}

found=0
printf '%-16s %14s %10s %12s %9s\n' target executions exec/s new-inputs findings
for target in "${targets[@]}"; do
  dir="$build/campaign/$target"
  corpus="pipeline/fuzz/corpus/$target"
  executions=$(sed -n 's/^stat::number_of_executed_units: *//p' "$dir/fuzz.log" | tail -1)
  per_second=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$dir/fuzz.log" | tail -1)
  before=$(ls "$corpus" | wc -l)
  # Only inputs that add coverage to the committed corpus are kept, each under its SHA-1 name.
  "$build/pipeline/fuzz/${target}_fuzzer" -merge=1 -timeout=10 "$corpus" "$dir/new" \
    > "$dir/merge.log" 2>&1 || true
  added=$(( $(ls "$corpus" | wc -l) - before ))
  findings=0
  for artifact in "$dir"/artifacts/*; do
    [ -e "$artifact" ] || continue
    findings=$((findings + 1))
    cp "$artifact" "$corpus/$(basename "$artifact")"
    echo "  finding: $corpus/$(basename "$artifact") (log: $dir/fuzz.log)" >&2
  done
  [ "$findings" -eq 0 ] || found=1
  printf '%-16s %14s %10s %12s %9s\n' "$target" "${executions:-?}" "${per_second:-?}" "$added" "$findings"
done
exit "$found"
