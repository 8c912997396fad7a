#!/usr/bin/env bash
# Public-site load test, in one run (docs/benchmarks.md, "Public site"):
#   1. the seed statement's page served from the output cache,
#   2. the same HTML served by the same Kestrel as a static file (the ceiling),
#   3. the same page uncached (an Authorization header makes the cache policy step aside),
# then, over an archive of BENCH_STATEMENTS generated statements, search and uncached
# statement-page latency percentiles (p50/p95/p99) over varied requests.
#
# Uses a project-local PostgreSQL cluster in .data/bench-postgres (port 5434) unless
# ConnectionStrings__Archive is set. Needs wrk and curl. BENCH_EACH=1 also times each search
# URL on its own.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
# shellcheck source=../scripts/postgres.sh
. scripts/postgres.sh

count="${BENCH_STATEMENTS:-100000}"
port="${BENCH_PORT:-5090}"
duration="${BENCH_DURATION:-15s}"
connections="${BENCH_CONNECTIONS:-32}"
pgdata="$root/.data/bench-postgres"
pgport="${BENCH_PGPORT:-5434}"
app="$root/.data/bench-app"
work="$(mktemp -d)"
started_pg=""
portal_pid=""

cleanup() {
  [ -n "$portal_pid" ] && kill "$portal_pid" 2>/dev/null && wait "$portal_pid" 2>/dev/null || true
  if [ -n "$started_pg" ]; then pg_run "$bin/pg_ctl" -D "$pgdata" -m fast -w stop >/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT

if [ -z "${ConnectionStrings__Archive:-}" ]; then
  pg_ensure_installed
  bin="$(pg_find_bin)"
  if [ ! -f "$pgdata/PG_VERSION" ]; then
    mkdir -p "$pgdata"; pg_own "$pgdata"
    pg_run "$bin/initdb" -D "$pgdata" -U archive --auth=trust --encoding=UTF8 --locale=C.UTF-8 >/dev/null
  fi
  if ! pg_run "$bin/pg_ctl" -D "$pgdata" status >/dev/null 2>&1; then
    pg_run "$bin/pg_ctl" -D "$pgdata" -l "$pgdata/server.log" -w -t 60 \
      -o "-p $pgport -k $pgdata -c listen_addresses=127.0.0.1 -c shared_buffers=256MB" start >/dev/null
    started_pg=1
  fi
  if ! "$bin/psql" -h 127.0.0.1 -p "$pgport" -U archive -d postgres -tAc "SELECT 1 FROM pg_database WHERE datname='amnesty_bench'" | grep -q 1; then
    "$bin/psql" -h 127.0.0.1 -p "$pgport" -U archive -d postgres -qc "CREATE DATABASE amnesty_bench" >/dev/null
  fi
  export ConnectionStrings__Archive="Host=127.0.0.1;Port=$pgport;Database=amnesty_bench;Username=archive;Maximum Pool Size=64"
fi

echo "Publishing the portal and the generator (Release)..."
dotnet publish src/AmnestyArchive.Web -c Release -o "$app" -v quiet -nologo >/dev/null
dotnet build bench/AmnestyArchive.Bench.Generator -c Release -o "$work/generator" -v quiet -nologo >/dev/null

export ASPNETCORE_ENVIRONMENT=Production Archive__SeedsPath="$root/seeds" Serilog__MinimumLevel__Default=Warning
(cd "$app" && exec dotnet AmnestyArchive.Web.dll --urls "http://127.0.0.1:$port") &
portal_pid=$!
for _ in $(seq 1 120); do curl -sf "http://127.0.0.1:$port/health/ready" >/dev/null && break; sleep 1; done

echo "Filling the archive to $count statements..."
dotnet "$work/generator/AmnestyArchive.Bench.Generator.dll" "$ConnectionStrings__Archive" "$count"

psql_q() { PGCONNECT_TIMEOUT=5 "${bin:-/usr/bin}/psql" "postgresql://archive@127.0.0.1:$pgport/amnesty_bench" -tAc "$1"; }
seed="$(psql_q "SELECT public_id FROM statements WHERE status='Published' ORDER BY (original_file_name LIKE '2026-02-03%') DESC, id LIMIT 1")"
base="http://127.0.0.1:$port"
echo "Statement page: $base/s/$seed"

# The static ceiling: the very bytes of the cached page, served by UseStaticFiles.
mkdir -p "$app/wwwroot/bench"
curl -sf "$base/s/$seed" -o "$app/wwwroot/bench/statement.html"
curl -sf "$base/bench/statement.html" >/dev/null

run() { # name url [extra wrk args]
  local name="$1" url="$2"; shift 2
  wrk -t2 -c"$connections" -d"$duration" --latency "$@" "$url" > "$work/$name.txt"
  printf '%-10s %10s req/s   p50 %8s   p99 %8s\n' "$name" \
    "$(awk '/Requests\/sec/ {print $2}' "$work/$name.txt")" \
    "$(awk '$1=="50%" {print $2}' "$work/$name.txt")" "$(awk '$1=="99%" {print $2}' "$work/$name.txt")"
}

# Warm-up, not recorded: the runtime's tiered JIT recompiles the hot paths only after they have
# run for a while, so a cold first run measures the compiler, not the server (the cached page
# went from 15,000 to 37,000 requests per second between a first and a second 6-second run).
warmup="${BENCH_WARMUP:-5s}"
warm() { wrk -t2 -c"$connections" -d"$warmup" "$@" >/dev/null; }
echo; echo "Warming up ($warmup per URL)..."
warm "$base/s/$seed"
warm "$base/bench/statement.html"
warm "$base/s/$seed" -H "Authorization: Bench"

echo; echo "== Throughput, $connections connections, $duration each"
run cached "$base/s/$seed"
run static "$base/bench/statement.html"
run uncached "$base/s/$seed" -H "Authorization: Bench"

# Latency over varied requests: each wrk connection walks its own list.
cat > "$work/paths.lua" <<'LUA'
local paths, i = {}, 0
for line in io.lines(os.getenv("BENCH_PATHS")) do paths[#paths + 1] = line end
request = function()
  i = i + 1
  return wrk.format("GET", paths[(i % #paths) + 1], { Authorization = "Bench" })
end
done = function(summary, latency, requests)
  io.write(string.format("p50 %.1f ms   p95 %.1f ms   p99 %.1f ms   (%d requests, %.0f req/s)\n",
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000,
    summary.requests, summary.requests / (summary.duration / 1e6)))
end
LUA
psql_q "SELECT '/s/' || public_id FROM statements WHERE status='Published' ORDER BY random() LIMIT 2000" > "$work/statements.txt"
{
  for q in detained journalists "act+of+aggression" "%22arbitrary+detention%22" periodistas detencion "asesinato+de+periodistas" \
           "proteccion" "torture" "human+rights+defenders" "Callamard" "Article+2(4)" "Venezuela+authorities" "presos+politicos" "raids+warrants"; do
    echo "/search?q=$q"; echo "/search?q=$q&scope=quotes"; echo "/search?q=$q&scope=demands"; echo "/search?q=$q&year=2020"
  done
} > "$work/search.txt"

echo; echo "== Uncached statement pages at $count statements (1 connection, varied statements)"
BENCH_PATHS="$work/statements.txt" wrk -t1 -c1 -d"$duration" -s "$work/paths.lua" "$base" | tail -1
echo "== Uncached statement pages at $count statements (4 connections, varied statements)"
BENCH_PATHS="$work/statements.txt" wrk -t2 -c4 -d"$duration" -s "$work/paths.lua" "$base" | tail -1
echo "== Browse lists at $count statements, uncached (median of five, ms)"
for path in /speakers /law /addressees /tags /countries /countries/ve /countries/us /statements /api/v1/speakers /api/v1/instruments /api/v1/actors; do
  median="$(for _ in 1 2 3 4 5; do curl -s -o /dev/null -H "Authorization: Bench" -w '%{time_total}\n' "$base$path"; done | sort -n | sed -n 3p)"
  awk -v t="$median" -v p="$path" 'BEGIN { printf "%7.1f  %s\n", t * 1000, p }'
done
echo "== Search at $count statements (4 connections, varied queries, scopes and facets)"
BENCH_PATHS="$work/search.txt" wrk -t2 -c4 -d"$duration" -s "$work/paths.lua" "$base" | tail -1
echo "== Search, 1 connection"
BENCH_PATHS="$work/search.txt" wrk -t1 -c1 -d"$duration" -s "$work/paths.lua" "$base" | tail -1

# BENCH_EACH=1: each search URL alone, one connection, the median of five after one warm-up,
# slowest first (which queries make the tail).
if [ -n "${BENCH_EACH:-}" ]; then
  echo; echo "== Each search URL alone (median of five, ms)"
  while read -r path; do
    curl -s -o /dev/null -H "Authorization: Bench" "$base$path"
    median="$(for _ in 1 2 3 4 5; do curl -s -o /dev/null -H "Authorization: Bench" -w '%{time_total}\n' "$base$path"; done | sort -n | sed -n 3p)"
    awk -v t="$median" -v p="$path" 'BEGIN { printf "%7.1f  %s\n", t * 1000, p }'
  done < "$work/search.txt" | sort -rn
fi
