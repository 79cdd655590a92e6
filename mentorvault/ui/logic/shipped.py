"""Where the shipped files are, for the first window: without importing :mod:`mentorvault.resources`.

``mentorvault.resources`` validates prompt decks and demo data, and importing it
(strict JSON, dataclasses, random) cost about a tenth of the start-up time.  The
first window only needs two paths: the translations folder and the icon files.
These mirror ``resources.resources_dir`` and ``resources.icon_path``; a test keeps
them in step.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

_ICON_RE = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")


def resources_dir() -> Path:
    """The folder holding icons, prompt decks and other shipped data (as ``resources.resources_dir``)."""
    if getattr(sys, "frozen", False):
        return Path(getattr(sys, "_MEIPASS")) / "resources"  # noqa: B009 - set only in a frozen app
    return Path(__file__).resolve().parents[3] / "resources"


def icon_file(name: str) -> Path | None:
    """``resources/icons/<name>.svg``, or None for a name that is not an icon's or a missing file."""
    if not isinstance(name, str) or not _ICON_RE.match(name):
        return None
    path = resources_dir() / "icons" / f"{name}.svg"
    return path if path.is_file() else None
