#!/usr/bin/env bash
# Tests the Python and Node clients against the real docanalysisd: builds the
# binary, generates the Python stubs with Debian's protoc, installs the Node
# packages from package-lock.json, and runs each suite. Run from anywhere;
# CI runs it from .ci/run.
#
# It needs Debian's protobuf-compiler, libprotobuf-dev (the well-known types'
# .proto files, only a recommendation of protobuf-compiler),
# protobuf-compiler-grpc, python3-grpcio, python3-protobuf, python3-pytest and
# openssl, and Node.js with npm. Missing
# Debian packages are installed with apt-get when this runs as root; without
# root or apt-get, the suites are skipped with a message.
set -euo pipefail
cd "$(dirname "$0")/.."

debs=(protobuf-compiler libprotobuf-dev protobuf-compiler-grpc python3-grpcio python3-protobuf python3-pytest openssl)
command -v node >/dev/null && command -v npm >/dev/null || debs+=(nodejs npm)
missing=()
for p in "${debs[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" != 0 ] || ! command -v apt-get >/dev/null; then
    echo "== clients: skipped: missing Debian packages ${missing[*]} and cannot install them (not root, or no apt-get)"
    exit 0
  fi
  echo "== clients: installing ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
go build -o "$tmp/docanalysisd" ./cmd/docanalysisd
export DOCANALYSISD="$tmp/docanalysisd"

# Debian's python3-grpcio is installed for /usr/bin/python3; another python3
# may come first on PATH and not see it.
echo "== clients: Python ($(/usr/bin/python3 --version), protoc $(protoc --version))"
clients/python/generate.sh
PYTHONDONTWRITEBYTECODE=1 /usr/bin/python3 -m pytest -q -p no:cacheprovider clients/python/tests

echo "== clients: Node ($(node --version), npm $(npm --version))"
(cd clients/node && npm ci --ignore-scripts --no-audit --no-fund --loglevel=error && npm test --silent)
