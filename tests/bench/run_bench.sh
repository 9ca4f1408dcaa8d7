#!/usr/bin/env bash
# Times kefu on generated input folders and checks that --jobs does not change a single byte.
#
#   tests/bench/run_bench.sh [--sizes "1000 10000 50000"] [--months 12] [--kefu PATH]
#                            [--runs 3] [--workdir DIR] [--end YYYY-MM] [--seed S]
#                            [--jobs N] [--det-size N] [--floor PATH]
#
# For each size it generates an input folder once (tests/bench/generate.py; cached in the
# workdir by size, months, end month and seed, and regenerated when generate.py changes), then
# runs every command below --runs times as a whole process under /usr/bin/time -v, each run into
# a fresh output folder:
#
#   kefu check
#   kefu attendance --month <end>
#   kefu evaluate   --quarter <last quarter ended by the end of <end>>   (writes its dossiers)
#   kefu roster     --month <end + 1>
#   kefu run        --month <end>
#
# Right after each timed `kefu attendance` it runs the floor program (tests/bench/floor,
# build/kefu_floor) on the workbook that run wrote, with the same input and month: the time it
# takes to read the inputs the manifest lists and to write the same cells with libxlsxwriter in
# constant_memory mode. Without a floor binary the floor columns are n/a.
#
# It prints a Markdown table (size, command, median wall seconds, median peak RSS in MB, exit
# status; also the median CPU time, which a busy shared machine disturbs less than the wall
# time; for attendance, the floor's median wall time and kefu's as a multiple of it), the
# floor's details (read and write split, CPU time), the 50k/10k wall-time ratio per command,
# and the determinism check: the SHA-256 of
# every output file with --jobs 1 and --jobs 2 on the 10,000 size (or --det-size). A command the
# kefu binary does not have yet is reported as n/a. The tables are also saved as
# <workdir>/results-<UTC time>.md; each run's stdout/stderr and time -v output stay in
# <workdir>/runs/.
set -uo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
SIZES="1000 10000 50000"
MONTHS=12
END=2024-12
SEED=1
RUNS=3
KEFU="$ROOT/build/kefu"
FLOOR="$ROOT/build/kefu_floor"
WORKDIR="$ROOT/tests/bench/out"
JOBS=""
DET_SIZE=""
PYTHON=/usr/bin/python3
TIME=/usr/bin/time
GENERATOR="$ROOT/tests/bench/generate.py"

usage() {  # the comment block at the top of this file
  awk 'NR > 1 && /^#/ { sub(/^# ?/, ""); print; next } NR > 1 { exit }' "${BASH_SOURCE[0]}"
  exit "${1:-0}"
}

while [[ $# -gt 0 ]]; do
  case "$1" in
    --sizes) SIZES="$2"; shift 2 ;;
    --months) MONTHS="$2"; shift 2 ;;
    --kefu) KEFU="$2"; shift 2 ;;
    --runs) RUNS="$2"; shift 2 ;;
    --workdir) WORKDIR="$2"; shift 2 ;;
    --end) END="$2"; shift 2 ;;
    --seed) SEED="$2"; shift 2 ;;
    --jobs) JOBS="$2"; shift 2 ;;
    --det-size) DET_SIZE="$2"; shift 2 ;;
    --floor) FLOOR="$2"; shift 2 ;;
    -h|--help) usage 0 ;;
    *) echo "run_bench.sh: unknown argument '$1'" >&2; usage 1 >&2 ;;
  esac
done

die() { echo "run_bench.sh: $*" >&2; exit 2; }
[[ "$RUNS" =~ ^[1-9][0-9]*$ ]] || die "--runs must be a positive number"
[[ "$MONTHS" =~ ^[1-9][0-9]*$ ]] || die "--months must be a positive number"
[[ "$END" =~ ^[0-9]{4}-(0[1-9]|1[0-2])$ ]] || die "--end must be YYYY-MM"
[[ -z "$JOBS" || "$JOBS" =~ ^[1-9][0-9]*$ ]] || die "--jobs must be a positive number"
for s in $SIZES; do [[ "$s" =~ ^[1-9][0-9]*$ ]] || die "bad size '$s'"; done
[[ -x "$TIME" ]] || die "$TIME not found (GNU time is needed for -v)"
[[ -x "$PYTHON" ]] || die "$PYTHON not found"
[[ -x "$KEFU" ]] || die "kefu binary not found: $KEFU (build it: cmake -S . -B build -DCMAKE_BUILD_TYPE=Release && cmake --build build -j2 --target kefu, or pass --kefu)"
KEFU=$(cd "$(dirname "$KEFU")" && pwd)/$(basename "$KEFU")
if [[ -x "$FLOOR" ]]; then
  FLOOR=$(cd "$(dirname "$FLOOR")" && pwd)/$(basename "$FLOOR")
else
  echo "run_bench.sh: no floor program at $FLOOR (cmake --build build --target kefu_floor, or pass --floor): floor columns are n/a" >&2
  FLOOR=""
fi
mkdir -p "$WORKDIR" || die "cannot create $WORKDIR"
WORKDIR=$(cd "$WORKDIR" && pwd)

# The periods: the last month of history, the last quarter that has ended by its last day, and
# the roster month after it.
end_y=$((10#${END%-*})); end_m=$((10#${END#*-}))
q_m=$(( end_m - end_m % 3 )); q_y=$end_y
if (( q_m == 0 )); then q_m=12; q_y=$((end_y - 1)); fi
QUARTER="${q_y}Q$((q_m / 3))"
if (( end_m == 12 )); then ROSTER=$(printf '%04d-01' $((end_y + 1))); else ROSTER=$(printf '%04d-%02d' "$end_y" $((end_m + 1))); fi

COMMANDS=(check attendance evaluate roster run)
command_args() {
  case "$1" in
    check) echo "check" ;;
    attendance) echo "attendance --month $END" ;;
    evaluate) echo "evaluate --quarter $QUARTER" ;;
    roster) echo "roster --month $ROSTER" ;;
    run) echo "run --month $END" ;;
  esac
}

# A command exists when `kefu <command> --help` succeeds (an unknown command is a usage error).
declare -A AVAILABLE
for c in "${COMMANDS[@]}"; do
  if "$KEFU" --lang en "$c" --help >/dev/null 2>&1; then AVAILABLE[$c]=1; else AVAILABLE[$c]=0; fi
done

GEN_SHA=$(sha256sum "$GENERATOR" | cut -d' ' -f1)
# Generates (or reuses) the input folder of one size; prints its path.
input_for() {
  local size=$1
  local dir="$WORKDIR/data/s${size}-m${MONTHS}-e${END}-seed${SEED}"
  if [[ -f "$dir/.generated" && "$(cat "$dir/.bench-generator.sha256" 2>/dev/null)" == "$GEN_SHA" ]]; then
    echo "reusing $dir" >&2
  else
    rm -rf "$dir" "$dir.tmp"
    echo "generating $size staff x $MONTHS months (end $END, seed $SEED) ..." >&2
    local t0=$SECONDS
    if ! "$PYTHON" "$GENERATOR" --staff "$size" --months "$MONTHS" --end "$END" --seed "$SEED" \
        --out "$dir.tmp" --quiet >&2; then
      rm -rf "$dir.tmp"
      return 1
    fi
    echo "$GEN_SHA" > "$dir.tmp/.bench-generator.sha256"
    mv "$dir.tmp" "$dir"
    echo "  generated in $((SECONDS - t0)) s, $(du -sm "$dir" | cut -f1) MB" >&2
  fi
  echo "$dir"
}

seconds_of() {  # "1:02:03.45" or "0:10.87" -> seconds
  awk -F: '{ s = 0; for (i = 1; i <= NF; i++) s = s * 60 + $i; printf "%.2f", s }' <<<"$1"
}
median() {  # numbers, one a line; [printf format of the result, default %.2f]
  sort -g | awk -v f="${1:-%.2f}\n" '{ a[NR] = $1 } END { if (NR == 0) print "n/a"; else if (NR % 2) printf f, a[(NR + 1) / 2]; else printf f, (a[NR / 2] + a[NR / 2 + 1]) / 2 }'
}

# Runs one command once under time -v; sets RUN_WALL (s), RUN_CPU (user + system s), RUN_RSS
# (MB), RUN_EXIT.
time_once() {
  local input=$1 out=$2 log=$3; shift 3
  rm -rf "$out"
  mkdir -p "$out" "$(dirname "$log")"
  local jobs=()
  [[ -n "$JOBS" ]] && jobs=(--jobs "$JOBS")
  "$TIME" -v -o "$log.time" "$KEFU" --quiet --input "$input" --output "$out" "${jobs[@]}" "$@" \
    >"$log.stdout" 2>"$log.stderr"
  local wall rss
  wall=$(sed -n 's/.*Elapsed (wall clock) time (h:mm:ss or m:ss): //p' "$log.time")
  rss=$(sed -n 's/.*Maximum resident set size (kbytes): //p' "$log.time")
  RUN_EXIT=$(sed -n 's/.*Exit status: //p' "$log.time")
  RUN_WALL=$(seconds_of "$wall")
  RUN_CPU=$(awk -F': ' '/User time \(seconds\)|System time \(seconds\)/ { s += $2 } END { printf "%.2f", s }' "$log.time")
  RUN_RSS=$(awk '{ printf "%.1f", $1 / 1024 }' <<<"$rss")
}

# Runs the floor program on the attendance workbook that the run into `out` wrote; sets
# FLOOR_RUN[wall cpu read write bytes cells] from its line, or returns 1.
declare -A FLOOR_RUN
floor_once() {
  local input=$1 out=$2 log=$3
  local workbook="$out/attendance/$END/attendance-$END.xlsx" dir
  dir="$(dirname "$log")/floor"
  [[ -n "$FLOOR" && -f "$workbook" ]] || return 1
  rm -rf "$dir"; mkdir -p "$dir"
  "$FLOOR" --workbook "$workbook" --input "$input" --month "$END" --out "$dir/floor.xlsx" \
    >"$log.floor.stdout" 2>"$log.floor.stderr" || { echo "  floor failed: $(tail -1 "$log.floor.stderr")" >&2; return 1; }
  local line key
  line=$(grep '^kefu_floor ' "$log.floor.stdout") || return 1
  for key in wall cpu read write bytes cells; do
    case $key in
      wall) FLOOR_RUN[$key]=$(sed -n 's/.* wall_s=\([0-9.]*\).*/\1/p' <<<"$line") ;;
      cpu) FLOOR_RUN[$key]=$(sed -n 's/.* cpu_s=\([0-9.]*\).*/\1/p' <<<"$line") ;;
      read) FLOOR_RUN[$key]=$(sed -n 's/.* read_wall_s=\([0-9.]*\).*/\1/p' <<<"$line") ;;
      write) FLOOR_RUN[$key]=$(sed -n 's/.* write_wall_s=\([0-9.]*\).*/\1/p' <<<"$line") ;;
      bytes) FLOOR_RUN[$key]=$(sed -n 's/.* input_bytes=\([0-9]*\).*/\1/p' <<<"$line") ;;
      cells) FLOOR_RUN[$key]=$(sed -n 's/.* cells=\([0-9]*\).*/\1/p' <<<"$line") ;;
    esac
  done
}
divide() {  # a b -> a / b with two decimals, or n/a
  awk -v a="$1" -v b="$2" 'BEGIN { if (a != "n/a" && b != "n/a" && a != "" && b > 0) printf "%.2f", a / b; else print "n/a" }'
}

declare -A WALL CPU RSS EXIT
declare -A F_WALL F_CPU F_READ F_WRITE F_MB F_CELLS
LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)
RESULTS="$WORKDIR/results-$(date -u +%Y%m%dT%H%M%SZ).md"
SIZE_LIST=()
for size in $SIZES; do
  input=$(input_for "$size") || { echo "generation of size $size failed" >&2; continue; }
  SIZE_LIST+=("$size")
  for c in "${COMMANDS[@]}"; do
    if [[ ${AVAILABLE[$c]} != 1 ]]; then
      WALL[$size,$c]=n/a; CPU[$size,$c]=n/a; RSS[$size,$c]=n/a; EXIT[$size,$c]="n/a (not in this kefu)"
      continue
    fi
    walls=() cpus=() rsses=() exits=()
    f_walls=() f_cpus=() f_reads=() f_writes=()
    for ((r = 1; r <= RUNS; r++)); do
      echo "size $size: kefu $(command_args "$c") (run $r/$RUNS)" >&2
      # shellcheck disable=SC2046
      time_once "$input" "$WORKDIR/runs/s$size/$c/output" "$WORKDIR/runs/s$size/$c/run$r" $(command_args "$c")
      walls+=("$RUN_WALL"); cpus+=("$RUN_CPU"); rsses+=("$RUN_RSS"); exits+=("$RUN_EXIT")
      if [[ $c == attendance ]] && floor_once "$input" "$WORKDIR/runs/s$size/$c/output" "$WORKDIR/runs/s$size/$c/run$r"; then
        echo "  floor: ${FLOOR_RUN[wall]} s (read ${FLOOR_RUN[read]} s, write ${FLOOR_RUN[write]} s)" >&2
        f_walls+=("${FLOOR_RUN[wall]}"); f_cpus+=("${FLOOR_RUN[cpu]}")
        f_reads+=("${FLOOR_RUN[read]}"); f_writes+=("${FLOOR_RUN[write]}")
        F_MB[$size]=$(awk -v b="${FLOOR_RUN[bytes]}" 'BEGIN { printf "%.1f", b / 1e6 }')
        F_CELLS[$size]=${FLOOR_RUN[cells]}
      fi
    done
    if [[ $c == attendance ]]; then
      F_WALL[$size]=$(printf '%s\n' "${f_walls[@]}" | sed '/^$/d' | median %.3f)
      F_CPU[$size]=$(printf '%s\n' "${f_cpus[@]}" | sed '/^$/d' | median %.3f)
      F_READ[$size]=$(printf '%s\n' "${f_reads[@]}" | sed '/^$/d' | median %.3f)
      F_WRITE[$size]=$(printf '%s\n' "${f_writes[@]}" | sed '/^$/d' | median %.3f)
    fi
    WALL[$size,$c]=$(printf '%s\n' "${walls[@]}" | median)
    CPU[$size,$c]=$(printf '%s\n' "${cpus[@]}" | median)
    RSS[$size,$c]=$(printf '%s\n' "${rsses[@]}" | median)
    EXIT[$size,$c]=$(printf '%s\n' "${exits[@]}" | sort -un | paste -sd/ -)
  done
done

# Determinism: every output file of every available command, --jobs 1 against --jobs 2, on the
# same input and the same --output path (so that nothing path-dependent can differ).
if [[ -z "$DET_SIZE" ]]; then
  DET_SIZE=10000
  if [[ " ${SIZE_LIST[*]} " != *" 10000 "* && ${#SIZE_LIST[@]} -gt 0 ]]; then
    DET_SIZE=$(printf '%s\n' "${SIZE_LIST[@]}" | sort -n | tail -1)
  fi
fi
DET_REPORT=()
det_input=$(input_for "$DET_SIZE") || det_input=""
if [[ -n "$det_input" ]]; then
  det_root="$WORKDIR/runs/determinism/s$DET_SIZE"
  rm -rf "$det_root"
  mkdir -p "$det_root"
  for c in "${COMMANDS[@]}"; do
    [[ ${AVAILABLE[$c]} == 1 ]] || continue
    for j in 1 2; do
      out="$det_root/output"
      rm -rf "$out"; mkdir -p "$out"
      echo "determinism, size $DET_SIZE: kefu $(command_args "$c") --jobs $j" >&2
      # shellcheck disable=SC2046
      "$KEFU" --quiet --input "$det_input" --output "$out" --jobs "$j" $(command_args "$c") \
        >"$det_root/$c.jobs$j.stdout" 2>"$det_root/$c.jobs$j.stderr"
      echo "exit $?" >"$det_root/$c.jobs$j.stdout.exit"
      # `check` writes nothing: its printed report stands for its output.
      cp "$det_root/$c.jobs$j.stdout" "$out/.stdout-of-$c"
      (cd "$out" && find . -type f -print0 | LC_ALL=C sort -z | xargs -0 sha256sum) \
        >"$det_root/$c.jobs$j.sha256"
      mv "$out" "$det_root/$c.jobs$j"
    done
    differing=$(diff <(sed 's/^\([0-9a-f]*\)  \(.*\)$/\2 \1/' "$det_root/$c.jobs1.sha256" | sort) \
                     <(sed 's/^\([0-9a-f]*\)  \(.*\)$/\2 \1/' "$det_root/$c.jobs2.sha256" | sort) |
                sed -n 's/^[<>] \(.*\) [0-9a-f]*$/\1/p' | sort -u | paste -sd' ' -)
    files=$(wc -l <"$det_root/$c.jobs1.sha256")
    if [[ -z "$differing" ]] && cmp -s "$det_root/$c.jobs1.stdout.exit" "$det_root/$c.jobs2.stdout.exit"; then
      DET_REPORT+=("| $c | $files | identical |")
    else
      DET_REPORT+=("| $c | $files | differ: ${differing:-exit status} |")
    fi
  done
fi

ratio() {  # command, WALL or CPU
  local -n table=$2
  local a=${table[50000,$1]:-} b=${table[10000,$1]:-}
  if [[ -z "$a" || -z "$b" || "$a" == n/a || "$b" == n/a ]]; then echo "n/a"; return; fi
  awk -v a="$a" -v b="$b" 'BEGIN { if (b > 0) printf "%.2f", a / b; else print "n/a" }'
}

{
  echo "### kefu benchmark"
  echo
  echo "- date (UTC): $(date -u '+%Y-%m-%d %H:%M')"
  echo "- kefu: \`$KEFU\` ($("$KEFU" --version 2>/dev/null | head -1)); repository at $(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo unknown), kefu sources last changed in $(git -C "$ROOT" log -1 --format=%h -- pipeline templates cmake CMakeLists.txt 2>/dev/null || echo unknown)$(git -C "$ROOT" diff --quiet HEAD -- pipeline templates cmake CMakeLists.txt 2>/dev/null || echo ' (with uncommitted changes)')"
  echo "- machine: $(nproc) cores, $(awk '/MemTotal/ { printf "%.0f GB", $2 / 1048576 }' /proc/meminfo) RAM; load average $LOAD_BEFORE before, $(cut -d' ' -f1-3 /proc/loadavg) after; kefu --jobs ${JOBS:-default}"
  echo "- input: generate.py --months $MONTHS --end $END --seed $SEED; periods: attendance $END, evaluate $QUARTER, roster $ROSTER"
  echo "- median of $RUNS run(s) per cell, each a whole process under /usr/bin/time -v into a fresh output folder"
  echo "- floor: ${FLOOR:-none} (run after each timed attendance run, on the workbook it wrote; wall ÷ floor = median kefu wall time ÷ median floor wall time)"
  echo
  echo "| size | command | wall s (median) | CPU s user+sys (median) | peak RSS MB (median) | exit status | floor wall s (median) | wall ÷ floor |"
  echo "|---:|---|---:|---:|---:|---|---:|---:|"
  for size in "${SIZE_LIST[@]}"; do
    for c in "${COMMANDS[@]}"; do
      floor_cells="| | |"
      if [[ $c == attendance ]]; then
        floor_cells="| ${F_WALL[$size]:-n/a} | $(divide "${WALL[$size,$c]}" "${F_WALL[$size]:-n/a}") |"
      fi
      echo "| $size | $c | ${WALL[$size,$c]} | ${CPU[$size,$c]} | ${RSS[$size,$c]} | ${EXIT[$size,$c]} $floor_cells"
    done
  done
  echo
  echo "Floor of attendance (tests/bench/floor, run after each timed kefu attendance; medians; the floor runs on one thread):"
  echo
  echo "| size | read s | write s | floor wall s | floor CPU s | kefu wall ÷ floor wall | kefu CPU ÷ floor CPU | input MB read | cells written |"
  echo "|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
  for size in "${SIZE_LIST[@]}"; do
    echo "| $size | ${F_READ[$size]:-n/a} | ${F_WRITE[$size]:-n/a} | ${F_WALL[$size]:-n/a} | ${F_CPU[$size]:-n/a} | $(divide "${WALL[$size,attendance]:-n/a}" "${F_WALL[$size]:-n/a}") | $(divide "${CPU[$size,attendance]:-n/a}" "${F_CPU[$size]:-n/a}") | ${F_MB[$size]:-n/a} | ${F_CELLS[$size]:-n/a} |"
  done
  echo
  echo "| command | wall 50k / wall 10k | CPU 50k / CPU 10k |"
  echo "|---|---:|---:|"
  for c in "${COMMANDS[@]}"; do echo "| $c | $(ratio "$c" WALL) | $(ratio "$c" CPU) |"; done
  echo
  if [[ ${#DET_REPORT[@]} -gt 0 ]]; then
    echo "Determinism, size $DET_SIZE, --jobs 1 vs --jobs 2 (SHA-256 of every output file; for check, its printed report):"
    echo
    echo "| command | files | result |"
    echo "|---|---:|---|"
    printf '%s\n' "${DET_REPORT[@]}"
  else
    echo "Determinism: not checked (no input of size $DET_SIZE)."
  fi
} | tee "$RESULTS"
echo "saved: $RESULTS" >&2
