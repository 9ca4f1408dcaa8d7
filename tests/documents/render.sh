#!/usr/bin/env bash
# render.sh [--png] [--dpi N] OUTDIR FILE.xlsx ...
#
# Prints workbooks to PDF as LibreOffice does: one headless soffice for all the files, with a
# private profile (so that renders running at the same time do not share one), into OUTDIR as
# NAME.pdf. With --png, also every page as OUTDIR/png/NAME-N.png (pdftoppm, 60 dpi unless
# --dpi) for a person to look at. Two workbooks with the same file name overwrite each other:
# give them different OUTDIRs.
set -euo pipefail

png=0
dpi=60
while [ $# -gt 0 ]; do
  case "$1" in
    --png) png=1; shift ;;
    --dpi) dpi=$2; shift 2 ;;
    *) break ;;
  esac
done
if [ $# -lt 2 ]; then
  echo "usage: render.sh [--png] [--dpi N] OUTDIR FILE.xlsx ..." >&2
  exit 1
fi
outdir=$1
shift
mkdir -p "$outdir"
outdir=$(cd "$outdir" && pwd)
profile=$(mktemp -d "${TMPDIR:-/tmp}/kefu-lo-profile.XXXXXX")
trap 'rm -rf "$profile"' EXIT

# soffice reports a file it could not convert on stderr and still exits 0: check each PDF (its
# stderr also carries harmless warnings, shown only when something went wrong).
for f in "$@"; do rm -f "$outdir/$(basename "${f%.*}").pdf"; done
status=0
timeout 300 soffice -env:UserInstallation="file://$profile" --headless --norestore \
  --convert-to pdf --outdir "$outdir" "$@" >/dev/null 2>"$profile/soffice.err" || status=$?
for f in "$@"; do
  name=$(basename "${f%.*}")
  if [ ! -s "$outdir/$name.pdf" ]; then
    echo "render.sh: $f: no PDF written" >&2
    status=1
    continue
  fi
  echo "$outdir/$name.pdf"
  if [ "$png" = 1 ]; then
    mkdir -p "$outdir/png"
    pdftoppm -png -r "$dpi" "$outdir/$name.pdf" "$outdir/png/$name"
  fi
done
if [ "$status" != 0 ]; then cat "$profile/soffice.err" >&2; fi
exit $status
