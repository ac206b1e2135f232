#!/usr/bin/env bash
# The weight of a page's HTML as sent: bytes without compression, with gzip and with Brotli (as the site compresses
# them), for the pages given or, by default, the comparison of four, the featured comparison and a profile.
# Builds the site in Release, imports the catalogue into a scratch database and starts it in Production on a free
# port of 127.0.0.1; stops it at the end.
#
# Usage: bench/page-weight.sh [PATH...]      (prints a Markdown table)
# Needs: the .NET SDK, curl, python3.
set -euo pipefail
cd "$(dirname "$0")/.."

pages=("$@")
if [ ${#pages[@]} -eq 0 ]; then
  pages=(/compare/registered-nurses-vs-software-developers-vs-actors-vs-cardiologists
    /compare/patient-relations-director-vs-patient-account-manager
    /occupations/registered-nurses)
fi

work=$(mktemp -d)
server=""
cleanup() { if [ -n "$server" ]; then kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; fi; rm -rf "$work"; }
trap cleanup EXIT

dotnet build src/CareerCompare.Web -c Release -o "$work/app" >/dev/null
export ASPNETCORE_ENVIRONMENT=Production ConnectionStrings__CareerCompare="Data Source=$work/weight.db" RateLimiting__Enabled=false
(cd "$work/app" && dotnet CareerCompare.Web.dll import >/dev/null)
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')
base="http://127.0.0.1:$port"
(cd "$work/app" && exec dotnet CareerCompare.Web.dll --urls "$base" >"$work/server.log" 2>&1) &
server=$!
until curl -sf -o /dev/null "$base/health/ready"; do sleep 0.2; done

size() { # $1 path, $2 Accept-Encoding: prints the bytes received (fails on anything but 200 or a wrong encoding)
  local status encoding
  read -r status encoding < <(curl -s -o "$work/body" -w '%{http_code} %header{content-encoding}\n' -H "Accept-Encoding: $2" "$base$1")
  [ "$status" = 200 ] || { echo "$1 answered $status" >&2; exit 1; }
  [ "${encoding:-identity}" = "$2" ] || { echo "$1 asked for $2, got ${encoding:-identity}" >&2; exit 1; }
  stat -c %s "$work/body"
}

echo "| page | HTML bytes | gzip | Brotli |"
echo "|---|---|---|---|"
for page in "${pages[@]}"; do
  echo "| \`$page\` | $(size "$page" identity) | $(size "$page" gzip) | $(size "$page" br) |"
done
