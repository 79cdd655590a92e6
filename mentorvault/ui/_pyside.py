"""A lighter answer to a question PySide6 asks of every module imported after it.

PySide6 (``shibokensupport/feature.py``) decides for each newly imported module whether it
could use ``from __feature__ import ...`` by looking for the text "PySide6" in its source,
which it reads with ``inspect.getsource``.  That goes through ``linecache``, which then keeps
every line of every module the app imports for as long as the app runs: about 5 MiB of
source text in the window of a 50,000-entry vault, a twentieth of its memory.

:func:`install` asks the same question by reading the file once and keeping nothing.  Where
the question cannot be answered that way (no ``.py`` file, a PySide6 without that function)
PySide6's own answer stands.  It never changes which modules PySide6 treats as using it.

Importing this module installs it (when PySide6 is loaded; it imports no Qt itself, so
``ui/logic`` stays free of Qt): ``ui/app.py`` imports it before any other window module.
"""

from __future__ import annotations

import linecache
import sys
from collections.abc import Callable
from types import ModuleType

_MARK = "_mentorvault_light"


def install() -> bool:
    """Replace the check once, if PySide6 is loaded; whether it is in place."""
    feature = sys.modules.get("shibokensupport.feature")
    original: Callable[[ModuleType], bool] | None = getattr(feature, "_mod_uses_pyside", None)
    if feature is None or original is None:
        return False
    if getattr(original, _MARK, False):
        return True

    def uses_pyside(module: ModuleType) -> bool:
        path = getattr(module, "__file__", None)
        if isinstance(path, str) and path.endswith(".py"):
            try:
                with open(path, "rb") as fh:
                    return b"PySide6" in fh.read()
            except OSError:
                pass
        return original(module)

    setattr(uses_pyside, _MARK, True)
    vars(feature)["_mod_uses_pyside"] = uses_pyside
    linecache.clearcache()  # what the check read before this (the modules imported with PySide6)
    return True


install()
