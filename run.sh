#!/usr/bin/env bash
# Runs the portal at http://localhost:${PORT:-5080}.
#
# With ConnectionStrings__Archive set, it uses that database. Without it, it creates (on first
# use) and starts a project-local PostgreSQL cluster under .data/postgres, with a generated
# password, and stops it again when the portal stops (Ctrl-C).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$root"
# shellcheck source=scripts/postgres.sh
. scripts/postgres.sh

port="${PORT:-5080}"
pgdata="${ARCHIVE_PGDATA:-$root/.data/postgres}"
pgport="${ARCHIVE_PGPORT:-5433}"
started_pg=""

if ! command -v dotnet >/dev/null 2>&1; then
  echo "The .NET 10 SDK is needed (https://dot.net). Install it and run ./run.sh again." >&2
  exit 1
fi

stop_pg() {
  if [ -n "$started_pg" ]; then
    echo "Stopping the project-local PostgreSQL..."
    pg_run "$bin/pg_ctl" -D "$pgdata" -m fast -w stop >/dev/null || true
    started_pg=""
  fi
}

if [ -z "${ConnectionStrings__Archive:-}" ]; then
  pg_ensure_installed
  bin="$(pg_find_bin)"
  mkdir -p "$(dirname "$pgdata")"
  pwfile="$(dirname "$pgdata")/postgres.password"
  if [ ! -s "$pwfile" ]; then
    # A fresh random password per checkout: there is no default password anywhere.
    (umask 077; head -c 24 /dev/urandom | base64 | tr -dc 'A-Za-z0-9' > "$pwfile")
  fi
  if [ ! -f "$pgdata/PG_VERSION" ]; then
    echo "Creating a project-local PostgreSQL cluster in $pgdata"
    mkdir -p "$pgdata"
    pg_own "$pgdata"
    tmp_pw="$(mktemp)"; cp "$pwfile" "$tmp_pw"; pg_own "$tmp_pw"
    pg_run "$bin/initdb" -D "$pgdata" -U archive --pwfile="$tmp_pw" --auth=scram-sha-256 \
      --encoding=UTF8 --locale=C.UTF-8 >/dev/null
    rm -f "$tmp_pw"
  fi
  if ! pg_run "$bin/pg_ctl" -D "$pgdata" status >/dev/null 2>&1; then
    pg_run "$bin/pg_ctl" -D "$pgdata" -l "$pgdata/server.log" -w -t 60 \
      -o "-p $pgport -k $pgdata -c listen_addresses=127.0.0.1" start >/dev/null
    started_pg=1
  fi
  trap stop_pg EXIT
  password="$(cat "$pwfile")"
  export PGPASSWORD="$password"
  if ! "$bin/psql" -h 127.0.0.1 -p "$pgport" -U archive -d postgres -tAc \
      "SELECT 1 FROM pg_database WHERE datname='amnesty_archive'" | grep -q 1; then
    "$bin/psql" -h 127.0.0.1 -p "$pgport" -U archive -d postgres -qc "CREATE DATABASE amnesty_archive" >/dev/null
  fi
  unset PGPASSWORD
  export ConnectionStrings__Archive="Host=127.0.0.1;Port=$pgport;Database=amnesty_archive;Username=archive;Password=$password"
fi

export Archive__SeedsPath="${Archive__SeedsPath:-$root/seeds}"
export ASPNETCORE_ENVIRONMENT="${ASPNETCORE_ENVIRONMENT:-Production}"

echo "Building the portal..."
dotnet publish "$root/src/AmnestyArchive.Web" -c Release -o "$root/.data/app" -v quiet -nologo >/dev/null
echo "AmnestyArchive at http://localhost:$port  (Ctrl-C stops it)"
# Not exec: the trap must still stop PostgreSQL when the portal exits.
(cd "$root/.data/app" && exec dotnet AmnestyArchive.Web.dll --urls "http://localhost:$port") &
portal=$!
# Background jobs of a script ignore SIGINT, so Ctrl-C reaches the portal as SIGTERM from here.
trap 'kill -TERM $portal 2>/dev/null || true' INT TERM
wait $portal || true
wait $portal 2>/dev/null || true
stop_pg
