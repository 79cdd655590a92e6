"""Per-entry consent: the "Share…" dialog with an exact preview, and the words for each consent state.

Granting pins consent to the content hash of exactly the version shown; unticking
revokes, with an honest sentence about what revocation can and cannot do.
"""

from __future__ import annotations

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
from mentorvault.ui import theme
from mentorvault.ui.logic.partners import CardState
from mentorvault.ui.logic.sharing import CHANGED, ShareData, ShareResult, apply_share, read_share_data
from mentorvault.ui.readonly import SafeBrowser
from mentorvault.ui.services import Services
from mentorvault.ui.session import Session
from mentorvault.ui.widgets import a11y, inline_failure, plain_buttons, primary_button, set_role, styled_label
from mentorvault.ui.wording import names, share_tooltip, stamp, state_text


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
        self.files_label = styled_label("", "muted")  # the attachments travel too: named here
        self.files_label.hide()
        col.addWidget(self.files_label)
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
        session.call(lambda v: read_share_data(v, entry_id, names_), self._loaded)

    @property
    def loaded(self) -> bool:
        return self.data is not None

    def _loaded(self, data: ShareData) -> None:
        self.data = data
        p = data.preview
        self.preview.show_entry(p["kind"], p["title"], p["body"], p["fields"], p["tags"])
        files = [a["name"] for a in p.get("attachments", [])]
        self.files_label.setText(self.tr("With %n attached files: %1", "", len(files)).replace("%1", ", ".join(files)))
        self.files_label.setVisible(bool(files))
        for row, name in enumerate(self.partner_names):
            info = data.consents.get(name)
            box = QCheckBox(name)
            box.setIcon(theme.icon("partner"))
            box.setChecked(info is not None and info.state != "revoked")
            card = data.cards.get(name, CardState())
            text = state_text(info)
            if not card.has_card:
                text += self.tr(" · no contact card yet: it leaves once you add and verify theirs")
            elif not card.verified:
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
        return self.data.changes([n for n, box in self.boxes.items() if box.isChecked()], self.boxes)

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
        # The button box hands its focus to a button it picked while this one was hidden (Cancel), so
        # Tab jumped over the confirmation: each button takes Tab by itself.
        self.buttons.setFocusProxy(None)  # type: ignore[arg-type]  # None clears it (the stubs want a QWidget)
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

        def done(result: ShareResult) -> None:
            self.result_value = result
            self.accept()

        self.session.call(lambda v: apply_share(v, entry_id, expected, grant, revoke), done,
                          inline_failure(self.error, self.confirm))

    def done(self, result: int) -> None:  # noqa: A003 - Qt name
        self.preview.clear()
        super().done(result)


__all__ = ["ShareDialog", "ShareResult", "state_text", "share_tooltip", "stamp", "names"]

