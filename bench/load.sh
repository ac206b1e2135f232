#!/usr/bin/env bash
# Holds 1,000 open connections for 60 seconds against the site on 127.0.0.1, rotating through every page type
# (bench/load.lua), and reports served requests, answers by status (429 apart from 5xx), socket errors, latency
# and the server's memory (RSS at rest, peak, and 30 s and 60 s after the load, under light traffic).
#
# Two runs: with the rate limiter as configured (one client from one address: most answers are 429, by design),
# then with it switched off (RateLimiting__Enabled=false) to load the pages themselves.
#
# SETTINGS="NAME=value ..." starts the site with those environment variables in every run (the runtime's collector
# settings, e.g. SETTINGS="DOTNET_GCConserveMemory=5" or "DOTNET_gcServer=0"; DOTNET_ GC values are hexadecimal);
# LIMITER=on or off makes only that run.
#
# Usage: bench/load.sh            CONNECTIONS=1000 DURATION=60s THREADS=2 LIMITER=both SETTINGS="" by default
# Needs: the .NET SDK, curl, wrk (installed with apt-get when missing). Loads 127.0.0.1 only.
set -euo pipefail
cd "$(dirname "$0")/.."

connections=${CONNECTIONS:-1000}
duration=${DURATION:-60s}
threads=${THREADS:-2}
limiter=${LIMITER:-both}
read -r -a settings <<< "${SETTINGS:-}"

if ! command -v wrk >/dev/null; then
  apt-get install -y wrk >/dev/null 2>&1 || { apt-get update >/dev/null && apt-get install -y wrk >/dev/null; }
fi
# One socket per connection on each side, plus the site's own files.
ulimit -n 65536 2>/dev/null || ulimit -n "$(ulimit -Hn)"

work=$(mktemp -d)
server=""
cleanup() { if [ -n "$server" ]; then kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; fi; rm -rf "$work"; }
trap cleanup EXIT

dotnet publish src/CareerCompare.Web -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true -o "$work/app" >/dev/null
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')
base="http://127.0.0.1:$port"

rss() { awk '/^VmRSS/ {printf "%.0f", $2 / 1024}' "/proc/$server/status"; }
peak() { awk '/^VmHWM/ {printf "%.0f", $2 / 1024}' "/proc/$server/status"; }

run() {
  local label=$1; shift
  (cd "$work/app" && exec env ASPNETCORE_ENVIRONMENT=Production ConnectionStrings__CareerCompare="Data Source=$work/load.db" "$@" "${settings[@]}" \
    dotnet CareerCompare.Web.dll --urls "$base" >"$work/server.log" 2>&1) &
  server=$!
  until curl -sf -o /dev/null "$base/health/ready"; do sleep 0.2; done
  # Warm up every page once (JIT, Razor, SQLite's page cache), then let the process settle.
  for path in $(grep -o '"/[^"]*"' bench/load.lua | tr -d '"'); do curl -s -o /dev/null "$base$path"; done
  sleep 10
  local rest; rest=$(rss)
  # Two bursts, each followed by 60 s of light traffic (a probe or visitor every 200 ms, as behind a load balancer):
  # the first shows how far memory comes back after a burst, the second that it comes back to the same level again.
  local result during after30 after result2 during2 after2
  burst() { wrk -t"$threads" -c"$connections" -d"$duration" --timeout 10s -s bench/load.lua "$base" 2>&1; }
  light() { # 60 s of light traffic; prints the RSS 30 s in and at the end
    local end=$((SECONDS + 60)) half=""
    while [ $SECONDS -lt $end ]; do
      curl -s -o /dev/null "$base/health/ready"; curl -s -o /dev/null "$base/occupations/registered-nurses"; sleep 0.2
      if [ -z "$half" ] && [ $SECONDS -ge $((end - 30)) ]; then half=$(rss); fi
    done
    echo "$half $(rss)"
  }
  result=$(burst); during=$(peak)
  read -r after30 after <<<"$(light)"
  result2=$(burst)
  read -r _ after2 <<<"$(light)"
  during2=$(peak)
  local failures; failures=$(grep -c '^fail:' "$work/server.log" || true)
  echo "## $label"
  grep -E '^(RESULT|STATUS)' <<<"$result"
  echo "MEMORY rss_rest_mb=$rest rss_peak_mb=$during rss_30s_after_mb=$after30 rss_60s_after_mb=$after"
  echo "SECOND BURST $(grep -E '^RESULT' <<<"$result2" | cut -d' ' -f2-4)"
  echo "MEMORY second burst: rss_peak_so_far_mb=$during2 rss_60s_after_mb=$after2"
  echo "SERVER_LOG failures=$failures (lines starting 'fail:')"
  echo
  kill "$server"; wait "$server" 2>/dev/null || true; server=""
  sleep 2
}

# Build the database first, so neither run's resting memory includes the import.
(cd "$work/app" && ASPNETCORE_ENVIRONMENT=Production ConnectionStrings__CareerCompare="Data Source=$work/load.db" dotnet CareerCompare.Web.dll import >/dev/null)

echo "# bench/load.sh: $connections connections, $duration, $threads wrk threads, $(nproc) cores, $(date -u +%Y-%m-%dT%H:%MZ)${SETTINGS:+, $SETTINGS}"
if [ "$limiter" != off ]; then run "rate limiter on (as configured)"; fi
if [ "$limiter" != on ]; then run "rate limiter off (RateLimiting__Enabled=false)" RateLimiting__Enabled=false; fi
