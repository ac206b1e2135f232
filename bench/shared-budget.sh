#!/usr/bin/env bash
# Is the budget of costly uncached answers one per client across instances when they share a Redis, what does keeping
# it there cost a costly answer, and what happens to such answers when Redis dies or hangs?
#
# The site is published once (Release) and three instances are started on one database, first without Redis (each
# instance counts its own budget), then with one Redis (shared budget). In each setting:
#   spread   one client asks for 30 uncached CSV files (a new minimum salary each time), in turn from the three
#            instances, as a round-robin load balancer sends them; printed: how many were answered 200 and 429;
#   cost     200 uncached CSV files, each from a client of its own (so no budget runs out), one after another from one
#            instance; printed: p50/p90/p99/max of curl's total time;
# and with Redis only:
#   killed   Redis killed, then 12 uncached CSV files from one client to one instance: statuses and the slowest;
#   hung     Redis started again and frozen (SIGSTOP), then 12 more: statuses and the slowest (each call to Redis is given
#            up after the connection's 0.5 s, and Redis is then left alone for a second).
# Usage: bench/shared-budget.sh   Needs: the .NET SDK, curl, redis-server. Ports: PORT (5601) up, REDIS_PORT (6395).
set -euo pipefail
cd "$(dirname "$0")/.."
port=${PORT:-5601}
redis_port=${REDIS_PORT:-6395}
work=$(mktemp -d)
servers=()
redis_pid=""
stop_servers() { for pid in "${servers[@]}"; do kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; done; servers=(); }
stop_redis() { if [ -n "$redis_pid" ]; then kill -CONT "$redis_pid" 2>/dev/null || true; kill "$redis_pid" 2>/dev/null || true; wait "$redis_pid" 2>/dev/null || true; redis_pid=""; fi; }
cleanup() { stop_servers; stop_redis; rm -rf "$work"; }
trap cleanup EXIT

dotnet publish src/CareerCompare.Web -c Release -p:PublishReadyToRun=false -o "$work/app" >/dev/null
(cd "$work/app" && ConnectionStrings__CareerCompare="Data Source=$work/site.db" dotnet CareerCompare.Web.dll import >/dev/null)

start_redis() {
  redis-server --port "$redis_port" --bind 127.0.0.1 --save "" --appendonly no --maxmemory 64mb --maxmemory-policy volatile-lru >"$work/redis.log" 2>&1 &
  redis_pid=$!
  until redis-cli -p "$redis_port" ping >/dev/null 2>&1; do sleep 0.1; done
}

start_sites() { # Redis configuration, or empty
  for i in 0 1 2; do
    (cd "$work/app" && exec env ASPNETCORE_ENVIRONMENT=Production ConnectionStrings__CareerCompare="Data Source=$work/site.db" \
      Redis__Configuration="$1" dotnet CareerCompare.Web.dll --urls "http://127.0.0.1:$((port + i))" >>"$work/server$i.log" 2>&1) &
    servers+=($!)
  done
  for i in 0 1 2; do until curl -sf -o /dev/null "http://127.0.0.1:$((port + i))/health/ready"; do sleep 0.2; done; done
  # Warm up the CSV's code paths on each instance, from clients no phase uses.
  for i in 0 1 2; do for n in 1 2 3; do
    curl -s -o /dev/null -H "X-Forwarded-For: 198.51.100.$((i * 10 + n))" "http://127.0.0.1:$((port + i))/api/v1/occupations.csv?min=$((i * 10 + n))"
  done; done
}

csv() { # instance, client, minimum: prints "status seconds"
  curl -s -o /dev/null -w '%{http_code} %{time_total}\n' -H "X-Forwarded-For: $2" "http://127.0.0.1:$((port + $1))/api/v1/occupations.csv?min=$3"
}

seq_base=$((RANDOM * 10))
spread() {
  for n in $(seq 30); do csv $((n % 3)) 192.0.2.7 $((seq_base + n)); done | awk '{c[$1]++} END {printf "spread: 30 asked: %d answered 200, %d answered 429\n", c[200], c[429]}'
  seq_base=$((seq_base + 100))
}
cost() {
  for n in $(seq 200); do csv 0 "10.9.$((n / 200)).$((n % 200 + 1))" $((seq_base + n)); done | awk '{print $2}' | sort -n |
    awk '{t[NR]=$1} END {printf "cost: 200 uncached CSV files: p50 %.1f ms, p90 %.1f ms, p99 %.1f ms, max %.1f ms\n", t[int(NR*0.5)]*1000, t[int(NR*0.9)]*1000, t[int(NR*0.99)]*1000, t[NR]*1000}'
  seq_base=$((seq_base + 1000))
}
outage() { # name
  for n in $(seq 12); do csv 1 "192.0.2.$((20 + ${#1}))" $((seq_base + n)); sleep 0.2; done |
    awk -v name="$1" '{c[$1]++; if ($2 > m) m = $2; t = t sprintf(" %.0f", $2 * 1000)} END {printf "%s: 12 asked: %d answered 200, %d answered 429, other %d; slowest %.0f ms; each (ms):%s\n", name, c[200], c[429], NR - c[200] - c[429], m * 1000, t}'
  seq_base=$((seq_base + 100))
}

echo "## three instances, no Redis (each counts its own budget)"
start_sites ""
spread; cost
stop_servers

echo "## three instances, one Redis (shared budget)"
start_redis
start_sites "127.0.0.1:$redis_port"
spread; cost
echo "Redis keys of the budget: $(redis-cli -p "$redis_port" --scan --pattern 'rl:*costly*' | wc -l)"
stop_redis
outage killed
start_redis
sleep 2
kill -STOP "$redis_pid"
outage hung
kill -CONT "$redis_pid"
stop_servers
for i in 0 1 2; do echo "server log $i: $(grep -c '^fail:' "$work/server$i.log" || true) lines starting 'fail:'; $(grep -c 'shared budget of costly answers is not available' "$work/server$i.log" || true) warnings of the shared budget"; done
