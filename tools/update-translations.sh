#!/usr/bin/env bash
# Re-extract the window's strings into the Qt Linguist catalogues (one command after UI changes):
#
#   tools/update-translations.sh            # or: make update-translations
#
# 1. mentorvault/ui/domain_words.py is regenerated from the domain's kinds and passphrase rules;
# 2. pyside6-lupdate reads every file under mentorvault/ui/ and updates
#    resources/translations/mentorvault_{de,es}.ts (every string) and mentorvault_en.ts (only
#    the "%n" plural strings: English needs their singular forms too);
# 3. it prints how many strings each catalogue has and how many still need a translator.
#
# New strings arrive as type="unfinished"; strings no longer in the code are dropped.  Translate
# the unfinished ones (Qt Linguist, or any editor) and run tests/ui/test_translations.py.
# The .qm files the app loads are build outputs: `make translations` (or run-tests.sh) makes them.
#
#   tools/update-translations.sh --check    # changes nothing; fails when the catalogues or
#                                            # domain_words.py are not what this would write
set -euo pipefail
check=""
[ "${1:-}" = "--check" ] && check=1
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
py="${PYTHON:-$root/.venv/bin/python}"
[ -x "$py" ] || py="$(command -v python3)"
lupdate="$(dirname "$py")/pyside6-lupdate"
[ -x "$lupdate" ] || lupdate="$(command -v pyside6-lupdate)"

PYTHONPATH="$root${PYTHONPATH:+:$PYTHONPATH}" "$py" tools/translation_words.py ${check:+--check}
mapfile -t sources < <(find mentorvault/ui -name '*.py' | LC_ALL=C sort)
out=resources/translations
if [ -n "$check" ]; then
  committed="$out"
  out="$(mktemp -d)"
  trap 'rm -rf "$out"' EXIT
  cp "$committed"/mentorvault_*.ts "$out/"
fi
mkdir -p "$out"
# Without line numbers, so a catalogue changes only when a string does (merges stay quiet).
opts=(-locations none -no-obsolete -silent)
"$lupdate" "${opts[@]}" -source-language en -target-language de "${sources[@]}" -ts "$out/mentorvault_de.ts"
"$lupdate" "${opts[@]}" -source-language en -target-language es "${sources[@]}" -ts "$out/mentorvault_es.ts"
"$lupdate" "${opts[@]}" -source-language en -target-language en -pluralonly "${sources[@]}" -ts "$out/mentorvault_en.ts"

if [ -n "$check" ]; then
  for ts in "$out"/mentorvault_*.ts; do
    if ! cmp -s "$ts" "$committed/$(basename "$ts")"; then
      echo "$committed/$(basename "$ts") is not in step with the code: run tools/update-translations.sh" >&2
      diff -u "$committed/$(basename "$ts")" "$ts" | head -40 >&2
      exit 1
    fi
  done
  echo "catalogues in step with the code"
  exit 0
fi
for ts in "$out"/mentorvault_*.ts; do
  total=$(grep -c '<message' "$ts" || true)
  open=$(grep -c 'type="unfinished"' "$ts" || true)
  printf '%s: %s strings, %s to translate\n' "$ts" "$total" "$open"
done
