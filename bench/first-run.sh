#!/usr/bin/env bash
# A newcomer's first run, done as the README says: a fresh clone of a committed revision, then
# `dotnet run --project src/CareerCompare.Web` (with `--urls` only to put it on a chosen port), timed: the build (until
# the site writes its first log line, polled every 0.2 s), the import (the site's own "Database ready" line) and the
# wait until /health/ready answers. Then what a visitor downloads from that site: three pages on a first visit (the HTML and every
# stylesheet, script and icon it links, asking for Brotli and gzip as a browser does) and on a repeat visit (the HTML
# again; an asset again only when its Cache-Control lets a browser keep it for no time, and then as a conditional
# request with its ETag or Last-Modified, which costs nothing when the answer is 304). Bytes are response bodies as
# received; headers are not counted.
#
# Usage: bench/first-run.sh [REV...]        (default: HEAD; several revisions are measured one after the other)
#   PORT=5280 to choose the port (default: a free one). Needs git, the .NET SDK, curl and python3.
# The clone's NuGet packages come from the machine's cache when it has them (a first machine downloads them too).
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$(pwd)
revs=("$@")
[ ${#revs[@]} -gt 0 ] || revs=(HEAD)

work=$(mktemp -d)
server=""
cleanup() {
  if [ -n "$server" ]; then kill -- -"$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT

pages=(/compare/patient-relations-director-vs-patient-account-manager
  /compare/registered-nurses-vs-software-developers-vs-actors-vs-cardiologists
  /occupations/registered-nurses)

now() { date +%s.%N; }
since() { awk -v a="$1" -v b="$(now)" 'BEGIN {printf "%.1f", b - a}'; }

assets_of() { # $1 url: the stylesheets, scripts and icons the page links
  curl -s "$1" | grep -oE '(href|src)="/[^"]+\.(css|js|svg|png|ico)"' | sed -E 's/^(href|src)="//; s/"$//' | sort -u
}

fetch() { # $1 url, then extra curl arguments: prints "status bytes cache-control etag last-modified"
  local url=$1; shift
  curl -s -o /dev/null -H 'Accept-Encoding: br, gzip' "$@" \
    -w '%{http_code} %{size_download} %header{cache-control}|%header{etag}|%header{last-modified}\n' "$url"
}

weigh() { # $1 base, $2 path: prints "first_kb repeat_kb"
  local base=$1 path=$2 first repeat line status bytes rest cache etag modified
  read -r status bytes rest < <(fetch "$base$path")
  first=$bytes; repeat=$bytes
  for asset in $(assets_of "$base$path"); do
    line=$(fetch "$base$asset")
    read -r status bytes rest <<<"$line"
    first=$((first + bytes))
    IFS='|' read -r cache etag modified <<<"$rest"
    if grep -qE 'max-age=[1-9]' <<<"$cache" && ! grep -qE 'no-cache|no-store' <<<"$cache"; then
      continue # kept by the browser: not asked for again
    fi
    if [ -n "$etag" ]; then
      read -r status bytes rest < <(fetch "$base$asset" -H "If-None-Match: $etag")
    elif [ -n "$modified" ]; then
      read -r status bytes rest < <(fetch "$base$asset" -H "If-Modified-Since: $modified")
    else
      read -r status bytes rest < <(fetch "$base$asset")
    fi
    repeat=$((repeat + bytes))
  done
  awk -v f="$first" -v r="$repeat" 'BEGIN {printf "%.1f %.1f\n", f / 1024, r / 1024}'
}

echo "| revision | build s | import s (log) | start to ready s | environment | page | first visit KB | repeat visit KB |"
echo "|---|---|---|---|---|---|---|---|"
for rev in "${revs[@]}"; do
  clone="$work/clone-$rev"
  git clone -q "$repo" "$clone"
  git -C "$clone" checkout -q "$rev"
  port=${PORT:-$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')}
  base="http://127.0.0.1:$port"
  log="$work/run-$rev.log"
  start=$(now)
  # The README's command, in a process group of its own (dotnet run and the site it starts), stopped as one.
  (cd "$clone" && exec setsid dotnet run --project src/CareerCompare.Web --urls "$base") >"$log" 2>&1 &
  server=$!
  built=""
  until curl -sf -o /dev/null "$base/health/ready"; do
    # The build ends where the site's own log begins (dotnet run prints nothing of its own while it builds).
    if [ -z "$built" ] && grep -qE '^(info|warn|fail|crit):' "$log" 2>/dev/null; then built=$(since "$start"); fi
    sleep 0.2
    if ! kill -0 "$server" 2>/dev/null; then echo "the site stopped; its log:" >&2; cat "$log" >&2; exit 1; fi
  done
  ready=$(since "$start")
  imported=$(grep -oE 'official catalogue [0-9]+ ms' "$log" | grep -oE '[0-9]+' | awk '{printf "%.1f", $1 / 1000}')
  environment=$(grep -A1 'Hosting environment' "$log" | grep -oE 'environment: [A-Za-z]+' | awk '{print $2}' || true)
  for page in "${pages[@]}"; do
    read -r first repeat < <(weigh "$base" "$page")
    echo "| $(git -C "$clone" rev-parse --short HEAD) | $built | ${imported:-?} | $ready | ${environment:-?} | \`$page\` | $first | $repeat |"
  done
  grep -E 'Using|official|seed|Database|environment' "$log" | sed 's/^/    /' >&2 || true
  kill -- -"$server" 2>/dev/null || true
  wait "$server" 2>/dev/null || true
  server=""
done
