"""The Inbox: entries partners shared with you, read-only, with a private note of your own on each."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from mentorvault.errors import MentorVaultError
from mentorvault.ui import labels, theme
from mentorvault.ui.attachments import AttachmentStrip
from mentorvault.ui.errors import describe
from mentorvault.ui.logic.inbox import InboxData, accept_agreement, read_inbox, save_note
from mentorvault.ui.readonly import SafeBrowser
from mentorvault.ui.session import Session
from mentorvault.ui.widgets import a11y, styled_label, text_area
from mentorvault.ui.wording import stamp

IdRole = Qt.ItemDataRole.UserRole + 1


class InboxView(QWidget):
    importRequested = Signal()

    def __init__(self, note_delay_ms: int = 800, parent: QWidget | None = None, services: Any = None) -> None:
        super().__init__(parent)
        self.session: Session | None = None
        self.data = InboxData([])
        self.current: Any = None
        self._note_dirty = False
        self.note_timer = QTimer(self)
        self.note_timer.setSingleShot(True)
        self.note_timer.setInterval(note_delay_ms)
        self.note_timer.timeout.connect(self.save_note)

        col = QVBoxLayout(self)
        col.setContentsMargins(12, 10, 12, 8)
        head = QHBoxLayout()
        icon = QLabel()
        icon.setPixmap(theme.icon("inbox").pixmap(24, 24))
        head.addWidget(icon)
        head.addWidget(styled_label(self.tr("Inbox"), "heading", wrap=False))
        head.addSpacing(16)
        head.addWidget(QLabel(self.tr("From:")))
        self.filter = QComboBox()
        self.filter.setMinimumWidth(160)
        a11y(self.filter, self.tr("Show entries from"), self.tr("All partners, or one partner"))
        self.filter.currentIndexChanged.connect(self._fill_list)
        head.addWidget(self.filter)
        head.addStretch(1)
        self.import_button = QPushButton(theme.icon("inbox"), self.tr("Import bundle…"))
        a11y(self.import_button, self.tr("Import bundle"), self.tr("Check a bundle from a partner and import it"))
        self.import_button.clicked.connect(self.importRequested)
        head.addWidget(self.import_button)
        col.addLayout(head)
        col.addWidget(styled_label(self.tr(
            "What your partners chose to share with you. It is read-only: it stays as they wrote it, and goes away "
            "if they stop sharing it. Your notes on it are private."), "muted"))

        self.split = QSplitter(Qt.Orientation.Horizontal)
        self.split.setChildrenCollapsible(False)
        self.list = QListWidget()
        self.list.setMinimumWidth(240)
        a11y(self.list, self.tr("Shared entries"), self.tr("Choose one to read it"))
        self.list.currentItemChanged.connect(self._chosen)
        self.split.addWidget(self.list)

        self.detail = QStackedWidget()
        empty = QWidget()
        ec = QVBoxLayout(empty)
        ec.addStretch(1)
        self.empty_label = styled_label("", "muted")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        ec.addWidget(self.empty_label)
        ec.addStretch(2)
        self.detail.addWidget(empty)
        page = QWidget()
        pc = QVBoxLayout(page)
        pc.setContentsMargins(12, 0, 0, 0)
        self.from_label = styled_label("", "muted")
        pc.addWidget(self.from_label)
        self.browser = SafeBrowser()
        a11y(self.browser, self.tr("Shared entry"), self.tr("Read-only"))
        pc.addWidget(self.browser, 3)
        agree = QHBoxLayout()
        self.agreement_label = styled_label("", "ok")
        agree.addWidget(self.agreement_label, 1)
        agree.addStretch(1)
        self.accept_button = QPushButton(theme.icon("check"), self.tr("Accept this agreement"))
        a11y(self.accept_button, self.tr("Accept this agreement"),
             self.tr("Your acceptance travels in your next bundle, so the agreement shows as agreed by both"))
        self.accept_button.clicked.connect(self.accept_agreement)
        agree.addWidget(self.accept_button)
        pc.addLayout(agree)
        # What the partner attached, read-only: view, open elsewhere, save a copy (no services: none shown).
        self.attachment_strip = AttachmentStrip(services, read_only=True) if services is not None else None
        if self.attachment_strip is not None:
            pc.addWidget(self.attachment_strip)
        pc.addWidget(styled_label(self.tr("My private note"), "subheading"))
        self.note = QPlainTextEdit()
        text_area(self.note)
        self.note.setPlaceholderText(self.tr("Only you see this. It is never shared."))
        self.note.setFixedHeight(110)
        a11y(self.note, self.tr("My private note"), self.tr("Only you see this note; it is saved as you pause"))
        self.note.textChanged.connect(self._note_changed)
        pc.addWidget(self.note)
        self.note_state = styled_label("", "muted", wrap=False)
        pc.addWidget(self.note_state)
        self.detail.addWidget(page)
        self.split.addWidget(self.detail)
        self.split.setStretchFactor(0, 2)
        self.split.setStretchFactor(1, 3)
        self.split.setSizes([340, 620])
        col.addWidget(self.split, 1)
        self._loading = False
        self._show_empty()

    # ------------------------------------------------------------ session and data

    def set_session(self, session: Session | None) -> None:
        self.note_timer.stop()
        self._note_dirty = False
        self.session = session
        self.data = InboxData([])
        self.current = None
        self._fill_filter([])
        self.list.clear()
        self.browser.clear()
        self.note.blockSignals(True)
        self.note.clear()
        self.note.blockSignals(False)
        self._show_empty()

    def refresh(self) -> None:
        session = self.session
        if session is None:
            return
        self.save_note()

        def done(data: InboxData) -> None:
            if self.session is session:
                self.set_data(data)

        session.call(read_inbox, done)

    def set_data(self, data: InboxData) -> None:
        keep = self.current.id if self.current is not None else None
        self.data = data
        self._fill_filter(data.partners())
        self._fill_list()
        if keep:
            self.select(keep)

    def _fill_filter(self, partners: list[str]) -> None:
        current = self.filter.currentData()
        self.filter.blockSignals(True)
        self.filter.clear()
        self.filter.addItem(self.tr("All partners"), None)
        for p in partners:
            self.filter.addItem(theme.icon("partner"), p, p)
        self.filter.setCurrentIndex(max(0, self.filter.findData(current)))
        self.filter.blockSignals(False)

    def visible_entries(self) -> list[Any]:
        return self.data.from_partner(self.filter.currentData())

    def _fill_list(self) -> None:
        self.save_note()
        self.list.blockSignals(True)
        self.list.clear()
        for e in self.visible_entries():
            item = QListWidgetItem(theme.icon(e.kind), f"{e.title}\n{e.partner} · {labels.kind_label(e.kind)} · "
                                   f"{stamp(e.updated_at)}")
            item.setData(IdRole, (e.partner, e.id))
            item.setData(Qt.ItemDataRole.AccessibleTextRole,
                         self.tr("%1 from %2: %3").replace("%1", labels.kind_label(e.kind)).replace(
                             "%2", e.partner).replace("%3", e.title))
            self.list.addItem(item)
        self.list.blockSignals(False)
        self.current = None
        if self.list.count():
            self.list.setCurrentRow(0)
        else:
            self._show_empty()

    def _show_empty(self) -> None:
        self.current = None
        if self.data.entries:
            text = self.tr("Nothing from this partner yet.")
        else:
            text = self.tr("Nothing has been shared with you yet. When a partner sends you a bundle, choose "
                           "Import bundle… to read it here.")
        self.empty_label.setText(text)
        self.empty_label.setAccessibleName(text)
        self.detail.setCurrentIndex(0)

    def select(self, entry_id: str) -> bool:
        for i in range(self.list.count()):
            if self.list.item(i).data(IdRole)[1] == entry_id:
                self.list.setCurrentRow(i)
                return True
        return False

    def _entry(self, key: tuple[str, str]) -> Any:
        partner, entry_id = key
        return self.data.find(partner, entry_id)

    def _chosen(self, item: QListWidgetItem | None, _previous: QListWidgetItem | None = None) -> None:
        self.save_note()
        e = self._entry(item.data(IdRole)) if item is not None else None
        self.current = e
        if e is None:
            self._show_empty()
            return
        self.from_label.setText(self.tr("%1 shared this %2 with you. Last changed %3; received %4.").replace(
            "%1", e.partner).replace("%2", labels.kind_in_sentence(e.kind)).replace(
            "%3", stamp(e.updated_at)).replace("%4", stamp(e.received_at)))
        self.browser.show_entry(e.kind, e.title, e.body, e.fields, e.tags)
        if self.attachment_strip is not None:
            self.attachment_strip.set_entry(self.session, e.id)
        self.note.blockSignals(True)
        self.note.setPlainText(e.private_note or "")
        self.note.blockSignals(False)
        self.note_state.setText("")
        self._update_agreement()
        self.detail.setCurrentIndex(1)

    def _update_agreement(self) -> None:
        e = self.current
        is_agreement = e is not None and e.kind == "boundary-agreement"
        accepted = is_agreement and self.data.is_accepted(e.partner, e.id)
        self.accept_button.setVisible(is_agreement and not accepted)
        self.accept_button.setEnabled(True)
        text = self.tr("You accepted this agreement. Your acceptance goes to %1 in your next bundle.").replace(
            "%1", e.partner) if accepted else ""
        self.agreement_label.setText(text)
        self.agreement_label.setAccessibleName(text or self.tr("Agreement"))
        self.agreement_label.setVisible(bool(text))

    # ------------------------------------------------------------ my note and accepting

    def _note_changed(self) -> None:
        if self.current is None:
            return
        self._note_dirty = True
        self.note_state.setText(self.tr("Editing…"))
        self.note_timer.start()

    def save_note(self) -> None:
        self.note_timer.stop()
        e, session = self.current, self.session
        if not self._note_dirty or e is None or session is None:
            return
        self._note_dirty = False
        text = self.note.toPlainText()
        e.private_note = text
        partner, entry_id = e.partner, e.id

        def done(_: object) -> None:
            if self.current is e:
                self.note_state.setText(self.tr("Note saved"))

        def failed(exc: BaseException) -> bool:
            if isinstance(exc, MentorVaultError) and self.current is e:
                self.note_state.setText(self.tr("Note not saved: %1").replace("%1", describe(exc)))
                return True
            return False

        session.call(lambda v: save_note(v, partner, entry_id, text), done, failed)

    def accept_agreement(self) -> None:
        e, session = self.current, self.session
        if e is None or session is None or e.kind != "boundary-agreement":
            return
        self.accept_button.setEnabled(False)
        partner, entry_id = e.partner, e.id

        def done(_: object) -> None:
            self.data = self.data.with_accepted(partner, entry_id)
            if self.current is e:
                self._update_agreement()

        session.call(lambda v: accept_agreement(v, partner, entry_id), done)

    def hideEvent(self, event: Any) -> None:  # noqa: N802
        self.save_note()
        super().hideEvent(event)


__all__ = ["InboxView", "InboxData"]
