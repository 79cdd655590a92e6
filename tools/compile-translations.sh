#!/usr/bin/env bash
# Compile resources/translations/*.ts into the .qm files the app loads (build outputs, not in git).
#   tools/compile-translations.sh [PYTHON]   (default: .venv/bin/python, else python3)
# `make translations`, packaging/build.sh and tools/run-tests.sh run it; it takes well under a second.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
py="${1:-${PYTHON:-$root/.venv/bin/python}}"
[ -x "$py" ] || py="$(command -v python3)"
lrelease="$(dirname "$py")/pyside6-lrelease"
[ -x "$lrelease" ] || lrelease="$(command -v pyside6-lrelease)"
for ts in "$root"/resources/translations/*.ts; do
  qm="${ts%.ts}.qm"
  if [ ! -f "$qm" ] || [ "$ts" -nt "$qm" ]; then
    "$lrelease" -silent "$ts" -qm "$qm.tmp"
    mv "$qm.tmp" "$qm"
  fi
done
