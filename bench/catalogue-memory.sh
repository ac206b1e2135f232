#!/usr/bin/env bash
# The in-memory catalogue: how long the site takes to read it (from its log line "Read the catalogue into memory: …
# (N ms)", at start-up and after an import made while it runs), and its resident size at rest after every profile has
# been viewed once (their sections then rendered and kept), against the same site before any page was viewed.
# The site is published in Release and started in Production on 127.0.0.1 with the full catalogue, output cache off
# (so every profile is built), rate limiting off.
#
# Usage: bench/catalogue-memory.sh            [IMPORTS=3: imports made while it runs, each timed]
# Needs: .NET SDK, curl, python3. Prints "snapshot-ms …", "rss-mb start|after-profiles|after-import …" lines and saves them
# to bench/results/catalogue-memory-DATE.txt.
set -euo pipefail
cd "$(dirname "$0")/.."

imports=${IMPORTS:-3}
out=bench/results
mkdir -p "$out"
results="$out/catalogue-memory-$(date -u +%Y%m%dT%H%M%SZ).txt"
work=$(mktemp -d)
server=
cleanup() { [ -n "$server" ] && kill "$server" 2>/dev/null; wait 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT

app="$work/app"
echo "Publishing (Release, ReadyToRun)..." >&2
dotnet publish src/CareerCompare.Web -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true -o "$app" >/dev/null
db="$work/catalogue.db"
(cd "$app" && ASPNETCORE_ENVIRONMENT=Production ConnectionStrings__CareerCompare="Data Source=$db" dotnet CareerCompare.Web.dll import >/dev/null)
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')
base="http://127.0.0.1:$port"
(cd "$app" && exec env ASPNETCORE_ENVIRONMENT=Production ConnectionStrings__CareerCompare="Data Source=$db" \
  RateLimiting__Enabled=false OutputCache__Enabled=false dotnet CareerCompare.Web.dll --urls "$base" >"$work/site.log" 2>&1) &
server=$!
until curl -sf -o /dev/null "$base/health/ready"; do sleep 0.2; done

rss() { awk '/^VmRSS/ {printf "%.0f", $2 / 1024}' "/proc/$server/status"; }
snapshots() { grep -o 'Read the catalogue into memory: [0-9]* occupations ([0-9]* ms)' "$work/site.log" | grep -o '([0-9]* ms)' | tr -d '(ms)' | tr -s ' \n' ' '; }
{
  sleep 5
  echo "rss-mb start $(rss)"
  # Every profile once, from the sitemap's list of them.
  curl -s "$base/sitemap.xml" | grep -o "<loc>[^<]*/occupations/[^<?]*</loc>" | sed -e 's/<loc>//' -e 's/<\/loc>//' -e "s|^https\?://[^/]*|$base|" > "$work/profiles.txt"
  echo "profiles $(wc -l < "$work/profiles.txt")"
  while read -r url; do curl -s -o /dev/null "$url"; done < "$work/profiles.txt"
  sleep 10
  echo "rss-mb after-profiles $(rss)"
  # Imports made by another process while the site runs: each is a new catalogue, read at the next request.
  for _ in $(seq "$imports"); do
    (cd "$app" && ASPNETCORE_ENVIRONMENT=Production ConnectionStrings__CareerCompare="Data Source=$db" dotnet CareerCompare.Web.dll import >/dev/null)
    curl -s -o /dev/null "$base/occupations/registered-nurses"
  done
  while read -r url; do curl -s -o /dev/null "$url"; done < "$work/profiles.txt"
  sleep 10
  echo "rss-mb after-imports-and-profiles $(rss)"
  echo "snapshot-ms $(snapshots)"
} | tee "$results"
echo "Saved in $results" >&2
