#!/usr/bin/env bash
# Runs the whole test suite the way CI does: private HOME and XDG folders, Qt offscreen,
# and a real Secret Service (gnome-keyring) on a private D-Bus session for the keyring tests.
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
py="${PYTHON:-$here/.venv/bin/python}"
"$here/tools/compile-translations.sh" "$py"  # the .qm files the window loads (build outputs)

scratch="$(mktemp -d -t mentorvault-tests.XXXXXX)"
trap 'rm -rf "$scratch"' EXIT
export HOME="$scratch/home" XDG_CONFIG_HOME="$scratch/config" XDG_DATA_HOME="$scratch/data" \
       XDG_CACHE_HOME="$scratch/cache" XDG_RUNTIME_DIR="$scratch/run" TMPDIR="$scratch/tmp"
mkdir -p "$HOME" "$XDG_CONFIG_HOME" "$XDG_DATA_HOME" "$XDG_CACHE_HOME" "$XDG_RUNTIME_DIR" "$TMPDIR"
chmod 700 "$XDG_RUNTIME_DIR"
export QT_QPA_PLATFORM=offscreen
export MENTORVAULT_TEST_SCRATCH="$scratch"
unset MENTORVAULT_PASSPHRASE MENTORVAULT_NEW_PASSPHRASE MENTORVAULT_VAULT

if [ -z "${MENTORVAULT_NO_KEYRING:-}" ] && command -v dbus-run-session >/dev/null && command -v gnome-keyring-daemon >/dev/null; then
  export MENTORVAULT_REQUIRE_KEYRING=1
  command -v age >/dev/null && export MENTORVAULT_REQUIRE_AGE=1
  # The keyring password only unlocks this throwaway keyring in a throwaway HOME.
  exec dbus-run-session -- bash -c '
    printf %s "throwaway-test-keyring" | gnome-keyring-daemon --unlock --components=secrets >/dev/null
    exec "$0" -m pytest "$@"' "$py" "$@" 2> >(grep -v "Failed to set fd limit" >&2)
else
  echo "note: no dbus-run-session or gnome-keyring-daemon; keyring tests will be skipped" >&2
  exec "$py" -m pytest "$@"
fi
