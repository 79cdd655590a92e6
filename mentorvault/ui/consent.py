"""Per-entry consent: the "Share…" dialog with an exact preview, and the words for each consent state.

Granting pins consent to the content hash of exactly the version shown; unticking
revokes, with an honest sentence about what revocation can and cannot do.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QGridLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from mentorvault.domain.models import Partner
from mentorvault.errors import MentorVaultError
from mentorvault.ui import theme
from mentorvault.ui.entrylist import friendly_date
from mentorvault.ui.errors import describe
from mentorvault.ui.logic.dates import local_date_of
from mentorvault.ui.logic.sharing import CHANGED, CURRENT, ShareState
from mentorvault.ui.readonly import SafeBrowser
from mentorvault.ui.services import Services
from mentorvault.ui.session import Session
from mentorvault.ui.widgets import a11y, inline_failure, plain_buttons, primary_button, set_role, styled_label


def _t(text: str) -> str:
    return QCoreApplication.translate("Sharing", text)


def stamp(ts: str | None) -> str:
    """A stored UTC timestamp as a local, friendly date."""
    if not ts:
        return ""
    d = local_date_of(ts)
    return friendly_date(d.isoformat()) if d else ""


def names(items: list[str] | tuple[str, ...]) -> str:
    items = list(items)
    if len(items) <= 1:
        return "".join(items)
    return _t("%1 and %2").replace("%1", ", ".join(items[:-1])).replace("%2", items[-1])


def state_text(info: Any | None) -> str:
    """One consent (a ConsentInfo, or None when never shared) in words."""
    if info is None:
        return _t("not shared")
    if info.state == CURRENT:
        return _t("shared, this version") if not info.last_sent_at else _t("shared, this version (sent %1)").replace(
            "%1", stamp(info.last_sent_at))
    if info.state == CHANGED:
        return _t("changed since consent: left out until you share this version")
    if info.removed_by_partner_at:
        return _t("revoked; removed by partner on %1").replace("%1", stamp(info.removed_by_partner_at))
    return _t("revoked on %1").replace("%1", stamp(info.revoked_at))


def share_tooltip(state: ShareState | None) -> str:
    if state is None or not state.summary:
        return ""
    parts = []
    if state.current:
        parts.append(_t("Shared with %1.").replace("%1", names(state.current)))
    if state.changed:
        parts.append(_t("Changed since %1 consented to see it: left out of bundles until you share it again.")
                     .replace("%1", names(state.changed)))
    if state.revoked:
        parts.append(_t("No longer shared with %1.").replace("%1", names(state.revoked)))
    for partner, at in state.removed:
        parts.append(_t("%1 removed their copy on %2.").replace("%1", partner).replace("%2", stamp(at)))
    return " ".join(parts)


@dataclass
class ShareData:
    preview: dict[str, Any]
    consents: dict[str, Any]  # partner name -> ConsentInfo
    statuses: dict[str, dict[str, Any]]


def load_share_data(vault: Any, entry_id: str, partners: list[str]) -> ShareData:
    """Runs on the worker."""
    preview = vault.consents.preview(entry_id).to_json()
    consents = {c.partner: c for c in vault.consents.list(entry_id=entry_id)}
    statuses = {}
    for name in partners:
        try:
            statuses[name] = vault.cards.status(name).to_json()
        except MentorVaultError:
            statuses[name] = {}
    return ShareData(preview, consents, statuses)


@dataclass
class ShareResult:
    granted: list[str] = field(default_factory=list)
    revoked: list[str] = field(default_factory=list)


class ShareDialog(QDialog):
    """Choose who may see this entry. Shows exactly what leaves, and asks for a deliberate confirmation."""

    def __init__(self, session: Session, services: Services, entry_id: str, partners: list[Partner],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.services = services
        self.entry_id = entry_id
        self.partner_names = [p.name for p in partners if not p.archived]
        self.data: ShareData | None = None
        self.result_value = ShareResult()
        self.boxes: dict[str, QCheckBox] = {}
        self.state_labels: dict[str, QLabel] = {}
        self.setWindowTitle(self.tr("Share this entry"))
        self.setMinimumSize(640, 640)
        col = QVBoxLayout(self)
        col.setSpacing(10)
        col.addWidget(styled_label(self.tr(
            "Nothing is shared by default. Tick a partner to let this exact version go in your next bundle to "
            "them. If you edit the entry later, it is left out until you look again."), "muted"))
        col.addWidget(styled_label(self.tr("Share with"), "subheading"))
        self.partner_frame = QFrame()
        self.partner_frame.setProperty("role", "card")
        self.grid = QGridLayout(self.partner_frame)
        self.grid.setContentsMargins(12, 8, 12, 8)
        self.grid.setHorizontalSpacing(16)
        self.grid.setColumnStretch(1, 1)
        col.addWidget(self.partner_frame)
        if not self.partner_names:
            self.grid.addWidget(styled_label(self.tr(
                "You have no partners yet. Add one from the sidebar first."), "muted"), 0, 0)
        col.addWidget(styled_label(self.tr("Exactly what they will receive"), "subheading"))
        self.preview = SafeBrowser()
        a11y(self.preview, self.tr("What will be shared"),
             self.tr("Every field and the notes of this entry, exactly as they would leave"))
        col.addWidget(self.preview, 1)
        self.notice = styled_label("", "muted")
        self.notice.hide()
        col.addWidget(self.notice)
        self.error = styled_label("", "inline-error")
        self.error.hide()
        col.addWidget(self.error)
        self.buttons = QDialogButtonBox()
        self.confirm = primary_button(self.tr("Share"))
        self.confirm.clicked.connect(self.apply)
        self.buttons.addButton(self.confirm, QDialogButtonBox.ButtonRole.AcceptRole)
        cancel = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        a11y(cancel, self.tr("Cancel"))
        self.buttons.rejected.connect(self.reject)
        plain_buttons(self.buttons)
        col.addWidget(self.buttons)
        self.confirm.setEnabled(False)
        self.confirm.setVisible(False)
        names_ = list(self.partner_names)
        session.call(lambda v: load_share_data(v, entry_id, names_), self._loaded)

    @property
    def loaded(self) -> bool:
        return self.data is not None

    def _loaded(self, data: ShareData) -> None:
        self.data = data
        p = data.preview
        self.preview.show_entry(p["kind"], p["title"], p["body"], p["fields"], p["tags"])
        for row, name in enumerate(self.partner_names):
            info = data.consents.get(name)
            box = QCheckBox(name)
            box.setIcon(theme.icon("partner"))
            box.setChecked(info is not None and info.state != "revoked")
            status = data.statuses.get(name, {})
            text = state_text(info)
            if not status.get("has_card"):
                text += self.tr(" · no contact card yet: it leaves once you add and verify theirs")
            elif not status.get("verified"):
                text += self.tr(" · card not verified yet: nothing leaves until you verify it")
            label = styled_label(text, "muted")
            if info is not None and info.state == CHANGED:
                set_role(label, "inline-error")
            a11y(box, self.tr("Share with %1").replace("%1", name), text)
            box.toggled.connect(self._update)
            self.grid.addWidget(box, row, 0)
            self.grid.addWidget(label, row, 1)
            self.boxes[name] = box
            self.state_labels[name] = label
        self._update()

    def changes(self) -> tuple[list[str], list[str]]:
        """(to grant, to revoke) from the ticks."""
        if self.data is None:
            return [], []
        grant, revoke = [], []
        for name, box in self.boxes.items():
            info = self.data.consents.get(name)
            if box.isChecked() and (info is None or info.state != CURRENT):
                grant.append(name)
            elif not box.isChecked() and info is not None and info.state in (CURRENT, CHANGED):
                revoke.append(name)
        return grant, revoke

    def _update(self) -> None:
        self.error.hide()
        grant, revoke = self.changes()
        if grant and revoke:
            text = self.tr("Share this version with %1 and stop sharing with %2").replace(
                "%1", names(grant)).replace("%2", names(revoke))
        elif grant:
            text = self.tr("Share this version with %1").replace("%1", names(grant))
        elif revoke:
            text = self.tr("Stop sharing with %1").replace("%1", names(revoke))
        else:
            text = ""
        self.confirm.setText(text or self.tr("Share"))
        self.confirm.setAccessibleName(text or self.tr("Share"))
        self.confirm.setVisible(bool(text))
        self.confirm.setEnabled(bool(text))
        notes = []
        if grant:
            notes.append(self.tr("Only the version shown above is shared. It goes in your next bundle to %1.")
                         .replace("%1", names(grant)))
        if revoke:
            notes.append(self.tr("Their app will be asked to delete its copy; a copy they already read cannot be "
                                 "taken back."))
        self.notice.setText(" ".join(notes))
        self.notice.setAccessibleName(self.notice.text())
        self.notice.setVisible(bool(notes))

    def apply(self) -> None:
        if self.data is None:
            return
        grant, revoke = self.changes()
        if not grant and not revoke:
            return
        entry_id, expected = self.entry_id, self.data.preview["content_hash"]
        self.confirm.setEnabled(False)

        def work(v: Any) -> ShareResult:
            for name in grant:
                v.consents.grant(entry_id, name, expected_hash=expected)
            for name in revoke:
                v.consents.revoke(entry_id, name)
            return ShareResult(grant, revoke)

        def done(result: ShareResult) -> None:
            self.result_value = result
            self.accept()

        self.session.call(work, done, inline_failure(self.error, self.confirm))

    def done(self, result: int) -> None:  # noqa: A003 - Qt name
        self.preview.clear()
        super().done(result)


__all__ = ["ShareDialog", "ShareResult", "state_text", "share_tooltip", "stamp", "names"]

