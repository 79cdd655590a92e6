"""A translation context for code that is not a QObject (light to import: the first window's
error wording needs it before any view's words are loaded)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


class Context:
    """A translation context for code that is not a QObject: ``Dates.tr("meets every %n days", "", n)``.

    ``pyside6-lupdate`` reads only ``translate`` calls with a literal context and gives plural forms only
    to ``tr`` calls; it takes the name before ``.tr`` as the context.  So a ``Context`` is bound to a
    variable of its own name (``Errors = Context("Errors")``) and used by that name, never as ``x.Errors``.
    """

    def __init__(self, name: str) -> None:
        self.name = name

    def tr(self, text: str, disambiguation: str | None = None, n: int = -1) -> str:
        return QCoreApplication.translate(self.name, text, disambiguation, n)
