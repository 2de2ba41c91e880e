#!/usr/bin/env bash
# Installs the Debian packages Callboard needs (PostgreSQL 15 server and client, libpq
# headers; zlib headers, for the API's gzip; librsvg2-bin's rsvg-convert and a sans-serif font, with which the tests render the
# peak chart to PNG; python3-venv, in which the tests install the Kubernetes schema validator; pgbouncer, which the tests start in transaction mode in front of the test cluster) when they are missing. As root it installs them; otherwise it says what to run.
set -euo pipefail

packages=(postgresql libpq-dev zlib1g-dev librsvg2-bin fonts-dejavu-core python3-venv pgbouncer)
missing=()
for package in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$package")
    fi
done

# The HTTP API's OpenAPI document is validated in the tests by openapi-spec-validator (PyPI).
if ! python3 -c 'import openapi_spec_validator' 2>/dev/null; then
    python3 -m pip install --quiet openapi-spec-validator \
        || echo "install openapi-spec-validator for the OpenAPI test: python3 -m pip install openapi-spec-validator" >&2
fi

if [ ${#missing[@]} -eq 0 ]; then
    exit 0
fi

if [ "$(id -u)" -ne 0 ]; then
    echo "Callboard needs these Debian packages: ${missing[*]}" >&2
    echo "Install them with: sudo apt-get update && sudo apt-get install -y ${missing[*]}" >&2
    exit 1
fi

echo "installing ${missing[*]} ..."
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${missing[@]}"
# Debian starts a system-wide cluster (and pgbouncer) on install; Callboard runs its own,
# so leave the system ones as they are (they listen on 5432 and 6432, ours on 54329).
