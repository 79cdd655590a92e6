"""The editor's Markdown notes (write or preview) and its partner / tags row."""

from __future__ import annotations

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices, QResizeEvent
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSizePolicy,
    QStackedWidget,
    QTabBar,
    QVBoxLayout,
    QWidget,
)

from mentorvault.domain.models import Partner
from mentorvault.ui import theme
from mentorvault.ui.fieldwidgets import GrowingTextEdit
from mentorvault.ui.readonly import SafeBrowser
from mentorvault.ui.widgets import a11y, styled_label


class GrowingBrowser(SafeBrowser):
    """A read-only Markdown view that is as tall as its content: no raw HTML, no images, nothing loaded."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.anchorClicked.connect(self._open_link)
        self.document().contentsChanged.connect(self._fit)

    def _fit(self) -> None:
        self.document().setTextWidth(self.viewport().width())
        self.setFixedHeight(max(120, int(self.document().size().height()) + 12))

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._fit()

    @staticmethod
    def _open_link(url: QUrl) -> None:
        if url.scheme() in ("http", "https", "mailto"):
            QDesktopServices.openUrl(url)


class NotesPane(QWidget):
    """The entry's body: a Write / Preview tab bar over the Markdown editor and its safe preview."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        col = QVBoxLayout(self)
        col.setContentsMargins(0, 0, 0, 0)
        col.setSpacing(10)
        notes_row = QHBoxLayout()
        notes_label = styled_label(self.tr("Notes"), "subheading", wrap=False)
        notes_row.addWidget(notes_label)
        notes_row.addWidget(styled_label(self.tr("Markdown: **bold**, *italic*, - lists, # headings"), "muted",
                                         wrap=False))
        notes_row.addStretch(1)
        self.body_tabs = QTabBar()
        self.body_tabs.addTab(self.tr("Write"))
        self.body_tabs.addTab(self.tr("Preview"))
        self.body_tabs.setDrawBase(False)
        a11y(self.body_tabs, self.tr("Write or preview the notes"))
        self.body_tabs.currentChanged.connect(self._tab_changed)
        notes_row.addWidget(self.body_tabs)
        col.addLayout(notes_row)
        self.body_stack = QStackedWidget()
        self.body_edit = GrowingTextEdit(8)
        self.body_edit.setPlaceholderText(self.tr("Write freely. Markdown formatting is optional."))
        a11y(self.body_edit, self.tr("Notes"), self.tr("The body of the entry, in Markdown"))
        self.preview = GrowingBrowser()
        a11y(self.preview, self.tr("Notes preview"))
        self.body_stack.addWidget(self.body_edit)
        self.body_stack.addWidget(self.preview)
        self.body_stack.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        col.addWidget(self.body_stack)

    def _tab_changed(self, index: int) -> None:
        if index == 1:
            self.preview.set_markdown(self.body_edit.toPlainText())
        self.body_stack.setCurrentIndex(index)

    def toggle_preview(self) -> None:
        self.body_tabs.setCurrentIndex(1 - self.body_tabs.currentIndex())

    def show_text(self, body: str) -> None:
        """Put ``body`` in the editor and show the Write tab."""
        self.body_edit.setPlainText(body)
        self.body_tabs.setCurrentIndex(0)
        self.body_stack.setCurrentIndex(0)

    def clear(self) -> None:
        self.body_edit.clear()
        self.preview.clear()
        self.body_tabs.setCurrentIndex(0)


class EntryMetaRow(QWidget):
    """The entry's partner and its comma-separated tags, with completion of tags already in use."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        meta = QHBoxLayout(self)
        meta.setContentsMargins(0, 0, 0, 0)
        partner_label = QLabel(self.tr("&Partner:"))
        self.partner_combo = QComboBox()
        self.partner_combo.setMinimumWidth(150)
        a11y(self.partner_combo, self.tr("Partner"), self.tr("The mentoring relationship this entry belongs to"))
        partner_label.setBuddy(self.partner_combo)
        tags_label = QLabel(self.tr("T&ags:"))
        self.tags_edit = QLineEdit()
        self.tags_edit.setPlaceholderText(self.tr("Comma-separated, e.g. confidence, critique"))
        a11y(self.tags_edit, self.tr("Tags"), self.tr("Words to group entries by, separated by commas"))
        tags_label.setBuddy(self.tags_edit)
        self.tag_completer = QCompleter([], self)
        self.tag_completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.tag_completer.setWidget(self.tags_edit)
        self.tag_completer.activated.connect(self._complete_tag)
        self.tags_edit.textEdited.connect(self._suggest_tags)
        meta.addWidget(partner_label)
        meta.addWidget(self.partner_combo)
        meta.addSpacing(12)
        meta.addWidget(tags_label)
        meta.addWidget(self.tags_edit, 1)

    def tags(self) -> list[str]:
        return [t.strip() for t in self.tags_edit.text().split(",") if t.strip()]

    def set_partners(self, partners: list[Partner]) -> None:
        """Offer "No partner" and ``partners``, keeping the current choice where it is still offered."""
        current = self.partner_combo.currentData()
        self.partner_combo.clear()
        self.partner_combo.addItem(self.tr("No partner"), None)
        for p in partners:
            self.partner_combo.addItem(theme.icon("partner"), p.name, p.id)
        self.partner_combo.setCurrentIndex(max(0, self.partner_combo.findData(current)))

    def choose_partner(self, partner_id: str | None) -> None:
        self.partner_combo.setCurrentIndex(max(0, self.partner_combo.findData(partner_id)))

    def set_known_tags(self, tags: list[str]) -> None:
        self.tag_completer.model().setStringList(tags)  # type: ignore[attr-defined]

    def _suggest_tags(self, text: str) -> None:
        last = text.split(",")[-1].strip()
        if not last:
            popup = self.tag_completer.popup()
            if popup is not None:
                popup.hide()
            return
        self.tag_completer.setCompletionPrefix(last)
        if self.tag_completer.completionCount():
            self.tag_completer.complete()

    def _complete_tag(self, tag: str) -> None:
        parts = [p.strip() for p in self.tags_edit.text().split(",")]
        parts[-1] = tag
        self.tags_edit.setText(", ".join(p for p in parts if p) + ", ")
