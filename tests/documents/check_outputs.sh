#!/usr/bin/env bash
# check_outputs.sh KEFU WORKDIR [check_pages.py options]
#
# Runs kefu on the sample department (zh and --lang en) and on every golden case, prints every
# workbook they write to PDF with one soffice (WORKDIR/pdf) and checks them all with
# check_pages.py. Its exit status is check_pages.py's: 0 no finding, 1 findings, 2 an error
# (also when kefu itself fails). Not a ctest yet: today's workbooks fail it (README.md here).
set -uo pipefail
here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../.." && pwd)
if [ $# -lt 2 ]; then
  echo "usage: check_outputs.sh KEFU WORKDIR [check_pages.py options]" >&2
  exit 2
fi
kefu=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
work=$2
shift 2
rm -rf "$work/out" "$work/pdf"
mkdir -p "$work/out"
work=$(cd "$work" && pwd)

run() {  # NAME kefu-arguments...: exit 0 or 3 (rows rejected, as in the sample) is a success
  local name=$1
  shift
  (cd "$repo" && "$kefu" --quiet --output "$work/out/$name" "$@") >"$work/out/$name.log" 2>&1
  local status=$?
  if [ "$status" != 0 ] && [ "$status" != 3 ]; then
    echo "check_outputs.sh: kefu $* exited $status (see $work/out/$name.log)" >&2
    exit 2
  fi
}

run sample-zh run
run sample-en --lang en run
for case in "$repo"/tests/golden/*/*/; do
  [ -d "$case/input" ] || continue
  name=golden-$(basename "$(dirname "$case")")-$(basename "$case")
  if [ -f "$case/args" ]; then
    read -r -a args <"$case/args"
    run "$name" --input "${case}input" "${args[@]}"
  fi
done
# The roster golden cases keep their command in tests/roster_test.cc.
run golden-roster-spring-festival --input tests/golden/roster/spring-festival/input \
  roster --month 2025-02
run golden-roster-quiet-month-en --input tests/golden/roster/quiet-month-en/input --lang en \
  roster --month 2025-03

mapfile -t books < <(find "$work/out" -name '*.xlsx' | sort)
exec /usr/bin/python3 -B "$here/check_pages.py" --render "$work/pdf" "$@" "${books[@]}"
