#!/usr/bin/env bash
# Measures the catalogue import and the start-up of the site, on this machine, from the committed files:
#   1. a full import into an empty database (the "import" command), three runs;
#   2. a start-up on a current database (nothing to import) until the first page is served, three runs;
#   3. the size of seed-data/.
# Usage: bench/import-and-startup.sh   (prints a Markdown table to paste into bench/RESULTS.md)
set -euo pipefail
cd "$(dirname "$0")/.."

work=$(mktemp -d)
trap 'kill "${server:-0}" 2>/dev/null || true; rm -rf "$work"' EXIT
port=5099

dotnet publish src/CareerCompare.Web -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true -o "$work/app" >/dev/null
export ASPNETCORE_ENVIRONMENT=Production
export ConnectionStrings__CareerCompare="Data Source=$work/bench.db"

now() { date +%s.%N; }
elapsed() { echo "$1 $2" | awk '{printf "%.2f", $2 - $1}'; }

echo "| measure | run 1 | run 2 | run 3 |"
echo "|---|---|---|---|"

row="| full import into an empty database (s, whole command) |"
importer="| of which the importer itself (ms, from its log) |"
for _ in 1 2 3; do
  rm -f "$work"/bench.db*
  start=$(now)
  out=$(dotnet "$work/app/CareerCompare.Web.dll" import 2>&1)
  end=$(now)
  row="$row $(elapsed "$start" "$end") |"
  importer="$importer $(grep -o 'total [0-9]* ms' <<<"$out" | grep -o '[0-9]*') |"
done
echo "$row"
echo "$importer"

row="| start-up on a current database to the first page (s) |"
for _ in 1 2 3; do
  start=$(now)
  dotnet "$work/app/CareerCompare.Web.dll" --urls "http://127.0.0.1:$port" >"$work/server.log" 2>&1 &
  server=$!
  until curl -sf -o /dev/null "http://127.0.0.1:$port/"; do sleep 0.02; done
  end=$(now)
  row="$row $(elapsed "$start" "$end") |"
  if grep -q "Imported" "$work/server.log"; then echo "warning: the start-up imported (the database was not current)" >&2; fi
  kill "$server"; wait "$server" 2>/dev/null || true
done
echo "$row"

echo
echo "seed-data/: $(du -sh --apparent-size seed-data | cut -f1) ($(du -sb seed-data | cut -f1) bytes)"
