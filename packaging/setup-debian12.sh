#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs what Relais needs to build, test and run on Debian 12 (bookworm).
# Idempotent: a package already installed is skipped. Needs root (or sudo).
set -euo pipefail

SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
export DEBIAN_FRONTEND=noninteractive

# SQLCipher 4.6 (SQLite 3.46 with FTS5) is only in bookworm-backports; 3.4 in bookworm is too old.
if ! grep -rqs "bookworm-backports" /etc/apt/sources.list /etc/apt/sources.list.d/; then
    src=$(ls /etc/apt/sources.list.d/debian.sources 2>/dev/null || true)
    if [ -n "$src" ]; then
        uri=$(awk '/^URIs:/{print $2; exit}' "$src")
        keyring=$(awk '/^Signed-By:/{print $2; exit}' "$src")
    fi
    uri=${uri:-http://deb.debian.org/debian}
    keyring=${keyring:-/usr/share/keyrings/debian-archive-keyring.gpg}
    $SUDO tee /etc/apt/sources.list.d/relais-backports.sources >/dev/null <<SRC
Types: deb
URIs: $uri
Suites: bookworm-backports
Components: main
Signed-By: $keyring
SRC
fi

# Why each: see README.md, "Dependencies".
PKGS=(
    build-essential dpkg-dev cmake ninja-build pkg-config file
    qt6-base-dev qt6-tools-dev qt6-l10n-tools qt6-tools-dev-tools qt6-translations-l10n
    libsodium-dev libzxcvbn-dev libssl-dev zlib1g-dev rapidjson-dev libcsv-dev
    libpoppler-qt6-dev poppler-utils
    libzint-dev libicu-dev zbar-tools cups printer-driver-cups-pdf ghostscript
    xvfb xauth fonts-dejavu-core
    clang-16 libclang-rt-16-dev python3
)
BACKPORTS=(libsqlcipher-dev sqlcipher)

missing=()
for p in "${PKGS[@]}" "${BACKPORTS[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
# An old SQLCipher 3.x would satisfy the name check but not the build.
if dpkg-query -W -f='${Version}' libsqlcipher-dev 2>/dev/null | grep -q '^3\.'; then
    missing+=(libsqlcipher-dev)
fi

if [ ${#missing[@]} -gt 0 ]; then
    echo "relais-setup: installing ${missing[*]}" >&2
    $SUDO apt-get update -qq
    $SUDO apt-get install -y -qq --no-install-recommends "${PKGS[@]}"
    $SUDO apt-get install -y -qq --no-install-recommends -t bookworm-backports "${BACKPORTS[@]}"
else
    echo "relais-setup: all packages present" >&2
fi

# The sync tests run a real FHIR server (@medplum/fhir-router 4.5, from npm) on 127.0.0.1; it needs
# Node.js 20 or newer. Debian 12 ships 18, so a machine without Node gets Debian's nodejs and npm
# (the sync tests then say they were skipped and why); the CI image already has Node 20.
if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
    echo "relais-setup: installing nodejs npm (for the loopback FHIR test server)" >&2
    $SUDO apt-get install -y -qq --no-install-recommends nodejs npm || echo "relais-setup: no Node.js: the FHIR sync tests will be skipped" >&2
fi
node_major=$(node --version 2>/dev/null | sed -E 's/^v([0-9]+).*/\1/' || true)
if [ -n "${node_major:-}" ] && [ "$node_major" -lt 20 ]; then
    echo "relais-setup: Node.js $node_major is older than 20: the FHIR sync tests will be skipped" >&2
fi
