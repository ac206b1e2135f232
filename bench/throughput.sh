#!/usr/bin/env bash
# Page throughput against the in-memory limit (issue "Fast"). Publishes the site in Release, starts it on 127.0.0.1
# in Production mode with the full catalogue, warms up, then loads each target with wrk three times and prints the
# median requests/second, p50/p90/p99 latency, non-2xx answers and socket errors, and each page's throughput as a
# share of the limit: the exact bytes of the list's page 2 served from memory by bench/limit-server.cs (Kestrel alone,
# on a port of its own and the same core as the site) and by it as a static file; with the cache on, each run of a
# page follows a run of the limit, and the share is taken from that pair. The pages are measured with the output cache on and off,
# and with the cache on a second time as a browser asks for them (Accept-Encoding: gzip, deflate, br, zstd; the cache
# keeps the compressed bytes). The comparison of four is also served from memory as its own bytes, the bound for a
# page of its size.
# Then the server's memory over a soak, page weights (compressed, first visit) and, unless LIGHTHOUSE=0, Lighthouse.
#
# Usage: bench/throughput.sh          [DURATION=20s CONNECTIONS=32 RUNS=3 SOAK=300 LIGHTHOUSE=1]
# Needs: .NET SDK, curl, python3; installs wrk (and chromium, for Lighthouse) with apt-get and Lighthouse with npm
# into bench/.tools when missing. Loads 127.0.0.1 only. Results go to bench/results/ (Lighthouse reports too).
set -euo pipefail
cd "$(dirname "$0")/.."

duration=${DURATION:-20s}
connections=${CONNECTIONS:-32}
runs=${RUNS:-3}
soak=${SOAK:-300}
lighthouse=${LIGHTHOUSE:-1}

need() { command -v "$1" >/dev/null || { apt-get update -qq >/dev/null; DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$2" >/dev/null; }; }
need wrk wrk
ulimit -n 65536 2>/dev/null || true

out=bench/results
mkdir -p "$out"
work=$(mktemp -d)
server=""
limit=""
cleanup() {
  for pid in "$server" "$limit"; do if [ -n "$pid" ]; then kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; fi; done
  rm -rf "$work"
}
trap cleanup EXIT

# Two cores: the server on core 0, wrk on core 1.
if [ "$(nproc)" -ge 2 ]; then server_cpu=(taskset -c 0); load_cpu=(taskset -c 1); else server_cpu=(); load_cpu=(); fi

echo "Publishing (Release, ReadyToRun)..." >&2
dotnet publish src/CareerCompare.Web -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true -o "$work/app" >/dev/null
(cd "$work/app" && ASPNETCORE_ENVIRONMENT=Production ConnectionStrings__CareerCompare="Data Source=$work/bench.db" dotnet CareerCompare.Web.dll import >/dev/null)

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'; }
base="http://127.0.0.1:$(free_port)"
page2="/occupations?min=50000&max=90000&basis=median&sort=median-desc&page=2"
mkdir -p "$work/static"

# The limit: the saved pages served by a program of its own (bench/limit-server.cs), which reads each page when it is
# first asked for, so it can start before the pages are saved.
limit_base="http://127.0.0.1:$(free_port)"
echo "Building the limit server..." >&2
dotnet build -c Release bench/limit-server.cs >/dev/null
(exec "${server_cpu[@]}" dotnet run -c Release --no-build bench/limit-server.cs -- "$work/static" "$limit_base" >"$work/limit.log" 2>&1) &
limit=$!
until curl -sf -o /dev/null "$limit_base/ready"; do sleep 0.2; done

start() { # $1: output cache on (true) or off (false)
  (cd "$work/app" && exec env ASPNETCORE_ENVIRONMENT=Production ConnectionStrings__CareerCompare="Data Source=$work/bench.db" \
    RateLimiting__Enabled=false OutputCache__Enabled="$1" \
    Logging__LogLevel__Default=Warning "${server_cpu[@]}" dotnet CareerCompare.Web.dll --urls "$base" >"$work/server.log" 2>&1) &
  server=$!
  until curl -sf -o /dev/null "$base/health/ready"; do sleep 0.2; done
}
stop() { kill "$server"; wait "$server" 2>/dev/null || true; server=""; }
rss_mb() { awk '/^VmRSS/ {printf "%.0f", $2 / 1024}' "/proc/$server/status"; }

declare -A targets=(
  [profile]="$base/occupations/registered-nurses"
  [compare2]="$base/compare/registered-nurses-vs-software-developers"
  [compare4]="$base/compare/registered-nurses-vs-software-developers-vs-actors-vs-cardiologists"
  [list-page2]="$base$page2"
  [suggest]="$base/occupations/suggest?q=nu"
  [limit-memory]="$limit_base/memory/page2.html"
  [limit-static]="$limit_base/static/page2.html"
  [compare4-bytes]="$limit_base/memory/compare4.html"
)
browser_encoding="Accept-Encoding: gzip, deflate, br, zstd"

# One wrk run: prints "rps p50 p90 p99 non2xx socketerrors" (latencies in ms).
measure() { # $1 address, $2 optional request header
  local report headers=()
  [ -n "${2:-}" ] && headers=(-H "$2")
  report=$("${load_cpu[@]}" wrk -t1 -c"$connections" -d"$duration" --latency "${headers[@]}" "$1" 2>&1)
  python3 - "$report" <<'PY'
import re, sys
r = sys.argv[1]
def ms(label):
    m = re.search(r'^\s*' + label + r'%\s+([\d.]+)(us|ms|s)\s*$', r, re.M)
    if not m: return float('nan')
    v, u = float(m.group(1)), m.group(2)
    return v / 1000 if u == 'us' else v * 1000 if u == 's' else v
rps = float(re.search(r'Requests/sec:\s+([\d.]+)', r).group(1))
non2xx = int(m.group(1)) if (m := re.search(r'Non-2xx or 3xx responses:\s+(\d+)', r)) else 0
sock = sum(int(x) for x in m.groups()) if (m := re.search(r'Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)', r)) else 0
print(f"{rps:.0f} {ms('50'):.2f} {ms('90'):.2f} {ms('99'):.2f} {non2xx} {sock}")
PY
}

median_run() { # prints the run with the median requests/second of $runs runs; $1 path, $2 optional request header
  local lines=()
  for _ in $(seq "$runs"); do lines+=("$(measure "$1" "${2:-}")"); done
  printf '%s\n' "${lines[@]}" | sort -n -k1 | awk -v n="$runs" 'NR == int((n + 1) / 2)'
}

# With the cache on, each run of a target comes right after a run of the limit, and its share is the ratio of the two:
# this machine's speed drifts by up to a fifth from minute to minute, far less between two runs 20 s apart.
# Prints the run with the median share: "rps p50 p90 p99 non2xx socketerrors limit_rps share".
paired_run() { # $1 path, $2 optional request header
  local lines=() limit target
  for _ in $(seq "$runs"); do
    limit=$(measure "${targets[limit-memory]}" | cut -d' ' -f1)
    target=$(measure "$1" "${2:-}")
    lines+=("$target $limit $(python3 -c "print(f'{${target%% *} / $limit:.3f}')")")
  done
  printf '%s\n' "${lines[@]}" | sort -g -k8 | awk -v n="$runs" 'NR == int((n + 1) / 2)'
}

warm() {
  for url in "${targets[@]}"; do for _ in 1 2 3; do curl -s -o /dev/null "$url"; curl -s -o /dev/null -H "$browser_encoding" "$url"; done; done
  # Ten seconds of load on each, so the first measured run does not pay for the JIT's second tier.
  for url in "${targets[@]}"; do "${load_cpu[@]}" wrk -t1 -c"$connections" -d10s "$url" >/dev/null 2>&1; done
  sleep 2
}

results="$out/throughput.txt"
: >"$results"
for mode in true false; do
  start "$mode"
  curl -s "${targets[list-page2]}" -o "$work/static/page2.html"
  curl -s "${targets[compare4]}" -o "$work/static/compare4.html"
  warm
  for name in limit-memory limit-static compare4-bytes profile compare2 compare4 list-page2 suggest; do
    if [ "$mode" = false ]; then
      [[ $name == limit-* || $name == *-bytes ]] || echo "uncached $name $(median_run "${targets[$name]}")" | tee -a "$results" >&2
    elif [ "$name" = limit-memory ]; then
      echo "cached $name $(median_run "${targets[$name]}")" | tee -a "$results" >&2
    else
      echo "cached $name $(paired_run "${targets[$name]}")" | tee -a "$results" >&2
    fi
  done
  if [ "$mode" = true ]; then
    for name in profile compare2 compare4 list-page2 suggest; do
      echo "cached-browser $name $(paired_run "${targets[$name]}" "$browser_encoding")" | tee -a "$results" >&2
    done
  fi
  if [ "$mode" = true ]; then
    end_rss=$(rss_mb)
    # Soak: the cached pages in turn for $soak seconds; memory read every 30 s must stay flat.
    soak_rss=()
    for _ in $(seq $((soak / 30))); do
      for url in "${targets[profile]}" "${targets[compare4]}" "${targets[list-page2]}" "${targets[suggest]}"; do
        "${load_cpu[@]}" wrk -t1 -c"$connections" -d7s "$url" >/dev/null 2>&1
      done
      soak_rss+=("$(rss_mb)")
    done
    echo "memory rss_after_runs_mb=$end_rss soak_rss_mb=${soak_rss[*]}" | tee -a "$results" >&2
  fi
  stop
done

# Page weight on a first visit: the HTML and every asset it loads, as a browser asks (Brotli accepted).
start true
weigh() { # $1 path: prints compressed bytes of the page and of all it loads, and the HTML's own
  local html assets total
  html=$(curl -s -H 'Accept-Encoding: br, gzip' -o /dev/null -w '%{size_download}' "$base$1")
  total=$html
  for asset in $(curl -s "$base$1" | grep -oE '(href|src)="/[^"]+\.(css|js|svg)"' | sed -E 's/^(href|src)="//; s/"$//' | sort -u); do
    assets=$(curl -s -H 'Accept-Encoding: br, gzip' -o /dev/null -w '%{size_download}' "$base$asset")
    total=$((total + assets))
  done
  echo "weight $1 html_bytes=$html total_bytes=$total" | tee -a "$results" >&2
}
# Static assets of a published site: fingerprinted addresses, cached as immutable.
asset=$(curl -s "$base/" | grep -oE 'href="/css/site\.[a-z0-9]+\.css"' | head -1 | sed -E 's/^href="//; s/"$//')
echo "static $asset cache-control=$(curl -s -o /dev/null -D - "$base$asset" | tr -d '\r' | awk -F': ' 'tolower($1) == "cache-control" {print $2}' | tr ' ' '_')" | tee -a "$results" >&2
weigh /
weigh "$page2"
weigh /occupations
weigh /occupations/registered-nurses
weigh /compare/registered-nurses-vs-software-developers
weigh /compare/registered-nurses-vs-software-developers-vs-actors-vs-cardiologists

if [ "$lighthouse" = 1 ]; then
  need chromium chromium
  if [ ! -x bench/.tools/node_modules/.bin/lighthouse ]; then
    mkdir -p bench/.tools && npm install --prefix bench/.tools --no-audit --no-fund --loglevel=error lighthouse@12.2.3 >/dev/null
  fi
  export CHROME_PATH=/usr/bin/chromium
  for page in home:/ list:/occupations profile:/occupations/registered-nurses comparison:/compare/registered-nurses-vs-software-developers; do
    name=${page%%:*}; path=${page#*:}
    for preset in mobile desktop; do
      flags=(--output=json --output=html --output-path="$out/lighthouse-$name-$preset" --quiet
        --chrome-flags="--headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync --no-first-run"
        --only-categories=performance,accessibility,best-practices,seo)
      [ "$preset" = desktop ] && flags+=(--preset=desktop)
      bench/.tools/node_modules/.bin/lighthouse "$base$path" "${flags[@]}" >/dev/null 2>&1 || true
      python3 - "$out/lighthouse-$name-$preset.report.json" "$name" "$preset" <<'PY' | tee -a "$results" >&2
import json, sys
try:
    c = json.load(open(sys.argv[1]))['categories']
    print('lighthouse', sys.argv[2], sys.argv[3], ' '.join(f"{k}={round(v['score'] * 100)}" for k, v in c.items()))
except Exception as e:
    print('lighthouse', sys.argv[2], sys.argv[3], 'failed:', e)
PY
    done
  done
fi
stop

# The summary: each page's throughput as a share of the in-memory limit.
python3 - "$results" <<'PY'
import sys
rows = [l.split() for l in open(sys.argv[1]) if l.startswith(('cached', 'uncached'))]
names = {'cached': 'cached', 'cached-browser': 'cached, browser headers', 'uncached': 'uncached'}
limit = next(float(r[2]) for r in rows if r[1] == 'limit-memory')
# Cached runs carry the limit measured just before them and their share of it; uncached ones are shared against the
# median limit (they are a hundredth of it: the drift does not matter there).
print('| mode | target | req/s | limit req/s (run before) | share of limit | p50 ms | p90 ms | p99 ms | non-2xx | socket errors |')
print('|---|---|---|---|---|---|---|---|---|---|')
for mode, name, rps, p50, p90, p99, non2xx, sock, *paired in rows:
    before, share = (float(paired[0]), float(paired[1])) if paired else (limit, float(rps) / limit)
    print(f'| {names[mode]} | {name} | {float(rps):,.0f} | {before:,.0f} | {share:.2f} | {p50} | {p90} | {p99} | {non2xx} | {sock} |')
for l in open(sys.argv[1]):
    if not l.startswith(('cached', 'uncached')):
        print('-', l.strip())
PY
