"""Turning exceptions into plain sentences with a way forward; never a traceback."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from mentorvault import errors as E
from mentorvault.ui.context import Context
from mentorvault.ui.logic import crashlog

if TYPE_CHECKING:
    from mentorvault.ui.dialogs import DialogService


Errors = Context("Errors")


def describe(exc: BaseException) -> str:
    """A sentence the user can act on, worded for the window from the error's type, its case (the
    ``reason`` field, in ``error_words.REASONS``) and its other fields (the facade's own sentence only for
    a bare ``MentorVaultError``; it never names a command)."""
    if isinstance(exc, E.MentorVaultError):
        from mentorvault.ui.error_words import REASONS, WORDS  # the tables load with the first error

        reason = exc.field("reason")
        for kind in type(exc).__mro__:
            word = REASONS.get(kind, {}).get(reason) if isinstance(reason, str) else None
            word = word or WORDS.get(kind)
            if word is not None:
                return word(exc)
        return str(exc)
    return apology()


def apology() -> str:
    return Errors.tr("Sorry, something went wrong inside MentorVault. What you had already saved is safe. "
              "The problem was noted in the log, without any of your content. "
              "If it happens again, restart the app.")


class ErrorReporter:
    """Shows a known error as a message, and an unexpected one as a short apology (logged without content)."""

    def __init__(self, dialogs: DialogService) -> None:
        self.dialogs = dialogs

    def report(self, exc: BaseException, parent: QWidget | None = None, title: str | None = None) -> None:
        if isinstance(exc, E.MentorVaultError):
            self.dialogs.error(parent, title or Errors.tr("That did not work"), describe(exc))
        else:
            crashlog.log_exception(type(exc), exc.__traceback__)
            self.dialogs.error(parent, Errors.tr("Sorry"), apology())
