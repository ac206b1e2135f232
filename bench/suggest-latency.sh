#!/usr/bin/env bash
# Latency of search suggestions (/occupations/suggest) with the output cache off, so every answer is worked out: the
# site published in Release, started in Production on 127.0.0.1 with the full catalogue, the rate limiter and the output
# cache off. One keep-alive connection asks ROUNDS times for each of the queries below (everyday queries, their first
# letters as typed, and two-word queries), after a warm-up round (the first search reads the titles into memory).
#
# Usage: bench/suggest-latency.sh          [ROUNDS=40]
# Needs: .NET SDK, curl, python3. Loads 127.0.0.1 only.
# Prints p50, p90, p99 and the slowest in milliseconds (client-side, connection kept open), the same for /health/live
# (what any request costs this client and server), and the slowest queries,
# and saves them to bench/results/suggest-latency-DATE.txt.
set -euo pipefail
cd "$(dirname "$0")/.."

rounds=${ROUNDS:-40}
out=bench/results
mkdir -p "$out"
results="$out/suggest-latency-$(date -u +%Y%m%dT%H%M%SZ).txt"
work=$(mktemp -d)
pid=
cleanup() { [ -n "$pid" ] && { kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; }; rm -rf "$work"; }
trap cleanup EXIT

if [ "$(nproc)" -ge 2 ]; then server_cpu=(taskset -c 0); load_cpu=(taskset -c 1); else server_cpu=(); load_cpu=(); fi

app="$work/app"
echo "Publishing (Release, ReadyToRun)..." >&2
dotnet publish src/CareerCompare.Web -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true -o "$app" >/dev/null
(cd "$app" && ASPNETCORE_ENVIRONMENT=Production ConnectionStrings__CareerCompare="Data Source=$app.db" dotnet CareerCompare.Web.dll import >/dev/null)
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')
(cd "$app" && exec env ASPNETCORE_ENVIRONMENT=Production ConnectionStrings__CareerCompare="Data Source=$app.db" \
  RateLimiting__Enabled=false OutputCache__Enabled=false Logging__LogLevel__Default=Warning \
  "${server_cpu[@]}" dotnet CareerCompare.Web.dll --urls "http://127.0.0.1:$port" >"$app.log" 2>&1) &
pid=$!
until curl -sf -o /dev/null "http://127.0.0.1:$port/health/ready"; do sleep 0.2; done

"${load_cpu[@]}" python3 - "$port" "$rounds" <<'PY' | tee "$results"
import http.client, sys, time, urllib.parse
port, rounds = int(sys.argv[1]), int(sys.argv[2])
queries = ["nurse", "nu", "nur", "registered nurse", "cna", "software engineer", "soft", "truck driver", "tru", "mechanic",
           "mec", "lawyer", "attorney", "accountant", "ac", "electrician", "el", "plumber", "teacher", "te", "manager", "ma",
           "police officer", "cop", "hvac", "developer", "data scientist", "pilot", "chef", "cook", "waiter", "secretary",
           "social worker", "doctor", "engineer", "en", "an", "s", "pharmacy tech", "real estate agent", "no such job anywhere"]
conn = http.client.HTTPConnection("127.0.0.1", port)
def ask(q, path=None):
    start = time.perf_counter()
    conn.request("GET", path or "/occupations/suggest?q=" + urllib.parse.quote(q), headers={"Accept": "application/json"})
    response = conn.getresponse(); response.read()
    elapsed = (time.perf_counter() - start) * 1000
    if response.status not in (200, 400):
        raise SystemExit(f"{q}: {response.status}")
    return elapsed
warm = ask("nurse")
for q in queries:
    ask(q)
times, by_query = [], {}
for _ in range(rounds):
    for q in queries:
        t = ask(q)
        times.append(t); by_query.setdefault(q, []).append(t)
floor = sorted(ask(None, "/health/live") for _ in range(len(times)))
times.sort()
pick = lambda p: times[min(len(times) - 1, int(p * len(times)))]
print(f"first search after start-up (reads the titles into memory): {warm:.1f} ms")
print(f"requests {len(times)} ({len(queries)} queries x {rounds})")
print(f"p50 {pick(0.50):.2f} ms  p90 {pick(0.90):.2f} ms  p99 {pick(0.99):.2f} ms  max {times[-1]:.2f} ms")
slowest = sorted(by_query.items(), key=lambda kv: -sorted(kv[1])[len(kv[1]) // 2])[:5]
print(f"for reference, /health/live on the same connection: p50 {floor[len(floor) // 2]:.2f} ms  p99 {floor[int(0.99 * len(floor))]:.2f} ms")
print("slowest queries (median): " + ", ".join(f"{q!r} {sorted(v)[len(v) // 2]:.2f} ms" for q, v in slowest))
PY
