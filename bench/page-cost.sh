#!/usr/bin/env bash
# What an uncached page costs, as a multiple of the empty comparison picker (/compare: the layout and no query), in one
# process: the site published in Release, started in Production on 127.0.0.1 with the full catalogue and the output
# cache off; one connection, so a request's own cost is measured, not the machine's parallelism. The cost of a request
# is the server's CPU time (user + system, from /proc) over the requests wrk completed: unlike requests a second, it
# barely moves when other programs share the machine. Each page's runs alternate with runs of the picker; a page's
# multiple is its CPU time a request over the picker's, from the pair of runs next to each other.
#
# With BASELINE=<git revision>, that revision is published and served too, on the same core, and each run of a page
# on this tree is followed by the same run on the baseline: before and after measured in one run, minutes apart at
# most, which on a shared machine says more than two runs an hour apart.
#
# Usage: bench/page-cost.sh           [DURATION=10s RUNS=3 BASELINE=<git revision> PAGES="profile compare4"]
# Needs: .NET SDK, curl, python3, git (for BASELINE); installs wrk with apt-get when missing. Loads 127.0.0.1 only.
# Prints one line a page: "cost NAME multiple picker_us page_us" (CPU microseconds a request; medians of RUNS pairs),
# with BASELINE also "baseline NAME multiple picker_us page_us" and "after/before NAME ratio-of-page_us ratio-of-multiples",
# and saves them to bench/results/page-cost-DATE.txt.
set -euo pipefail
cd "$(dirname "$0")/.."

duration=${DURATION:-10s}
runs=${RUNS:-3}
baseline=${BASELINE:-}

need() { command -v "$1" >/dev/null || { apt-get update -qq >/dev/null; DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$2" >/dev/null; }; }
need wrk wrk

out=bench/results
mkdir -p "$out"
results="$out/page-cost-$(date -u +%Y%m%dT%H%M%SZ).txt"
work=$(mktemp -d)
servers=()
cleanup() { for pid in "${servers[@]}"; do kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; done; rm -rf "$work"; }
trap cleanup EXIT

if [ "$(nproc)" -ge 2 ]; then server_cpu=(taskset -c 0); load_cpu=(taskset -c 1); else server_cpu=(); load_cpu=(); fi

# start SOURCE NAME: publishes the site in SOURCE, imports the catalogue and serves it; sets pid and base.
start() {
  local app="$work/$2"
  echo "Publishing $2 (Release, ReadyToRun)..." >&2
  dotnet publish "$1/src/CareerCompare.Web" -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true -o "$app" >/dev/null
  (cd "$app" && ASPNETCORE_ENVIRONMENT=Production ConnectionStrings__CareerCompare="Data Source=$app.db" dotnet CareerCompare.Web.dll import >/dev/null)
  local port
  port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')
  base="http://127.0.0.1:$port"
  (cd "$app" && exec env ASPNETCORE_ENVIRONMENT=Production ConnectionStrings__CareerCompare="Data Source=$app.db" \
    RateLimiting__Enabled=false OutputCache__Enabled=false Logging__LogLevel__Default=Warning \
    "${server_cpu[@]}" dotnet CareerCompare.Web.dll --urls "$base" >"$app.log" 2>&1) &
  pid=$!
  servers+=("$pid")
  until curl -sf -o /dev/null "$base/health/ready"; do sleep 0.2; done
}

start . current
server=$pid current_base=$base
if [ -n "$baseline" ]; then
  mkdir "$work/baseline-source"
  git archive "$baseline" | tar -x -C "$work/baseline-source"
  start "$work/baseline-source" baseline
  baseline_server=$pid baseline_base=$base
fi

picker="/compare"
read -r -a names <<< "${PAGES:-profile compare2 compare4 list-page2 home}"
declare -A targets=(
  [profile]="/occupations/registered-nurses"
  [compare2]="/compare/registered-nurses-vs-software-developers"
  [compare4]="/compare/registered-nurses-vs-software-developers-vs-actors-vs-cardiologists"
  [list-page2]="/occupations?min=50000&max=90000&basis=median&sort=median-desc&page=2"
  [home]="/"
)

cpu_ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; }
ticks_per_second=$(getconf CLK_TCK)
cpu_us() { # $1 server pid, $2 base address, $3 path: the server's CPU microseconds a request over one connection
  local before after requests
  before=$(cpu_ticks "$1")
  requests=$("${load_cpu[@]}" wrk -t1 -c1 -d"$duration" "$2$3" 2>&1 | awk '/requests in/ {print $1}')
  after=$(cpu_ticks "$1")
  python3 -c "print(($after - $before) / $ticks_per_second * 1e6 / $requests)"
}

echo "Warming up..." >&2
for base in "$current_base" ${baseline:+"$baseline_base"}; do
  for path in "$picker" "${targets[@]}"; do
    status=$(curl -s -o /dev/null -w '%{http_code}' "$base$path")
    [ "$status" = 200 ] || { echo "$base$path answered $status" >&2; exit 1; }
    "${load_cpu[@]}" wrk -t1 -c1 -d5s "$base$path" >/dev/null
  done
done

for name in "${names[@]}"; do
  pairs=() baseline_pairs=()
  for _ in $(seq "$runs"); do
    p=$(cpu_us "$server" "$current_base" "$picker")
    r=$(cpu_us "$server" "$current_base" "${targets[$name]}")
    pairs+=("$p:$r")
    if [ -n "$baseline" ]; then
      p=$(cpu_us "$baseline_server" "$baseline_base" "$picker")
      r=$(cpu_us "$baseline_server" "$baseline_base" "${targets[$name]}")
      baseline_pairs+=("$p:$r")
    fi
  done
  python3 - "$name" "${pairs[*]}" "${baseline_pairs[*]}" <<'PY' | tee -a "$results"
import statistics, sys
name = sys.argv[1]
def summary(label, text):
    pairs = [tuple(map(float, p.split(':'))) for p in text.split()]
    multiple = statistics.median(r / p for p, r in pairs)
    page = statistics.median(r for _, r in pairs)
    print(f"{label} {name} {multiple:.2f} {statistics.median(p for p, _ in pairs):.0f} {page:.0f}")
    return multiple, page
after = summary("cost", sys.argv[2])
if sys.argv[3]:
    before = summary("baseline", sys.argv[3])
    print(f"after/before {name} {after[1] / before[1]:.2f} {after[0] / before[0]:.2f}")
PY
done
echo "Saved in $results" >&2
