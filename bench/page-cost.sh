#!/usr/bin/env bash
# What an uncached page costs, as a multiple of the empty comparison picker (/compare: the layout and no query), in one
# process: the site published in Release, started in Production on 127.0.0.1 with the full catalogue and the output
# cache off; one connection, so a request's own cost is measured, not the machine's parallelism. The cost of a request
# is the server's CPU time (user + system, from /proc) over the requests wrk completed: unlike requests a second, it
# barely moves when other programs share the machine. Each page's runs alternate with runs of the picker; a page's
# multiple is its CPU time a request over the picker's, from the pair of runs next to each other.
#
# Usage: bench/page-cost.sh           [DURATION=10s RUNS=3]
# Needs: .NET SDK, curl, python3; installs wrk with apt-get when missing. Loads 127.0.0.1 only.
# Prints one line a page: "cost NAME multiple picker_us page_us" (CPU microseconds a request; medians of RUNS pairs), and saves them to
# bench/results/page-cost-DATE.txt.
set -euo pipefail
cd "$(dirname "$0")/.."

duration=${DURATION:-10s}
runs=${RUNS:-3}

need() { command -v "$1" >/dev/null || { apt-get update -qq >/dev/null; DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$2" >/dev/null; }; }
need wrk wrk

out=bench/results
mkdir -p "$out"
results="$out/page-cost-$(date -u +%Y%m%dT%H%M%SZ).txt"
work=$(mktemp -d)
server=""
cleanup() { if [ -n "$server" ]; then kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; fi; rm -rf "$work"; }
trap cleanup EXIT

if [ "$(nproc)" -ge 2 ]; then server_cpu=(taskset -c 0); load_cpu=(taskset -c 1); else server_cpu=(); load_cpu=(); fi

echo "Publishing (Release, ReadyToRun)..." >&2
dotnet publish src/CareerCompare.Web -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true -o "$work/app" >/dev/null
(cd "$work/app" && ASPNETCORE_ENVIRONMENT=Production ConnectionStrings__CareerCompare="Data Source=$work/bench.db" dotnet CareerCompare.Web.dll import >/dev/null)

port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')
base="http://127.0.0.1:$port"
(cd "$work/app" && exec env ASPNETCORE_ENVIRONMENT=Production ConnectionStrings__CareerCompare="Data Source=$work/bench.db" \
  RateLimiting__Enabled=false OutputCache__Enabled=false Logging__LogLevel__Default=Warning \
  "${server_cpu[@]}" dotnet CareerCompare.Web.dll --urls "$base" >"$work/server.log" 2>&1) &
server=$!
until curl -sf -o /dev/null "$base/health/ready"; do sleep 0.2; done

picker="/compare"
names=(profile compare2 compare4 list-page2 home)
declare -A targets=(
  [profile]="/occupations/registered-nurses"
  [compare2]="/compare/registered-nurses-vs-software-developers"
  [compare4]="/compare/registered-nurses-vs-software-developers-vs-actors-vs-cardiologists"
  [list-page2]="/occupations?min=50000&max=90000&basis=median&sort=median-desc&page=2"
  [home]="/"
)

cpu_ticks() { awk '{print $14 + $15}' "/proc/$server/stat"; }
ticks_per_second=$(getconf CLK_TCK)
cpu_us() { # $1 path: the server's CPU microseconds a request over one connection
  local before after requests
  before=$(cpu_ticks)
  requests=$("${load_cpu[@]}" wrk -t1 -c1 -d"$duration" "$base$1" 2>&1 | awk '/requests in/ {print $1}')
  after=$(cpu_ticks)
  python3 -c "print(($after - $before) / $ticks_per_second * 1e6 / $requests)"
}

echo "Warming up..." >&2
for path in "$picker" "${targets[@]}"; do
  status=$(curl -s -o /dev/null -w '%{http_code}' "$base$path")
  [ "$status" = 200 ] || { echo "$path answered $status" >&2; exit 1; }
  "${load_cpu[@]}" wrk -t1 -c1 -d5s "$base$path" >/dev/null
done

for name in "${names[@]}"; do
  pairs=()
  for _ in $(seq "$runs"); do
    p=$(cpu_us "$picker")
    r=$(cpu_us "${targets[$name]}")
    pairs+=("$p:$r")
  done
  python3 - "$name" "${pairs[@]}" <<'PY' | tee -a "$results"
import statistics, sys
name, pairs = sys.argv[1], [tuple(map(float, p.split(':'))) for p in sys.argv[2:]]
multiples = [r / p for p, r in pairs]
print(f"cost {name} {statistics.median(multiples):.2f} {statistics.median(p for p, _ in pairs):.0f} {statistics.median(r for _, r in pairs):.0f}")
PY
done
echo "Saved in $results" >&2
