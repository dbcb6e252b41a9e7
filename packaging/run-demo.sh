#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs what is missing, builds Relais, creates a demo vault (invented data only) and starts it.
set -euo pipefail
cd "$(dirname "$0")/.."

DEMO_PASSPHRASE="demo relais tulipe orage 2026"
DEMO_DIR="${RELAIS_DEMO_DIR:-${XDG_DATA_HOME:-$HOME/.local/share}/relais-demo}"
VAULT="$DEMO_DIR/demo.vault"

bash packaging/setup-debian12.sh
cmake --preset release >/dev/null
cmake --build --preset release

if [ ! -f "$VAULT" ]; then
    mkdir -p "$DEMO_DIR"
    # Creates the vault and fills it with invented patients (demo NIRs, flagged as demo data).
    printf '%s\n' "$DEMO_PASSPHRASE" | ./build/release/app/relais-cli demo --vault "$VAULT" --patients 500 >/dev/null
fi
# An invented drug reference in the BDPM format beside the demo vault: the prescription line's
# completion and the rules of the substance can be tried (a practice imports the real files).
if [ ! -f "$DEMO_DIR/bdpm-reference.sqlite" ]; then
    ./build/release/app/relais-cli import-bdpm --dir resources/demo/bdpm --vault "$VAULT" >/dev/null
else
    # Today's and tomorrow's appointments again (the demo EHR's export, dated from today).
    printf '%s\n' "$DEMO_PASSPHRASE" | ./build/release/app/relais-cli demo --vault "$VAULT" --patients 0 >/dev/null
fi
# A verified backup in the demo's backup folder (the folder the vault then backs up to at lock
# and at quit when its last backup is more than a day old).
if ! ls -d "$DEMO_DIR"/backups/relais-backup-* >/dev/null 2>&1; then
    printf '%s\n' "$DEMO_PASSPHRASE" | ./build/release/app/relais-cli backup --vault "$VAULT" --to "$DEMO_DIR/backups" >/dev/null
fi

cat <<MSG

  Relais demo vault: $VAULT
  Passphrase (demo data only): $DEMO_PASSPHRASE

MSG

if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
    echo "No graphical session here. On the practice PC's desktop, run:" >&2
    echo "  ./build/release/app/relais --vault \"$VAULT\"" >&2
    exit 0
fi
exec ./build/release/app/relais --vault "$VAULT" "$@"
