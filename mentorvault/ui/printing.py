"""Printed pages as PDF: a :class:`~mentorvault.ui.logic.printdoc.PrintDocument` laid out with Qt's own
text layout (QTextDocument) and written by QPdfWriter, atomically, next to where it goes.

Used by the window (File > Print..., the session pack, the end-of-cycle summary, Export notes as
PDF) and by ``mentorvault export-to pdf``, which imports this module only when asked for a PDF.
Nothing is loaded while laying out: HTML stays text, images become plain links (as in the
window's previews), so a PDF never pulls in a remote or local file.
"""

from __future__ import annotations

import contextlib
import os
import re
import tempfile
from pathlib import Path
from typing import Any

from PySide6.QtCore import QMarginsF, QUrl
from PySide6.QtGui import (
    QFont,
    QGuiApplication,
    QPageLayout,
    QPageSize,
    QPdfWriter,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
)

from mentorvault.errors import StorageFull
from mentorvault.storage.atomic import fsync_dir
from mentorvault.ui import labels
from mentorvault.ui.logic.printdoc import PrintDocument, PrintWords
from mentorvault.ui.wording import Context, friendly_date

Printing = Context("Printing")
_IMAGE = re.compile(r"!\[([^\]]*)\]\(([^)]*)\)")
RESOLUTION = 300


class _InertDocument(QTextDocument):
    def loadResource(self, type: int, name: QUrl | str) -> Any:  # noqa: A002,N802 - Qt names
        return None


def ensure_gui_application() -> Any:
    """The QGuiApplication text layout needs; an offscreen one when there is no display (the CLI)."""
    app = QGuiApplication.instance()
    if app is None:
        if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
            os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        app = QGuiApplication(["mentorvault"])
    return app


def words() -> PrintWords:
    """The printed pages' fixed words in the window's language."""
    return PrintWords(
        entries_title=Printing.tr("MentorVault notes"),
        entries_count=lambda n: Printing.tr("%n entries", "", n),
        printed_on=Printing.tr("Printed on %1"),
        not_encrypted=Printing.tr("This document is not encrypted."),
        partner_line=Printing.tr("With %1"),
        attachments=Printing.tr("Attachments: %1"),
        kind_line=Printing.tr("%1, %2", "kind, date"),
        pack_title=Printing.tr("Session pack: %1"),
        next_meeting=Printing.tr("Next meeting: %1"),
        no_meeting=Printing.tr("No meeting planned yet"),
        my_agenda=Printing.tr("My agenda"),
        their_agenda=Printing.tr("%1's agenda"),
        no_agenda=Printing.tr("No agenda yet."),
        open_goals=Printing.tr("Open goals and steps"),
        no_open_goals=Printing.tr("No open goals."),
        goal_line=Printing.tr("%1 (%2% done)"),
        goal_due=Printing.tr("target %1"),
        their_goal=Printing.tr("shared by %1"),
        shared=Printing.tr("What %1 shared"),
        nothing_shared=Printing.tr("Nothing shared yet."),
        summary_title=Printing.tr("End-of-cycle summary: %1"),
        period=Printing.tr("%1 to %2"),
        sessions=lambda n: Printing.tr("%n sessions", "", n),
        goals_reached=Printing.tr("Goals reached"),
        goals_open=Printing.tr("Goals still open"),
        wins=Printing.tr("Wins along the way"),
        feedback=Printing.tr("Feedback received"),
        their_feedback=Printing.tr("Feedback %1 shared"),
        none=Printing.tr("None."),
        step_done_on=Printing.tr("%1 (%2)", "step, the day it was done"),
        for_goal=Printing.tr("for %1", "a step for a goal"),
        label=labels.field_label,
        choice=labels.choice_for,
        kind=labels.kind_label,
        date=lambda day: friendly_date(day) if day else "",
    )


def _inert(markdown: str) -> str:
    return _IMAGE.sub(r"[\1](\2)", markdown).replace("![", "\\![")


def layout(doc: PrintDocument) -> QTextDocument:
    """The document on pages: the title page, then each section from the top of a new page."""
    ensure_gui_application()
    td = _InertDocument()
    base = QFont(td.defaultFont())
    base.setPointSizeF(11)
    td.setDefaultFont(base)
    cursor = QTextCursor(td)
    title_block = QTextBlockFormat()
    title_block.setTopMargin(220)
    title_block.setBottomMargin(24)
    title_format = QTextCharFormat()
    title_format.setFontPointSize(26)
    title_format.setFontWeight(QFont.Weight.Bold)
    cursor.setBlockFormat(title_block)
    cursor.insertText(doc.title, title_format)
    line_format = QTextCharFormat()
    line_format.setFontPointSize(13)
    for line in doc.subtitle:
        block = QTextBlockFormat()
        block.setBottomMargin(6)
        cursor.insertBlock(block, line_format)
        cursor.insertText(line, line_format)
    for section in doc.sections:
        block = QTextBlockFormat()
        block.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
        cursor.insertBlock(block, QTextCharFormat())
        cursor.insertMarkdown(_inert(section), QTextDocument.MarkdownFeature.MarkdownNoHTML)
    return td


def write_pdf(doc: PrintDocument, out: Path) -> None:
    """Write ``doc`` to ``out`` as a PDF (A4), through a temporary sibling renamed when complete.

    Replaces ``out`` if it exists: the caller checked (``notes_out.check_file_target``) or asked the user.
    """
    out = Path(out)
    td = layout(doc)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{out.name}.", suffix=".tmp", dir=out.parent)
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        writer = QPdfWriter(str(tmp))
        writer.setResolution(RESOLUTION)
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
                                         QMarginsF(18, 18, 18, 18), QPageLayout.Unit.Millimeter))
        writer.setTitle(doc.title)
        writer.setCreator("MentorVault")
        td.print_(writer)
        del writer  # finishes the file
        if tmp.stat().st_size == 0:
            raise OSError(f"the PDF could not be written ({out})")
        with open(tmp, "rb+") as fh:
            os.fsync(fh.fileno())
        os.replace(tmp, out)
    except BaseException as exc:
        with contextlib.suppress(OSError):
            tmp.unlink()
        if isinstance(exc, OSError) and exc.errno == 28:
            raise StorageFull() from None
        raise
    fsync_dir(out.parent)
