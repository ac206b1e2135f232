#!/usr/bin/env bash
# Does one client that floods the site with answers the cache cannot hold slow everyone else down?
#
# Each source folder given is published (Release, Production settings, rate limiter as configured) and started on
# 127.0.0.1, all at once, each on its own port and database; then, in each of ROUNDS rounds and for each site in turn
# (so that what else the machine is doing falls on each alike), other visitors (bench/visitors.lua: a cached
# profile, 4 connections each waiting 5 ms between requests, each request from an address of its own) are measured
# for DURATION in three phases:
#   alone   the visitors only;
#   paced   while one client (bench/expensive-flood.lua: one address, 16 connections each waiting 300 ms, about 50
#           requests a second, above the general limit of 30) asks for the full list as CSV with a new minimum salary
#           each time, so that each request misses the cache (the general limit alone lets 30 renders a second through);
#   fast    the same flood as fast as 16 connections go.
# Printed per phase: the visitors' answers and p50/p90/p99, and the flood's answers by status.
#
# Usage: bench/expensive-flood.sh [source folder ...]   ROUNDS=2 DURATION=15s by default; the source folder defaults
#        to this repository (give an export of an older commit as well to compare them in one run:
#        git archive e9a732d | tar -x -C /tmp/before && bench/expensive-flood.sh /tmp/before .).
# Needs: the .NET SDK, curl, wrk. Loads 127.0.0.1 only; ports from PORT (5401 by default) up.
set -euo pipefail
cd "$(dirname "$0")/.."
bench=$PWD/bench
sources=("$@")
[ ${#sources[@]} -gt 0 ] || sources=("$PWD")
duration=${DURATION:-15s}
rounds=${ROUNDS:-2}
port=${PORT:-5401}

work=$(mktemp -d)
servers=()
cleanup() { for pid in "${servers[@]}"; do kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; done; rm -rf "$work"; }
trap cleanup EXIT

bases=()
for i in "${!sources[@]}"; do
  app="$work/app$i"; base="http://127.0.0.1:$((port + i))"
  dotnet publish "${sources[$i]}/src/CareerCompare.Web" -c Release -p:PublishReadyToRun=false -o "$app" >/dev/null
  (cd "$app" && ConnectionStrings__CareerCompare="Data Source=$work/flood$i.db" dotnet CareerCompare.Web.dll import >/dev/null)
  (cd "$app" && exec env ASPNETCORE_ENVIRONMENT=Production ConnectionStrings__CareerCompare="Data Source=$work/flood$i.db" \
    dotnet CareerCompare.Web.dll --urls "$base" >"$work/server$i.log" 2>&1) &
  servers+=($!)
  bases+=("$base")
done
for base in "${bases[@]}"; do
  until curl -sf -o /dev/null "$base/health/ready"; do sleep 0.2; done
  # Warm up: the visitors' page cached, the CSV's code paths compiled.
  for i in 1 2 3; do
    curl -s -o /dev/null -H 'Accept-Encoding: br' "$base/occupations/registered-nurses"
    curl -s -o /dev/null -H "X-Forwarded-For: 198.51.100.$i" "$base/api/v1/occupations.csv?min=$i"
  done
done
sleep 2

visitors() { wrk -t1 -c4 -d"$duration" --latency -s "$bench/visitors.lua" "$1" | grep -E '^(STATUS|LATENCY)' | tr '\n' ' '; }
phase() { # site, phase name, then the flood's environment (none: no flood)
  local i=$1 name=$2; shift 2
  local flood=""
  if [ $# -gt 0 ]; then
    env "$@" wrk -t1 -c16 -d"$duration" -s "$bench/expensive-flood.lua" "${bases[$i]}" >"$work/flood.txt" &
    flood=$!
    sleep 1
  fi
  echo "site=${sources[$i]} phase=$name load=$(cut -d' ' -f1 /proc/loadavg) visitors: $(visitors "${bases[$i]}")"
  if [ -n "$flood" ]; then wait "$flood"; echo "  flood: $(grep -E '^(STATUS|Requests/sec)' "$work/flood.txt" | tr '\n' ' ')"; fi
  sleep 3
}

for round in $(seq "$rounds"); do
  echo "## round $round"
  for i in "${!bases[@]}"; do
    phase "$i" alone
    phase "$i" paced FLOOD_DELAY_MS=300
    phase "$i" fast FLOOD_DELAY_MS=0
  done
done
for i in "${!bases[@]}"; do echo "server log of ${sources[$i]}: $(grep -c '^fail:' "$work/server$i.log" || true) lines starting 'fail:'"; done
