"""Partners: the add/edit dialog, and the banner showing when the next meeting is due."""

from __future__ import annotations

import datetime as _dt

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from mentorvault.domain.kinds import MENTOR_TYPES, PARTNER_ROLES
from mentorvault.domain.models import Partner
from mentorvault.ui import labels, theme
from mentorvault.ui.logic.partners import CardState, Overview, PartnerInfo, PartnerValues
from mentorvault.ui.widgets import Notice, a11y, plain_buttons, styled_label
from mentorvault.ui.wording import friendly_date, meeting_text, rhythm_text, stamp


class PartnerDialog(QDialog):
    """Add or edit a partner; ``values()`` gives the result after it was accepted."""

    def __init__(self, partner: Partner | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Edit partner") if partner else self.tr("Add a partner"))
        self.setMinimumWidth(440)
        col = QVBoxLayout(self)
        col.addWidget(styled_label(self.tr(
            "A partner is someone you are in a mentoring relationship with. Entries can belong to a partner, "
            "so notes about different people never mix."), "muted"))
        form = QFormLayout()
        self.name = QLineEdit(partner.name if partner else "")
        self.name.setMaxLength(80)
        a11y(self.name, self.tr("Name"), self.tr("How you call them; only you see it"))
        form.addRow(self.tr("&Name:"), self.name)
        self.role = QComboBox()
        self.role.addItem(self.tr("—"), None)
        for r in PARTNER_ROLES:
            self.role.addItem(labels.role_label(r), r)
        a11y(self.role, self.tr("Their role"), self.tr("Are they your mentor, your mentee or a peer?"))
        form.addRow(self.tr("&They are:"), self.role)
        self.mentor_type = QComboBox()
        self.mentor_type.addItem(self.tr("—"), None)
        for t in MENTOR_TYPES:
            self.mentor_type.addItem(labels.mentor_type_label(t), t)
        a11y(self.mentor_type, self.tr("Kind of mentoring"),
             self.tr("What they mostly do for you: advise, advocate, affirm, challenge, coach, connect or sponsor"))
        form.addRow(self.tr("&Mostly a:"), self.mentor_type)
        self.rhythm = QSpinBox()
        self.rhythm.setRange(0, 366)
        self.rhythm.setSpecialValueText(self.tr("No fixed rhythm"))
        self.rhythm.setSuffix(self.tr(" days"))
        a11y(self.rhythm, self.tr("Meeting rhythm"), self.tr("How many days between meetings"))
        form.addRow(self.tr("Meet &every:"), self.rhythm)
        col.addLayout(form)
        self.error = styled_label("", "inline-error")
        self.error.hide()
        col.addWidget(self.error)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Save") if partner else self.tr("Add partner"))
        a11y(ok, ok.text())
        a11y(self.buttons.button(QDialogButtonBox.StandardButton.Cancel), self.tr("Cancel"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        plain_buttons(self.buttons)
        col.addWidget(self.buttons)
        if partner:
            self.role.setCurrentIndex(max(0, self.role.findData(partner.role)))
            self.mentor_type.setCurrentIndex(max(0, self.mentor_type.findData(partner.mentor_type)))
            self.rhythm.setValue(partner.rhythm_days or 0)
        self.name.textChanged.connect(self._check)
        self._check()

    def set_values(self, v: PartnerValues) -> None:
        self.name.setText(v.name)
        self.role.setCurrentIndex(max(0, self.role.findData(v.role)))
        self.mentor_type.setCurrentIndex(max(0, self.mentor_type.findData(v.mentor_type)))
        self.rhythm.setValue(v.rhythm_days or 0)

    def _check(self) -> None:
        ok = bool(self.name.text().strip())
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)

    def values(self) -> PartnerValues:
        return PartnerValues(self.name.text().strip(), self.role.currentData(), self.mentor_type.currentData(),
                             self.rhythm.value() or None)


class OverviewBar(QWidget):
    """Above All entries: the soonest meeting due (with "Start the agenda") and overdue agreement reviews."""

    startAgenda = Signal(str, str)  # partner id, meeting date
    openEntry = Signal(str, bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        col = QVBoxLayout(self)
        col.setContentsMargins(0, 0, 0, 0)
        col.setSpacing(6)
        self.meeting = Notice("notice", "agenda")
        self.agenda_button = self.meeting.add_button(self.tr("Start the agenda"),
                                                     self.tr("Write an agenda for that meeting"))
        self.agenda_button.clicked.connect(self._start)
        col.addWidget(self.meeting)
        self.overdue = Notice("warning", "warning")
        self.open_button = self.overdue.add_button(self.tr("Open"), self.tr("Open the agreement to review"))
        self.open_button.clicked.connect(self._open)
        col.addWidget(self.overdue)
        self.data: Overview | None = None
        self.clear()

    def clear(self) -> None:
        self.data = None
        self.meeting.set_text("")
        self.overdue.set_text("")
        self.meeting.hide()
        self.overdue.hide()

    def set_overview(self, data: Overview, today: _dt.date) -> None:
        self.data = data
        if data.next_meeting:
            p, due = data.next_meeting
            self.meeting.set_text(meeting_text(p.name, due, today))
        self.meeting.setVisible(data.next_meeting is not None)
        if data.overdue:
            first = data.overdue[0]
            if len(data.overdue) == 1:
                text = self.tr("The agreement \"%1\" is past its review date (%2). Look at it together?").replace(
                    "%1", self.tr("(protected)") if first.protected else first.title).replace(
                    "%2", friendly_date(first.entry_date))
            else:
                text = self.tr("%n agreements are past their review date. Look at them together?", "",
                               len(data.overdue))
            self.overdue.set_text(text)
        self.overdue.setVisible(bool(data.overdue))

    def _start(self) -> None:
        if self.data and self.data.next_meeting:
            p, due = self.data.next_meeting
            self.startAgenda.emit(p.id, due)

    def _open(self) -> None:
        if self.data and self.data.overdue:
            first = self.data.overdue[0]
            self.openEntry.emit(first.id, first.protected)


class PartnerBanner(QFrame):
    """Above a partner's entries: who they are, when the next meeting is due, and overdue reviews."""

    startAgenda = Signal(str, str)  # partner id, meeting date
    editPartner = Signal(str)
    openEntry = Signal(str, bool)
    # action (add-card, verify, bundle, seen, prep, end, my-card, folder, clear-folder, send, email,
    # send-on-share, no-send-on-share), partner name
    exchangeRequested = Signal(str, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.info: PartnerInfo | None = None
        col = QVBoxLayout(self)
        col.setContentsMargins(8, 8, 8, 4)
        col.setSpacing(6)
        top = QHBoxLayout()
        icon = QLabel()
        icon.setPixmap(theme.icon("partner").pixmap(28, 28))
        top.addWidget(icon)
        text_col = QVBoxLayout()
        text_col.setSpacing(0)
        self.name = styled_label("", "subheading", wrap=False)
        self.details = styled_label("", "muted")
        text_col.addWidget(self.name)
        text_col.addWidget(self.details)
        top.addLayout(text_col, 1)
        self.edit_button = QPushButton(self.tr("Edit"))
        a11y(self.edit_button, self.tr("Edit partner"))
        self.edit_button.clicked.connect(lambda: self.info and self.editPartner.emit(self.info.partner.id))
        top.addWidget(self.edit_button)
        self.more_button = QPushButton(self.tr("More"))
        a11y(self.more_button, self.tr("More for this partner"),
             self.tr("Their card, your card, and ending the relationship"))
        self.more_menu = QMenu(self.more_button)
        self.card_action = self.more_menu.addAction(theme.icon("partner"), self.tr("Add their card…"))
        self.card_action.triggered.connect(lambda: self._exchange("add-card"))
        self.verify_action = self.more_menu.addAction(theme.icon("check"), self.tr("Verify their card…"))
        self.verify_action.triggered.connect(lambda: self._exchange("verify"))
        self.my_card_action = self.more_menu.addAction(theme.icon("share"), self.tr("My contact card…"))
        self.my_card_action.triggered.connect(lambda: self._exchange("my-card"))
        self.email_action = self.more_menu.addAction(self.tr("Send by email…"))
        self.email_action.setToolTip(self.tr("Make the bundle, then open your mail program with it attached"))
        self.email_action.triggered.connect(lambda: self._exchange("email"))
        self.calendar_action = self.more_menu.addAction(theme.icon("agenda"), self.tr("Add to calendar…"))
        self.calendar_action.setToolTip(self.tr("The next meeting and the rhythm as a file any calendar imports"))
        self.calendar_action.triggered.connect(lambda: self._exchange("calendar"))
        self.clear_folder_action = self.more_menu.addAction(self.tr("Stop using the exchange folder"))
        self.clear_folder_action.triggered.connect(lambda: self._exchange("clear-folder"))
        self.more_menu.addSeparator()
        self.pack_action = self.more_menu.addAction(theme.icon("agenda"), self.tr("Session pack (PDF)…"))
        self.pack_action.triggered.connect(lambda: self._exchange("pack"))
        self.summary_action = self.more_menu.addAction(theme.icon("goal"), self.tr("End-of-cycle summary (PDF)…"))
        self.summary_action.triggered.connect(lambda: self._exchange("summary"))
        self.more_menu.addSeparator()
        self.end_action = self.more_menu.addAction(self.tr("End this relationship…"))
        self.end_action.triggered.connect(lambda: self._exchange("end"))
        self.more_button.setMenu(self.more_menu)
        top.addWidget(self.more_button)
        col.addLayout(top)
        self.card_notice = Notice("notice", "partner")
        self.card_button = self.card_notice.add_button(self.tr("Add their card…"))
        self.card_button.clicked.connect(self._card_clicked)
        col.addWidget(self.card_notice)
        self.card_notice.hide()
        actions = QHBoxLayout()
        actions.setSpacing(6)
        self.prep_button = QPushButton(theme.icon("agenda"), self.tr("Before we meet"))
        a11y(self.prep_button, self.tr("Before we meet"),
             self.tr("What they shared beside your own agenda, to prepare the next meeting"))
        self.prep_button.clicked.connect(lambda: self._exchange("prep"))
        self.bundle_button = QPushButton(theme.icon("share"), self.tr("Prepare bundle…"))
        a11y(self.bundle_button, self.tr("Prepare bundle"),
             self.tr("See everything that will leave, then save one encrypted file for them"))
        self.bundle_button.clicked.connect(lambda: self._exchange("bundle"))
        self.seen_button = QPushButton(theme.icon("history"), self.tr("What have they seen?"))
        a11y(self.seen_button, self.tr("What has my partner seen?"),
             self.tr("Every entry that left for them, and its state now"))
        self.seen_button.clicked.connect(lambda: self._exchange("seen"))
        for b in (self.prep_button, self.bundle_button, self.seen_button):
            actions.addWidget(b)
        actions.addStretch(1)
        col.addLayout(actions)
        # The exchange folder: bundles travel through it by themselves (Syncthing, Nextcloud, a USB stick).
        self.folder_notice = Notice("notice", "share")
        self.folder_notice.setObjectName("exchangeFolder")
        self.send_button = self.folder_notice.add_button(self.tr("Send"), self.tr(
            "See everything that will leave, then put the bundle in the folder you both reach"))
        self.send_button.clicked.connect(lambda: self._exchange("send"))
        self.folder_button = self.folder_notice.add_button(self.tr("Choose folder…"),
                                                           self.tr("Choose the folder you both reach"))
        self.folder_button.clicked.connect(lambda: self._exchange("folder"))
        col.addWidget(self.folder_notice)
        self.send_on_share = QCheckBox(self.tr("Send when I share an entry"))
        a11y(self.send_on_share, self.tr("Send when I share an entry"),
             self.tr("Sharing an entry with this partner puts it in the exchange folder without another click"))
        self.send_on_share.toggled.connect(lambda on: self._exchange("send-on-share" if on else "no-send-on-share"))
        share_row = QHBoxLayout()
        share_row.setContentsMargins(42, 0, 0, 0)
        share_row.addWidget(self.send_on_share)
        col.addLayout(share_row)
        self.meeting = Notice("notice", "agenda")
        self.agenda_button = self.meeting.add_button(self.tr("Start the agenda"),
                                                     self.tr("Write an agenda for the next meeting"))
        self.agenda_button.clicked.connect(self._start_agenda)
        col.addWidget(self.meeting)
        self.overdue_box = QVBoxLayout()
        self.overdue_box.setSpacing(4)
        col.addLayout(self.overdue_box)
        self._overdue_notices: list[Notice] = []

    def _exchange(self, action: str) -> None:
        if self.info is not None:
            self.exchangeRequested.emit(action, self.info.partner.name)

    def _card_clicked(self) -> None:
        card = self.info.card if self.info else CardState()
        self._exchange("add-card" if not card.has_card else "verify")

    def _set_card(self, card: CardState) -> None:
        name = self.info.partner.name if self.info else ""
        verified = card.verified
        if card.pending_card:
            role, text, button = "warning", self.tr(
                "%1 has a new card with different keys. Nothing from it is accepted until you compare the "
                "fingerprint words with them.").replace("%1", name), self.tr("Verify…")
        elif not card.has_card:
            role, text, button = "notice", self.tr(
                "To exchange entries with %1, add their contact card.").replace("%1", name), self.tr("Add their card…")
        elif not verified:
            role, text, button = "warning", self.tr(
                "%1's card is not verified yet. Compare the fingerprint words with them before sharing.").replace(
                "%1", name), self.tr("Verify…")
        else:
            words = " ".join(card.words[:3])
            role, text, button = "notice", self.tr("Card verified on %1 (fingerprint begins “%2”).").replace(
                "%1", stamp(card.verified_at)).replace("%2", words), self.tr("Fingerprint…")
        self.card_notice.setProperty("role", role)
        self.card_notice.style().unpolish(self.card_notice)
        self.card_notice.style().polish(self.card_notice)
        self.card_notice.icon.setPixmap(theme.icon("warning" if role == "warning" else "partner").pixmap(20, 20))
        self.card_notice.set_text(text)
        self.card_button.setText(button)
        self.card_button.setAccessibleName(button.replace("…", ""))
        self.card_notice.show()
        self.verify_action.setEnabled(card.has_card)
        self.bundle_button.setEnabled(verified)
        self.card_action.setText(self.tr("Replace their card…") if card.has_card else self.tr("Add their card…"))

    def _set_folder(self, info: PartnerInfo) -> None:
        folder = info.exchange_folder
        name = info.partner.name
        self.send_button.setText(self.tr("Send to %1").replace("%1", name))
        self.send_button.setAccessibleName(self.tr("Send to %1").replace("%1", name))
        self.send_button.setVisible(folder is not None)
        self.send_button.setEnabled(info.card.verified)
        self.email_action.setEnabled(info.card.verified)
        self.send_on_share.blockSignals(True)
        self.send_on_share.setChecked(bool(folder and folder.send_on_share))
        self.send_on_share.blockSignals(False)
        self.send_on_share.setVisible(folder is not None)
        self.clear_folder_action.setEnabled(folder is not None)
        if folder is None:
            self.folder_notice.set_text(self.tr(
                "No exchange folder yet. With a folder you both reach (Syncthing, Nextcloud, Dropbox, a USB "
                "stick), bundles travel by themselves."))
            self.folder_button.setText(self.tr("Choose folder…"))
        else:
            self.folder_notice.set_text(self.tr("Exchange folder: %1").replace("%1", folder.folder))
            self.folder_notice.setToolTip(self.tr("What %1 sends there is imported while MentorVault is "
                                                  "unlocked.").replace("%1", name))
            self.folder_button.setText(self.tr("Change…"))

    @property
    def card_state(self) -> str:
        card = self.info.card if self.info else CardState()
        if not card.has_card:
            return "no card"
        if card.pending_card:
            return "new card waiting"
        return "verified" if card.verified else "not verified"

    def clear(self) -> None:
        self.info = None
        self.name.clear()
        self.details.clear()
        self.meeting.set_text("")
        for n in self._overdue_notices:
            n.setParent(None)
            n.deleteLater()
        self._overdue_notices = []

    def set_info(self, info: PartnerInfo, today: _dt.date) -> None:
        self.clear()
        self.info = info
        p = info.partner
        self.name.setText(p.name)
        self.name.setAccessibleName(p.name)
        bits = [labels.role_label(p.role), labels.mentor_type_label(p.mentor_type)]
        if p.rhythm_days:
            bits.append(rhythm_text(p.rhythm_days))
        self.details.setText(" · ".join(b for b in bits if b) or self.tr("No role or rhythm set yet."))
        self._set_card(info.card)
        self._set_folder(info)
        self.seen_button.setText(self.tr("What has %1 seen?").replace("%1", p.name))
        if info.next_meeting:
            text = meeting_text(None, info.next_meeting, today)
            self.meeting.set_text(text)
            self.meeting.show()
        else:
            self.meeting.hide()
        for a in info.overdue:
            n = Notice("warning", "warning")
            n.set_text(self.tr("The agreement \"%1\" was due for review on %2. Look at it together?").replace(
                "%1", a.title if not a.protected else self.tr("(protected)")).replace(
                "%2", friendly_date(a.entry_date)))
            b = n.add_button(self.tr("Open"), self.tr("Open the agreement"))
            b.clicked.connect(lambda _=False, e=a: self.openEntry.emit(e.id, e.protected))
            self.overdue_box.addWidget(n)
            self._overdue_notices.append(n)

    def _start_agenda(self) -> None:
        if self.info and self.info.next_meeting:
            self.startAgenda.emit(self.info.partner.id, self.info.next_meeting)
