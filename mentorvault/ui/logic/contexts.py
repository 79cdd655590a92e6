"""Translation contexts for code that is not a QObject: ``Errors.tr("...")``, ``Dates.tr("...", "", n)``.

PySide's ``QCoreApplication.translate`` works at run time, but ``pyside6-lupdate`` only reads
``translate`` calls with a literal context, and gives plural forms only to ``tr`` calls.  A
``Context`` has a ``tr`` method and lupdate takes the name before ``.tr`` as the context, so
``Dates.tr("meets every %n days", "", n)`` reaches the catalogue as a plural string of "Dates".
The variable must be imported under the context's own name (lupdate reads "a.B.tr" as context "a.B").
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


class Context:
    def __init__(self, name: str) -> None:
        self.name = name

    def tr(self, text: str, disambiguation: str | None = None, n: int = -1) -> str:
        return QCoreApplication.translate(self.name, text, disambiguation, n)


Dates = Context("Dates")
Sharing = Context("Sharing")
Errors = Context("Errors")
PrepNotes = Context("PrepNotes")  # the Markdown of "Before we meet" (prep.theirs_markdown)

__all__ = ["Context", "Dates", "Errors", "PrepNotes", "Sharing"]
