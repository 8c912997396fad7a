#!/usr/bin/env bash
# Shared by run.sh and test.sh: finds PostgreSQL's server binaries, installing them on
# Debian or Ubuntu when they are missing, and runs them as the postgres user when we are root
# (the server refuses to run as root).

pg_find_bin() {
  if [ -n "${PG_BIN:-}" ] && [ -x "$PG_BIN/initdb" ]; then echo "$PG_BIN"; return 0; fi
  local newest
  newest=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
  if [ -n "$newest" ] && [ -x "$newest/initdb" ]; then echo "$newest"; return 0; fi
  if command -v initdb >/dev/null 2>&1; then dirname "$(command -v initdb)"; return 0; fi
  return 1
}

pg_sudo() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

pg_ensure_installed() {
  if pg_find_bin >/dev/null; then return 0; fi
  if [ -r /etc/os-release ] && grep -qiE '^(ID|ID_LIKE)=.*(debian|ubuntu)' /etc/os-release && command -v apt-get >/dev/null; then
    echo "PostgreSQL server binaries not found: installing them with apt-get." >&2
    pg_sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive pg_sudo apt-get install -y -qq postgresql postgresql-contrib >/dev/null
    # Debian's package starts a system cluster; this project uses its own, so leave that one alone.
  else
    echo "PostgreSQL server binaries (initdb, pg_ctl) are needed. Install PostgreSQL 14 or newer" >&2
    echo "with the contrib modules, put its bin folder on PATH or in PG_BIN, and run this again." >&2
    return 1
  fi
  pg_find_bin >/dev/null
}

# Runs a PostgreSQL binary, as the postgres user when we are root.
pg_run() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

# pg_own DIR: as root, hand DIR to the postgres user.
pg_own() {
  if [ "$(id -u)" = 0 ]; then chown -R postgres:postgres "$1"; fi
}
