#!/usr/bin/env bash
# Measures the catalogue import and the start-up of the site, on this machine, from the committed files:
#   1. a full import into an empty database (the "import" command), RUNS times (default 5);
#   2. a start-up on a current database (nothing to import) until the first page is served, RUNS times;
#   3. the size of seed-data/.
# With BASELINE=<git revision>, that revision is published too and each import run on this tree is followed by one on
# the baseline (its own seed-data/ and database): before and after in one run, which on a shared machine says more
# than two runs apart.
# Usage: bench/import-and-startup.sh   [RUNS=5 BASELINE=<git revision>] (prints a Markdown table for bench/RESULTS.md)
set -euo pipefail
cd "$(dirname "$0")/.."

work=$(mktemp -d)
baseline=${BASELINE:-}
trap 'kill "${server:-0}" 2>/dev/null || true; if [ -n "$baseline" ]; then git worktree remove --force "$work/base-src" 2>/dev/null || true; fi; rm -rf "$work"' EXIT
port=${PORT:-5099}

dotnet publish src/CareerCompare.Web -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true -o "$work/app" >/dev/null
if [ -n "$baseline" ]; then
  git worktree add --detach "$work/base-src" "$baseline" >/dev/null 2>&1
  dotnet publish "$work/base-src/src/CareerCompare.Web" -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true -o "$work/base" >/dev/null
fi
export ASPNETCORE_ENVIRONMENT=Production
export ConnectionStrings__CareerCompare="Data Source=$work/bench.db"

now() { date +%s.%N; }
elapsed() { echo "$1 $2" | awk '{printf "%.2f", $2 - $1}'; }

runs=${RUNS:-5}
median() { tr ' ' '\n' | grep -v '^$' | sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2}'; }

echo "| measure ($runs runs) | median | all runs |"
echo "|---|---|---|"

whole=""
importer=""
base_whole=""
base_importer=""
for _ in $(seq "$runs"); do
  rm -f "$work"/bench.db*
  start=$(now)
  out=$(dotnet "$work/app/CareerCompare.Web.dll" import 2>&1)
  end=$(now)
  whole="$whole $(elapsed "$start" "$end")"
  importer="$importer $(grep -o 'total [0-9]* ms' <<<"$out" | grep -o '[0-9]*')"
  if [ -n "$baseline" ]; then
    rm -f "$work"/base.db*
    start=$(now)
    out=$(ConnectionStrings__CareerCompare="Data Source=$work/base.db" dotnet "$work/base/CareerCompare.Web.dll" import 2>&1)
    end=$(now)
    base_whole="$base_whole $(elapsed "$start" "$end")"
    base_importer="$base_importer $(grep -o 'total [0-9]* ms' <<<"$out" | grep -o '[0-9]*')"
  fi
done
echo "| full import into an empty database (s, whole command) | $(median <<<"$whole") |$whole |"
echo "| of which the importer itself (ms, from its log) | $(median <<<"$importer") |$importer |"
if [ -n "$baseline" ]; then
  echo "| baseline $baseline: full import (s, whole command) | $(median <<<"$base_whole") |$base_whole |"
  echo "| baseline $baseline: the importer itself (ms) | $(median <<<"$base_importer") |$base_importer |"
fi

startup=""
for _ in $(seq "$runs"); do
  start=$(now)
  dotnet "$work/app/CareerCompare.Web.dll" --urls "http://127.0.0.1:$port" >"$work/server.log" 2>&1 &
  server=$!
  until curl -sf -o /dev/null "http://127.0.0.1:$port/"; do sleep 0.02; done
  end=$(now)
  startup="$startup $(elapsed "$start" "$end")"
  if grep -q "Imported" "$work/server.log"; then echo "warning: the start-up imported (the database was not current)" >&2; fi
  kill "$server"; wait "$server" 2>/dev/null || true
done
echo "| start-up on a current database to the first page (s) | $(median <<<"$startup") |$startup |"

echo
echo "seed-data/: $(du -sh --apparent-size seed-data | cut -f1) ($(du -sb seed-data | cut -f1) bytes)"
