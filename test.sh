#!/usr/bin/env bash
# Restores, builds and runs every test project. Installs what the tests need when it is
# missing (PostgreSQL server binaries, Chromium); each test process starts and removes its own
# throwaway PostgreSQL cluster. Exits non-zero on any failure.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$root"
# shellcheck source=scripts/postgres.sh
. scripts/postgres.sh

if ! command -v dotnet >/dev/null 2>&1; then
  echo "The .NET 10 SDK is needed (https://dot.net)." >&2
  exit 1
fi

pg_ensure_installed
export PG_BIN="$(pg_find_bin)"

chromium="${ARCHIVE_CHROMIUM:-/usr/bin/chromium}"
if [ ! -x "$chromium" ]; then
  if command -v apt-get >/dev/null 2>&1; then
    echo "Chromium not found: installing Debian's chromium for the browser tests." >&2
    pg_sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive pg_sudo apt-get install -y -qq chromium fonts-liberation >/dev/null
  else
    echo "The browser tests need Chromium at $chromium (or set ARCHIVE_CHROMIUM)." >&2
    exit 1
  fi
fi
export ARCHIVE_CHROMIUM="$chromium"

configuration="${CONFIGURATION:-Release}"
dotnet restore AmnestyArchive.sln -v quiet
dotnet build AmnestyArchive.sln -c "$configuration" --no-restore -v quiet -nologo

log="$(mktemp)"
trap 'rm -f "$log"' EXIT
status=0
dotnet test AmnestyArchive.sln -c "$configuration" --no-build -nologo 2>&1 | tee "$log" || status=$?

# One plain closing line for people and CI: "N passed, N failed, N skipped".
awk -F'[:,]' '/^(Passed|Failed)! +- Failed:/ { f += $2; p += $4; s += $6 }
  END { printf "Tests: %d passed, %d failed, %d skipped\n", p, f, s }' "$log"
if grep -qE '^Failed! ' "$log"; then status=1; fi
exit "$status"
