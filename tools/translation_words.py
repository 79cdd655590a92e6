"""Write ``mentorvault/ui/domain_words.py``: the domain's English words, marked for lupdate.

The domain declares kinds, field labels and help texts, and the passphrase rules give
reasons, in plain English and without Qt (``domain/`` never imports it).  The window
translates them at run time (``ui/labels.py``, ``ui/passphrase_field.py``), but
``pyside6-lupdate`` only sees literal strings in ``QT_TRANSLATE_NOOP`` calls, so this
tool lists them there.  ``tools/update-translations.sh`` runs it before lupdate;
``tests/ui/test_translations.py`` fails when the file is stale.

Usage: python tools/translation_words.py [--check]
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "mentorvault" / "ui" / "domain_words.py"

HEADER = '''"""The domain's English words, listed for the translators (generated; do not edit).

Written by ``tools/translation_words.py`` from ``domain/kinds.py`` and the passphrase
rules; ``tools/update-translations.sh`` refreshes it.  Nothing imports the lists at run
time except the tests: the window translates the same words where it shows them.
"""

from PySide6.QtCore import QT_TRANSLATE_NOOP

'''


def kind_words() -> list[str]:
    from mentorvault.domain.kinds import KINDS, FieldSpec

    words: list[str] = []

    def field(spec: FieldSpec) -> None:
        words.append(spec.label)
        if spec.help:
            words.append(spec.help)
        for sub in spec.subfields:
            field(sub)

    for kind in KINDS.values():
        words += [kind.label, kind.plural]
        for spec in kind.fields:
            field(spec)
    return words


def strength_words() -> list[str]:
    """Every reason ``domain.passphrase.assess`` can give: its own and zxcvbn's feedback."""
    import zxcvbn.feedback

    from mentorvault.domain import passphrase

    own = [f"Use at least {passphrase.MIN_LENGTH} characters; several unrelated words are easy to remember.",
           "This passphrase would be easy to guess. Add more unrelated words."]
    source = Path(zxcvbn.feedback.__file__).read_text(encoding="utf-8")
    found = re.findall(r"""_\(\s*(?:"([^"]+)"|'([^']+)')\s*\)""", source)
    feedback: list[str] = []
    for double, single in found:
        text = double or single
        feedback += [text, text.rstrip(".") + "."]  # assess() ends a warning with one full stop
    return own + feedback


def unique(words: list[str]) -> list[str]:
    seen: dict[str, None] = {}
    for w in words:
        seen.setdefault(w, None)
    return list(seen)


def render() -> str:
    lines = [HEADER]
    for name, context, words in (("KINDS", "kinds", kind_words()), ("STRENGTH", "Strength", strength_words())):
        lines.append(f"{name} = (\n")
        for w in unique(words):
            lines.append(f"    QT_TRANSLATE_NOOP({context!r}, {w!r}),\n")
        lines.append(")\n\n")
    return "".join(lines).rstrip("\n") + "\n"


def main(argv: list[str]) -> int:
    text = render()
    if "--check" in argv:
        if OUT.read_text(encoding="utf-8") != text:
            print(f"{OUT.relative_to(ROOT)} is stale: run tools/update-translations.sh", file=sys.stderr)
            return 1
        return 0
    OUT.write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    raise SystemExit(main(sys.argv[1:]))
