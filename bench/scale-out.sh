#!/usr/bin/env bash
# Scale-out on one machine: Redis as the shared output cache, three instances of the site on one SQLite file, and
# nginx in front of them, all on 127.0.0.1. wrk loads a repeated mix of pages (bench/scale-out.lua) through nginx in
# phases of PHASE each:
#   steady       the mix after one warm-up round (each page rendered once, by whichever instance nginx chose)
#   failover     instance 2 killed (SIGKILL) a third of the way in, started again at two thirds
#   redis        Redis killed a third of the way in (what it held is lost), started again, empty, at two thirds
#   db-broken    the shared database file truncated to 1,000 bytes a third of the way in, put back at two thirds;
#                every 12th request is a search no cache holds (MISS_EVERY=12), which needs the database
#   redis-full   Redis full a third of the way in (maxmemory below what it holds, noeviction: every write is
#                answered "OOM"), as it was again at two thirds; every 12th request is a search no cache holds
#   re-import    the catalogue imported again a third of the way in: into a copy of the file, then moved over it (this
#                phase lasts twice as long, so that the import, the move and the eviction all happen under load)
#   size         not a load: every profile and state page asked for once, as a browser asks (Brotli), to measure
#                what the catalogue's pages take in Redis
# Each phase prints wrk's count of requests, non-2xx and 5xx answers, socket errors and p50/p99 latency; the cache hit
# share (answers that came with an Age header, i.e. served from the output cache) over all, and for each instance
# from nginx's log (which instance answered, and whether with an Age header); the same for the mix's pages and for the
# searches no cache holds, apart, with their statuses and nginx's p99 (POPULAR, MISSES); and Redis's own key hits and
# misses. Everything it started is stopped at the end.
#
# Usage: bench/scale-out.sh      PHASE=30s CONNECTIONS=64 THREADS=2 by default;
#        PHASES="steady failover redis db-broken redis-full re-import size" (all, in this order) by default;
#        ports PORTS="5321 5322 5323" LB_PORT=5340 REDIS_PORT=6390 by default;
#        REDIS_MAXMEMORY=256mb (Redis's maxmemory, with the volatile-lru policy, as README "Scale-out" says).
# Needs: the .NET SDK, curl; installs wrk, redis-server and nginx with apt-get when missing. Loads 127.0.0.1 only.
set -euo pipefail
cd "$(dirname "$0")/.."

phase_length=${PHASE:-30s}
connections=${CONNECTIONS:-64}
threads=${THREADS:-2}
read -r -a ports <<< "${PORTS:-5321 5322 5323}"
lb_port=${LB_PORT:-5340}
redis_port=${REDIS_PORT:-6390}
redis_maxmemory=${REDIS_MAXMEMORY:-256mb}
read -r -a phases <<< "${PHASES:-steady failover redis db-broken redis-full re-import size}"
seconds=${phase_length%s}
third=$((seconds / 3))

need() { command -v "$1" >/dev/null || { apt-get update -qq >/dev/null; DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$2" >/dev/null; }; }
need wrk wrk
need redis-server redis-server
need nginx nginx
ulimit -n 65536 2>/dev/null || true

work=$(mktemp -d)
db="$work/catalogue.db"
redis_pid=""
nginx_pid=""
declare -A site_pid=()
cleanup() {
  for pid in "${site_pid[@]}" "$nginx_pid" "$redis_pid"; do
    if [ -n "$pid" ]; then kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; fi
  done
  rm -rf "$work"
}
trap cleanup EXIT

echo "Publishing (Release, ReadyToRun) and importing the catalogue..." >&2
dotnet publish src/CareerCompare.Web -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true -o "$work/app" >/dev/null
(cd "$work/app" && ASPNETCORE_ENVIRONMENT=Production ConnectionStrings__CareerCompare="Data Source=$db" dotnet CareerCompare.Web.dll import >/dev/null)

start_redis() {
  redis-server --port "$redis_port" --bind 127.0.0.1 --save '' --appendonly no \
    --maxmemory "$redis_maxmemory" --maxmemory-policy volatile-lru >>"$work/redis.log" 2>&1 &
  redis_pid=$!
  until redis-cli -p "$redis_port" ping >/dev/null 2>&1; do sleep 0.05; done
}
stop_redis() { kill -9 "$redis_pid"; wait "$redis_pid" 2>/dev/null || true; redis_pid=""; }

# All of wrk's requests come from one address, so the per-client rate limit is off, as in bench/load.sh's second run.
start_site() {
  local n=$1
  (cd "$work/app" && exec env ASPNETCORE_ENVIRONMENT=Production ConnectionStrings__CareerCompare="Data Source=$db;Default Timeout=5" \
    Redis__Configuration="127.0.0.1:$redis_port" RateLimiting__Enabled=false \
    dotnet CareerCompare.Web.dll --urls "http://127.0.0.1:${ports[$n]}" >>"$work/site-$n.log" 2>&1) &
  site_pid[$n]=$!
}
wait_ready() { until curl -sf -o /dev/null "http://127.0.0.1:${ports[$1]}/health/ready"; do sleep 0.05; done; }

start_redis
for n in 0 1 2; do start_site "$n"; done
for n in 0 1 2; do wait_ready "$n"; done

mkdir -p "$work/nginx"
sed -e "s|@WORK@|$work/nginx|g" -e "s|@PORT1@|${ports[0]}|" -e "s|@PORT2@|${ports[1]}|" -e "s|@PORT3@|${ports[2]}|" \
  -e "s|@LB_PORT@|$lb_port|" bench/scale-out.nginx.conf >"$work/nginx/nginx.conf"
nginx -e "$work/nginx/error.log" -p "$work/nginx" -c "$work/nginx/nginx.conf" -g 'daemon off;' &
nginx_pid=$!
base="http://127.0.0.1:$lb_port"
until curl -sf -o /dev/null "$base/health/live"; do sleep 0.05; done

echo "# bench/scale-out.sh: 3 instances + Redis + nginx, $connections connections, $threads wrk threads, phases of $phase_length, $(nproc) cores, $(date -u +%Y-%m-%dT%H:%MZ)"
# One warm-up round: every page of the mix once, through nginx (the cache key holds the host name nginx passes on).
mapfile -t paths < <(grep -o '"/[^"]*"' bench/scale-out.lua | tr -d '"')
for path in "${paths[@]}"; do curl -s -o /dev/null "$base$path"; done
sleep 2
echo "WARMUP pages rendered (answers without Age) by each instance: $(awk -F'|' '$5 == "-" { n = split($3, t, ", "); r[t[n]]++ } END { for (w in r) printf "%s %d; ", w, r[w] }' "$work/nginx/access.log")"

log_lines() { wc -l <"$work/nginx/access.log"; }
report() {
  local name=$1 from=$2 result=$3
  echo "## $name"
  grep -E '^RESULT' <<<"$result"
  grep -E '^STATUS' <<<"$result" | sort -k2 -n | tr '\n' ' '; echo
  # nginx's log: the instance that answered (the last one tried), whether it was served from the cache, retries.
  tail -n +"$((from + 1))" "$work/nginx/access.log" | awk -F'|' '
    { n = split($3, tried, ", "); who = tried[n]; total[who]++; if ($5 != "-" && $5 != "") hit[who]++;
      if (n > 1) retried++; if ($2 >= 500) errors++; all++; if ($5 != "-" && $5 != "") hits++ }
    END {
      printf "NGINX requests=%d cached_share=%.3f 5xx=%d retried_on_another_instance=%d\n", all, all ? hits / all : 0, errors, retried
      for (who in total) printf "INSTANCE %s requests=%d cached_share=%.3f\n", who, total[who], hit[who] / total[who]
    }' | sort
  # The mix's pages (cached once warm) and the searches no cache holds (MISS_EVERY), apart: statuses, the share
  # served from the cache, and nginx's own p99 (request_time, to the millisecond).
  tail -n +"$((from + 1))" "$work/nginx/access.log" | awk -F'|' '
    { kind = (index($7, "/occupations?q=zz") == 1) ? "MISSES" : "POPULAR"; n[kind]++; s[kind, $2]++; codes[$2] = 1
      if ($5 != "-" && $5 != "") hit[kind]++; print kind, $6 * 1000 > "/dev/stderr" }
    END {
      for (kind in n) {
        line = sprintf("%s requests=%d cached_share=%.3f", kind, n[kind], hit[kind] / n[kind])
        for (c in codes) if (s[kind, c]) line = line sprintf(" status_%s=%d", c, s[kind, c])
        print line
      }
    }' 2>"$work/times.txt" | sort
  # The mix's pages between a third and two thirds of the phase, while the event lasts (database broken, Redis full).
  tail -n +"$((from + 1))" "$work/nginx/access.log" | awk -F'|' -v third="$third" '
    NR == 1 { t0 = $1 } index($7, "/occupations?q=zz") != 1 && $1 >= t0 + third && $1 < t0 + 2 * third {
      n++; if ($5 != "-" && $5 != "") hit++; if ($2 == 200) ok++; print $6 * 1000 }
    END { if (n) printf "WINDOW %d requests=%d status_200=%d cached_share=%.3f\n", 0, n, ok, hit / n > "/dev/stderr" }' \
    2>"$work/window.txt" | sort -n | awk '{ t[NR] = $1 } END { if (NR) printf " nginx_p99_ms=%.0f\n", t[int(NR * 0.99) + 1] }' >"$work/window-p99.txt"
  if [ -s "$work/window.txt" ]; then
    echo "POPULAR_DURING_EVENT (from ${third} s to $((2 * third)) s) $(cut -d' ' -f3- "$work/window.txt")$(cat "$work/window-p99.txt")"
  fi
  for kind in POPULAR MISSES; do
    { grep "^$kind " "$work/times.txt" || true; } | awk '{ print $2 }' | sort -n | awk -v k="$kind" '{ t[NR] = $1 } END { if (NR) printf "%s nginx_p50_ms=%.0f nginx_p99_ms=%.0f\n", k, t[int(NR * 0.50) + 1], t[int(NR * 0.99) + 1] }'
  done
  local stats; stats=$(redis-cli -p "$redis_port" info stats | tr -d '\r')
  local hits misses; hits=$(sed -n 's/^keyspace_hits://p' <<<"$stats"); misses=$(sed -n 's/^keyspace_misses://p' <<<"$stats")
  echo "REDIS keyspace_hits=$hits keyspace_misses=$misses hit_share=$(awk -v h="$hits" -v m="$misses" 'BEGIN { printf "%.3f", (h + m) ? h / (h + m) : 0 }')"
}

# Runs wrk for one phase; the named function (if any) runs alongside it, its timings printed as EVENT lines.
phase() {
  local name=$1 during=${2:-} length=${3:-$phase_length} # $4: MISS_EVERY
  local from; from=$(log_lines)
  local errors_from; errors_from=$(grep -c 'upstream' "$work/nginx/error.log" || true)
  redis-cli -p "$redis_port" config resetstat >/dev/null
  MISS_EVERY=${4:-0} wrk -t"$threads" -c"$connections" -d"$length" --timeout 10s -s bench/scale-out.lua "$base" >"$work/wrk.txt" 2>&1 &
  local load=$!
  # In this shell, not a subshell: the processes it starts again must stay known to cleanup.
  : >"$work/events.txt"
  if [ -n "$during" ]; then "$during" >"$work/events.txt"; fi
  wait "$load"
  sleep 2 # nginx writes its log every second
  report "$name" "$from" "$(cat "$work/wrk.txt")"
  echo "NGINX_ERRORS upstream errors logged: $(( $(grep -c 'upstream' "$work/nginx/error.log" || true) - errors_from ))$(grep 'upstream' "$work/nginx/error.log" | tail -n +"$((errors_from + 1))" | sed -E 's/.*\] [0-9]+#[0-9]+: (\*[0-9]+ )?//; s/ while .*//; s/\([0-9]+: /(/' | sort | uniq -c | sed 's/^ */; /' | tr -d '\n')"
  cat "$work/events.txt"
  echo
}

kill_and_restart_instance() {
  sleep "$third"
  kill -9 "${site_pid[1]}"; wait "${site_pid[1]}" 2>/dev/null || true
  echo "EVENT instance 2 (port ${ports[1]}) killed at ${third} s"
  sleep "$third"
  local started; started=$(date +%s.%N)
  start_site 1
  wait_ready 1
  echo "EVENT instance 2 started again at $((2 * third)) s; ready after $(awk -v s="$started" -v e="$(date +%s.%N)" 'BEGIN { printf "%.1f", e - s }') s"
}

restart_redis() {
  sleep "$third"
  stop_redis
  echo "EVENT Redis killed at ${third} s (what it held is lost)"
  sleep "$third"
  local started; started=$(date +%s.%N)
  start_redis
  # The first answer served from the cache again (a page asked for twice, through nginx, while the load goes on).
  until curl -s -o /dev/null "$base/occupations/registered-nurses" && curl -s -D - -o /dev/null "$base/occupations/registered-nurses" | grep -qi '^age:'; do sleep 0.05; done
  echo "EVENT Redis started again, empty, at $((2 * third)) s; pages served from the cache again $(awk -v s="$started" -v e="$(date +%s.%N)" 'BEGIN { printf "%.1f", e - s }') s later"
}

reimport() {
  sleep "$third"
  local started; started=$(date +%s.%N)
  local before; before=$(cat "$work"/site-*.log | grep -c 'The catalogue was imported again' || true)
  cp "$db" "$work/next.db"
  (cd "$work/app" && ASPNETCORE_ENVIRONMENT=Production ConnectionStrings__CareerCompare="Data Source=$work/next.db" dotnet CareerCompare.Web.dll import >/dev/null)
  mv "$work/next.db" "$db"
  local moved; moved=$(date +%s.%N)
  echo "EVENT catalogue imported into a copy in $(awk -v s="$started" -v e="$moved" 'BEGIN { printf "%.1f", e - s }') s, moved over the shared file at $((third + ${moved%.*} - ${started%.*})) s"
  # Each instance logs when it sees the new catalogue and drops the cached pages (every 10 s it looks).
  until [ "$(cat "$work"/site-*.log | grep -c 'The catalogue was imported again' || true)" -ge $((before + 3)) ]; do sleep 0.1; done
  echo "EVENT all three instances dropped the cached pages within $(awk -v s="$moved" -v e="$(date +%s.%N)" 'BEGIN { printf "%.1f", e - s }') s of the move"
}

break_database() {
  sleep "$third"
  cp "$db" "$work/intact.db"
  truncate -s 1000 "$db"
  echo "EVENT database file truncated to 1,000 bytes at ${third} s"
  sleep "$third"
  cp "$work/intact.db" "$db.back" && mv "$db.back" "$db"
  echo "EVENT database file put back at $((2 * third)) s"
}

fill_redis() {
  sleep "$third"
  redis-cli -p "$redis_port" config set maxmemory-policy noeviction >/dev/null
  redis-cli -p "$redis_port" config set maxmemory 1 >/dev/null
  echo "EVENT Redis full at ${third} s (maxmemory 1 byte, noeviction: every write answered OOM; $(redis-cli -p "$redis_port" dbsize) keys held)"
  sleep "$third"
  redis-cli -p "$redis_port" config set maxmemory "$redis_maxmemory" >/dev/null
  redis-cli -p "$redis_port" config set maxmemory-policy volatile-lru >/dev/null
  echo "EVENT Redis given room again at $((2 * third)) s"
}

# What the catalogue's pages take in Redis: every profile and state page of the sitemap asked for once, Brotli.
measure_size() {
  echo "## size (every profile and state page once, Accept-Encoding: br, through nginx)"
  local before keys_before; before=$(redis-cli -p "$redis_port" info memory | tr -d '\r' | sed -n 's/^used_memory://p')
  keys_before=$(redis-cli -p "$redis_port" dbsize)
  mapfile -t pages < <(curl -s "$base/sitemap.xml" | grep -o '<loc>[^<]*' | sed -E 's|<loc>https?://[^/]*||' | grep -E '^/(occupations|states)/[^/?]+$')
  printf '%s\n' "${pages[@]}" | xargs -P 2 -I{} curl -s -o /dev/null -H 'Accept-Encoding: br' "$base{}" || true
  local after keys_after; after=$(redis-cli -p "$redis_port" info memory | tr -d '\r' | sed -n 's/^used_memory://p')
  keys_after=$(redis-cli -p "$redis_port" dbsize)
  local index; index=$(redis-cli -p "$redis_port" --scan --pattern '*__MSOCT_catalogue' | head -1)
  echo "SIZE pages_asked=${#pages[@]} keys ${keys_before}->${keys_after} used_memory ${before}->${after} bytes" \
    "($(awk -v a="$after" -v b="$before" -v k="$((keys_after - keys_before))" 'BEGIN { printf "%.1f KB a key added", k ? (a - b) / k / 1024 : 0 }'));" \
    "tag index: $(redis-cli -p "$redis_port" memory usage "$index") bytes for $(redis-cli -p "$redis_port" zcard "$index") pages;" \
    "maxmemory $(redis-cli -p "$redis_port" config get maxmemory | tail -1) policy $(redis-cli -p "$redis_port" config get maxmemory-policy | tail -1)"
}

for name in "${phases[@]}"; do
  case $name in
    steady) phase "steady" ;;
    failover) phase "failover (instance 2 killed, then started again)" kill_and_restart_instance ;;
    redis) phase "redis (killed, then started again empty)" restart_redis ;;
    db-broken) phase "db-broken (database file truncated, then put back; every 12th request a search no cache holds)" break_database "" 12 ;;
    redis-full) phase "redis-full (Redis answers OOM to every write, then has room again; every 12th request a search no cache holds)" fill_redis "" 12 ;;
    re-import) phase "re-import (into a copy, moved over the shared file)" reimport "$((2 * seconds))s" ;;
    size) measure_size ;;
    *) echo "unknown phase: $name" >&2; exit 2 ;;
  esac
done
failures=$(cat "$work"/site-*.log | grep -c '^fail:' || true)
echo "SERVER_LOGS failures=$failures (lines starting 'fail:'), warnings: $(cat "$work"/site-*.log | grep -A1 '^warn:' | grep -v '^warn:\|^--' | sed 's/^ *//' | cut -c1-90 | sort | uniq -c | tr '\n' ';')"
