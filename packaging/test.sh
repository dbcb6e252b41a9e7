#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs what is missing, builds with warnings as errors, runs every test, then builds the
# Debian package and checks that its relais-cli runs.
set -euo pipefail
cd "$(dirname "$0")/.."

bash packaging/setup-debian12.sh
cmake --preset ci
cmake --build --preset ci
# On the CI machine (Node.js 20 is there) the sync tests must really push to the loopback FHIR
# server: if it cannot start they fail instead of being skipped.
if [ "${CI:-}" = "true" ]; then export RELAIS_REQUIRE_FHIR_SERVER=1; fi
ctest --preset ci

# The FHIR and CSV readers under libFuzzer (ASan + UBSan), briefly.
bash packaging/fuzz.sh "${RELAIS_FUZZ_SECONDS:-20}"

# Package: build it, check what it declares, and (on a throwaway CI machine) install it.
(cd build/ci && cpack -G DEB >/dev/null)
deb=$(ls -t build/ci/relais_*.deb | head -n 1)
echo "package: $deb"
dpkg-deb -f "$deb" Depends
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
dpkg-deb -x "$deb" "$tmp"
"$tmp/usr/bin/relais-cli" --version
if [ "${CI:-}" = "true" ] && [ "$(id -u)" -eq 0 ]; then
    apt-get install -y -qq "./$deb" >/dev/null
    /usr/bin/relais-cli --version
    apt-get purge -y -qq relais >/dev/null
fi
