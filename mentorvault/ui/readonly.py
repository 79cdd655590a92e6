"""A read-only view of an entry's fields and Markdown body, safe for content that came from someone else.

The same rendering as the editor's preview and the history dialog
(``logic.render.entry_markdown``), with raw HTML turned off and no resource
loading at all: a shared entry can never pull a remote (or local) image.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices, QTextDocument
from PySide6.QtWidgets import QTextBrowser, QWidget

from mentorvault.ui import labels
from mentorvault.ui.logic.render import entry_markdown

_IMAGE = re.compile(r"!\[([^\]]*)\]\(([^)]*)\)")


def markdown_of(kind: str, title: str, body: str, fields: Mapping[str, Any], tags: list[str] | None = None) -> str:
    return entry_markdown(kind, title, body, fields, tags, label=labels.field_label, choice=labels.choice_for)


class SafeBrowser(QTextBrowser):
    """Markdown without HTML, images or any other resource; links open only on a click, in the browser."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.setReadOnly(True)
        self.setTabChangesFocus(True)  # Tab moves on to the next control instead of walking the links
        self.anchorClicked.connect(self._open_link)

    def loadResource(self, type: int, name: QUrl | str) -> Any:  # noqa: A002,N802 - Qt names
        return None

    def set_markdown(self, text: str) -> None:
        # An image becomes a plain link: nothing is ever loaded to draw it.
        text = _IMAGE.sub(r"[\1](\2)", text).replace("![", "\\![")
        self.document().setMarkdown(text, QTextDocument.MarkdownFeature.MarkdownNoHTML)

    def show_entry(self, kind: str, title: str, body: str, fields: Mapping[str, Any],
                   tags: list[str] | None = None) -> None:
        self.set_markdown(markdown_of(kind, title, body, fields, tags))

    @staticmethod
    def _open_link(url: QUrl) -> None:
        if url.scheme() in ("http", "https", "mailto"):
            QDesktopServices.openUrl(url)


__all__ = ["SafeBrowser", "markdown_of"]
