"""Bundles: the export preview, the import review, "What has my partner seen?" and "End this relationship…".

Each dialog is built from plain data the worker fetched, and returns a typed
result; the vault calls that take time (export, review, import, the final
bundle) run on the worker from :mod:`mentorvault.ui.exchange`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from mentorvault.ui import labels, theme
from mentorvault.ui.logic.partners import CardState
from mentorvault.ui.passphrase_field import PassphraseField
from mentorvault.ui.services import Services
from mentorvault.ui.widgets import Notice, a11y, plain_buttons, primary_button, styled_label, text_area
from mentorvault.ui.wording import names, stamp

BUNDLE_FILTER = QT_TRANSLATE_NOOP("Files", "MentorVault bundles (*.mvbundle);;All files (*)")


def _section(title: str) -> QLabel:
    label = styled_label(title, "subheading")
    return label


def _item_line(kind: str, title: str) -> str:
    return f"{labels.kind_label(kind)}: {title}"


class _Scrolling(QDialog):
    """A dialog whose middle part scrolls, with a fixed footer."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        outer = QVBoxLayout(self)
        outer.setSpacing(10)
        self.scroll_area = QScrollArea()
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        body = QWidget()
        self.body = QVBoxLayout(body)
        self.body.setContentsMargins(0, 0, 8, 0)
        self.body.setSpacing(8)
        self.scroll_area.setWidget(body)
        outer.addWidget(self.scroll_area, 1)
        self.footer = QVBoxLayout()
        self.footer.setSpacing(8)
        outer.addLayout(self.footer)

    def add_list(self, lines: list[str], icon: str = "", name: str = "") -> QListWidget:
        w = QListWidget()
        for line in lines:
            item = QListWidgetItem(theme.icon(icon) if icon else QIcon(), line)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, line)
            w.addItem(item)
        w.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        rows = max(1, min(len(lines), 8))
        row_h = max(w.sizeHintForRow(0), w.fontMetrics().height() + 10, 26)
        w.setFixedHeight(rows * row_h + 2 * w.frameWidth() + 4)
        a11y(w, name or self.windowTitle())
        self.body.addWidget(w)
        return w


# ---------------------------------------------------------------- choosing partners


class PickPartnersDialog(QDialog):
    """Who the bundle is for: one partner, or several (they then get only what all of them may see)."""

    def __init__(self, cards: list[CardState], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Prepare a bundle"))
        self.setMinimumWidth(440)
        col = QVBoxLayout(self)
        col.addWidget(styled_label(self.tr(
            "Who is it for? Only partners whose card you verified can receive a bundle. Choosing several makes "
            "one bundle holding only what you shared with every one of them."), "muted"))
        self.boxes: dict[str, QCheckBox] = {}
        for card in cards:
            box = QCheckBox(card.name)
            box.setIcon(theme.icon("partner"))
            box.setEnabled(card.verified)
            if not card.verified:
                why = self.tr("no card yet") if not card.has_card else self.tr("card not verified yet")
                box.setText(f"{card.name} ({why})")
            a11y(box, self.tr("Bundle for %1").replace("%1", card.name))
            box.toggled.connect(self._check)
            col.addWidget(box)
            self.boxes[card.name] = box
        if not cards:
            col.addWidget(styled_label(self.tr("You have no partners yet."), "muted"))
        first = next((b for b in self.boxes.values() if b.isEnabled()), None)
        if first is not None:
            first.setChecked(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok_button.setText(self.tr("Continue"))
        a11y(ok_button, self.tr("Continue to the preview"))
        a11y(self.buttons.button(QDialogButtonBox.StandardButton.Cancel), self.tr("Cancel"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        plain_buttons(self.buttons)
        col.addWidget(self.buttons)
        self._check()

    def _check(self) -> None:
        if hasattr(self, "buttons"):
            self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(self.chosen()))

    def chosen(self) -> list[str]:
        return [n for n, b in self.boxes.items() if b.isChecked() and b.isEnabled()]


# ---------------------------------------------------------------- export preview


@dataclass
class ExportChoice:
    out: Path
    passphrase: str
    confirm_cross: list[str] = field(default_factory=list)


class ExportPreviewDialog(_Scrolling):
    """Everything that will leave, what is left out, cross-relationship and off-limits flags, and revocations."""

    def __init__(self, preview: Any, titles: dict[str, str], services: Services,
                 parent: QWidget | None = None) -> None:
        who = names(preview.recipients)
        super().__init__(self.tr("Bundle for %1").replace("%1", who), parent)
        self.services = services
        self.preview = preview
        self.out: Path | None = None
        self.cross_boxes: dict[str, QCheckBox] = {}
        self.setMinimumSize(640, 620)
        self.body.addWidget(styled_label(self.tr(
            "This is everything that will leave in one file, signed by you and encrypted so only %1 (and you) "
            "can open it. Read it through before you confirm.").replace("%1", who), "muted"))

        n = len(preview.entries)
        self.body.addWidget(_section(self.tr("Entries that will be shared (%n)", "", n)))
        if not preview.entries:
            self.body.addWidget(styled_label(self.tr(
                "No entries: you have not shared anything current with %1.").replace("%1", who), "muted"))
        plain = [e for e in preview.entries if not e.cross_relationship]
        if plain:
            self.entries_list = self.add_list([self._line(e) for e in plain], "share", self.tr("Entries to share"))
        for e in preview.entries:
            if e.cross_relationship:
                box = QCheckBox(self.tr("“%1” belongs to your relationship with %2. Send it to %3 anyway")
                                .replace("%1", e.title).replace("%2", e.cross_relationship).replace("%3", who))
                a11y(box, box.text())
                box.toggled.connect(self._check)
                self.cross_boxes[e.entry_id] = box
        if self.cross_boxes:
            notice = Notice("warning", "warning")
            notice.set_text(self.tr("Some entries belong to another relationship. Tick each one you really mean "
                                    "to send. To leave one out, cancel and stop sharing it."))
            self.body.addWidget(notice)
            for box in self.cross_boxes.values():
                box.setStyleSheet("QCheckBox { padding-left: 12px; }")
                self.body.addWidget(box)
        flagged = [e for e in preview.entries if e.off_limits]
        if flagged:
            notice = Notice("warning", "warning")
            notice.set_text(self.tr("These entries mention a topic your boundary agreement marks off limits: %1.")
                            .replace("%1", "; ".join(f"“{e.title}” ({', '.join(e.off_limits)})" for e in flagged)))
            self.body.addWidget(notice)
        if preview.left_out_changed:
            self.body.addSpacing(8)
            self.body.addWidget(_section(self.tr("Left out: changed since you shared them (%1)").replace(
                "%1", str(len(preview.left_out_changed)))))
            self.body.addWidget(styled_label(self.tr(
                "You edited these after consenting. Open each one and choose Share… again to send the new "
                "version."), "muted"))
            self.left_out_list = self.add_list([self._line(e) for e in preview.left_out_changed], "warning",
                                               self.tr("Entries left out"))
        notices = []
        several = len(preview.recipients) > 1
        for name, ids in preview.revocations.items():
            if not ids:
                continue
            if several:  # each member's notices are readable by that member alone
                notices.append(self.tr("For %1 only: %n request(s) to delete entries you stopped sharing.", "",
                                       len(ids)).replace("%1", name))
            else:
                notices.append(self.tr("%n request(s) to delete entries you stopped sharing. Their app will be "
                                       "asked to delete its copy; a copy they already read cannot be taken back.",
                                       "", len(ids)))
        receipts = sum(len(ids) for ids in preview.receipts.values())
        if receipts:
            notices.append(self.tr("%n confirmation(s) that you removed entries they stopped sharing.", "",
                                   receipts))
        accepted = sum(len(ids) for ids in preview.acceptances.values())
        if accepted:
            notices.append(self.tr("Your acceptance of %n agreement(s).", "", accepted))
        if notices:
            self.body.addWidget(_section(self.tr("Also in the bundle")))
            self.notices_list = self.add_list(notices, "", self.tr("Notices in the bundle"))
            rev_titles = [titles[i] for ids in preview.revocations.values() for i in ids if titles.get(i)]
            if rev_titles:
                self.body.addWidget(styled_label(self.tr("Asked to delete: %1").replace(
                    "%1", ", ".join(f"“{t}”" for t in rev_titles)), "muted"))
        self.body.addStretch(1)

        path_row = QHBoxLayout()
        path_row.addWidget(QLabel(self.tr("Save to:")))
        self.path_label = QLineEdit()
        self.path_label.setReadOnly(True)
        self.path_label.setPlaceholderText(self.tr("Choose where to save the bundle"))
        a11y(self.path_label, self.tr("Bundle file"))
        path_row.addWidget(self.path_label, 1)
        self.choose_button = QPushButton(self.tr("Choose…"))
        a11y(self.choose_button, self.tr("Choose where to save the bundle"))
        self.choose_button.clicked.connect(self.choose_file)
        path_row.addWidget(self.choose_button)
        self.footer.addLayout(path_row)
        self.footer.addWidget(QLabel(self.tr("Confirm with your passphrase:")))
        self.passphrase = PassphraseField(self.tr("Passphrase"), self.tr("Your vault passphrase confirms the export"))
        self.passphrase.textChanged.connect(self._check)
        self.footer.addWidget(self.passphrase)
        self.buttons = QDialogButtonBox()
        self.export_button = primary_button(self.tr("Export bundle"))
        self.export_button.clicked.connect(self.accept)
        self.buttons.addButton(self.export_button, QDialogButtonBox.ButtonRole.AcceptRole)
        cancel = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        a11y(cancel, self.tr("Cancel"))
        self.buttons.rejected.connect(self.reject)
        plain_buttons(self.buttons)
        self.footer.addWidget(self.buttons)
        self.suggested = f"{'-'.join(p.lower().replace(' ', '-') for p in preview.recipients)}.mvbundle"
        self._check()

    def send_to_folder(self, folder: Path, partner: str) -> None:
        """"Send to NAME": the bundle goes into the exchange folder under a name of its own."""
        self.out = folder
        self.path_label.setText(str(folder))
        self.choose_button.hide()
        self.export_button.setText(self.tr("Send to %1").replace("%1", partner))
        self._check()

    def _line(self, e: Any) -> str:
        return _item_line(e.kind, e.title)

    def choose_file(self) -> None:
        path = self.services.dialogs.save_file(self, self.tr("Save the bundle"), Path.home() / self.suggested,
                                               QCoreApplication.translate("Files", str(BUNDLE_FILTER)))
        if path is not None:
            self.out = path
            self.path_label.setText(str(path))
        self._check()

    def _check(self) -> None:
        ok = (self.out is not None and bool(self.passphrase.text())
              and all(b.isChecked() for b in self.cross_boxes.values()))
        self.export_button.setEnabled(ok)

    def choice(self) -> ExportChoice | None:
        if self.out is None:
            return None
        return ExportChoice(self.out, self.passphrase.text(), [i for i, b in self.cross_boxes.items() if b.isChecked()])

    def done(self, result: int) -> None:  # noqa: A003 - Qt name
        if result != QDialog.DialogCode.Accepted:
            self.passphrase.clear()
        super().done(result)


# ---------------------------------------------------------------- import review


class ImportReviewDialog(_Scrolling):
    """From whom, what is new, updated, removed at their request, receipts and acceptances; Import stores it."""

    def __init__(self, review: Any, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Bundle from %1").replace("%1", review.sender), parent)
        self.review = review
        self.setMinimumSize(560, 480)
        t = review.titles
        self.body.addWidget(styled_label(self.tr(
            "This bundle is signed by %1, whose card you verified, and was made on %2. Nothing is stored until "
            "you choose Import.").replace("%1", review.sender).replace("%2", stamp(review.created_at)), "muted"))

        def block(title: Callable[[int], str], ids: list[str], icon: str, name: str, explain: str = "") -> None:
            if not ids:
                return
            self.body.addWidget(_section(title(len(ids))))
            if explain:
                self.body.addWidget(styled_label(explain, "muted"))
            self.add_list([t.get(i) or self.tr("An entry") for i in ids], icon, name)

        block(lambda n: self.tr("New (%n)", "", n), review.new, "inbox", self.tr("New entries"))
        block(lambda n: self.tr("Updated (%n)", "", n), review.updated, "history", self.tr("Updated entries"))
        if review.revoked:
            self.body.addWidget(_section(self.tr("Removed at their request (%n)", "", len(review.revoked))))
            self.body.addWidget(styled_label(self.tr(
                "%1 stopped sharing %n entry(s); importing removes your copy and tells them so.", "",
                len(review.revoked)).replace("%1", review.sender), "muted"))
        if review.receipts:
            self.body.addWidget(_section(self.tr("Receipts (%n)", "", len(review.receipts))))
            self.body.addWidget(styled_label(self.tr(
                "%1 confirms removing %n entry(s) you stopped sharing.", "", len(review.receipts)).replace(
                "%1", review.sender), "muted"))
        if review.acceptances:
            self.body.addWidget(_section(self.tr("Agreements accepted (%1)").replace(
                "%1", str(len(review.acceptances)))))
            self.body.addWidget(styled_label(self.tr(
                "%1 accepted %n of your boundary agreement(s).", "", len(review.acceptances)).replace(
                "%1", review.sender), "muted"))
        if review.unchanged:
            self.body.addWidget(styled_label(self.tr("%n entry(s) you already have, unchanged.", "",
                                                     len(review.unchanged)), "muted"))
        if not (review.new or review.updated or review.revoked or review.receipts or review.acceptances):
            self.body.addWidget(styled_label(self.tr("Nothing new in this bundle."), "muted"))
        self.body.addStretch(1)
        self.buttons = QDialogButtonBox()
        self.import_button = primary_button(self.tr("Import"), self.tr("Import this bundle into your inbox"))
        self.import_button.clicked.connect(self.accept)
        self.buttons.addButton(self.import_button, QDialogButtonBox.ButtonRole.AcceptRole)
        cancel = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        a11y(cancel, self.tr("Cancel"))
        self.buttons.rejected.connect(self.reject)
        plain_buttons(self.buttons)
        self.footer.addWidget(self.buttons)


# ---------------------------------------------------------------- what has my partner seen?


class SeenDialog(_Scrolling):
    """Every version that left for a partner, its state now, and the shared log's integrity."""

    def __init__(self, partner: str, seen: list[dict[str, Any]], log: list[Any], log_ok: bool,
                 parent: QWidget | None = None, digest_words: list[str] | None = None,
                 received_words: list[str] | None = None) -> None:
        super().__init__(self.tr("What %1 has seen").replace("%1", partner), parent)
        self.setMinimumSize(580, 460)
        if not log_ok:
            n = Notice("warning", "warning")
            n.set_text(self.tr("The record of what you shared does not add up: an entry in it was changed or "
                               "removed outside MentorVault. What is listed may be incomplete."))
            self.body.addWidget(n)
            self.log_warning = n
        if not seen:
            self.body.addWidget(styled_label(self.tr("You have not sent %1 anything yet.").replace(
                "%1", partner), "muted"))
        else:
            self.body.addWidget(styled_label(self.tr(
                "%n bundle(s) sent to %1. Each entry below left at least once; this is the latest version they "
                "received and what happens to it now.", "", len(log)).replace("%1", partner),
                "muted"))
            lines = []
            for s in seen:
                title = s.get("title") or self.tr("(an entry since deleted)")
                now = {"current": self.tr("still shared"),
                       "changed since consent": self.tr("changed since; the new version not sent"),
                       "revoked": self.tr("revoked")}.get(s["state"], s["state"])
                if s.get("removed_by_partner_at"):
                    now = self.tr("revoked; they removed it on %1").replace("%1", stamp(s["removed_by_partner_at"]))
                lines.append(self.tr("%1 — sent %2, %3").replace("%1", title).replace(
                    "%2", stamp(s["sent_at"])).replace("%3", now))
            self.seen_list = self.add_list(lines, "share", self.tr("Entries they received"))
            row_h = max(self.seen_list.sizeHintForRow(0), self.seen_list.fontMetrics().height() + 10, 26)
            self.seen_list.setFixedHeight(min(len(lines), 12) * row_h + 2 * self.seen_list.frameWidth() + 4)
        if (digest_words and seen) or received_words:
            self.body.addWidget(_section(self.tr("Check it with %1").replace("%1", partner)))
            self.body.addWidget(styled_label(self.tr(
                "Nine words sum up every entry version and removal request that went each way. %1 sees the "
                "same words in this window on their side, the other way round. Read them to each other, as you "
                "did the fingerprint: if they differ, a bundle did not arrive or a record was changed.").replace(
                "%1", partner), "muted"))

            def words_row(title: str, words: list[str], name: str) -> QLabel:
                self.body.addWidget(styled_label(title, "subheading"))
                label = styled_label("   ".join(" ".join(words[i:i + 3]) for i in range(0, len(words), 3)), "")
                label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
                a11y(label, name)
                self.body.addWidget(label)
                return label

            if digest_words and seen:
                self.digest_label = words_row(self.tr("What you sent %1").replace("%1", partner), digest_words,
                                              self.tr("Words for what you sent"))
            if received_words:
                self.received_label = words_row(self.tr("What %1 sent you").replace("%1", partner), received_words,
                                                self.tr("Words for what you received"))
        self.body.addStretch(1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        a11y(buttons.button(QDialogButtonBox.StandardButton.Close), self.tr("Close"))
        buttons.rejected.connect(self.reject)
        plain_buttons(buttons)
        self.footer.addWidget(buttons)


# ---------------------------------------------------------------- safe exit


@dataclass
class EndChoice:
    gratitude: str
    revoke_all: bool
    out: Path | None
    passphrase: str | None


class EndRelationshipDialog(_Scrolling):
    """A calm, explained ending: a thank-you note, revoking, a final bundle, archiving, wiping their copy."""

    summaryRequested = Signal()  # an end-of-cycle summary PDF, while what they shared is still here

    def __init__(self, partner: str, services: Services, shared_count: int, inbox_count: int,
                 can_send: bool, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("End the relationship with %1").replace("%1", partner), parent)
        self.services = services
        self.partner = partner
        self.out: Path | None = None
        self.setMinimumSize(600, 620)
        self.body.addWidget(styled_label(self.tr(
            "Mentoring relationships end, and that is fine. This closes yours with %1 gently. Your own entries "
            "stay in your vault; nothing of yours is deleted.").replace("%1", partner), "muted"))

        self.summary_button = QPushButton(self.tr("Save an end-of-cycle summary (PDF)…"))
        a11y(self.summary_button, self.tr("End-of-cycle summary"), self.tr(
            "Goals reached, wins and feedback received, with dates, as a PDF: before what they shared is wiped"))
        self.summary_button.clicked.connect(self.summaryRequested.emit)
        self.body.addWidget(self.summary_button, 0, Qt.AlignmentFlag.AlignLeft)

        self.body.addWidget(_section(self.tr("A closing note (optional)")))
        self.body.addWidget(styled_label(self.tr(
            "A few words of thanks, saved as a gratitude entry and shared with %1 in the final bundle.").replace(
            "%1", partner), "muted"))
        self.gratitude = QPlainTextEdit()
        text_area(self.gratitude)
        self.gratitude.setPlaceholderText(self.tr("What this relationship meant to you…"))
        self.gratitude.setFixedHeight(90)
        a11y(self.gratitude, self.tr("Closing gratitude note"))
        self.body.addWidget(self.gratitude)

        self.body.addWidget(_section(self.tr("What you shared")))
        self.revoke = QCheckBox(self.tr("Stop sharing everything with %1 (%n entries)", "", shared_count).replace(
            "%1", partner))
        self.revoke.setChecked(True)
        a11y(self.revoke, self.tr("Stop sharing everything"))
        self.body.addWidget(self.revoke)
        self.body.addWidget(styled_label(self.tr(
            "Their app will be asked to delete its copies once it imports your final bundle; a copy they already "
            "read cannot be taken back."), "muted"))

        self.body.addWidget(_section(self.tr("A final bundle (optional)")))
        self.final = QCheckBox(self.tr("Make a final bundle for %1").replace("%1", partner))
        self.final.setEnabled(can_send)
        a11y(self.final, self.tr("Make a final bundle"))
        self.body.addWidget(self.final)
        self.body.addWidget(styled_label(self.tr(
            "It carries the requests to delete and your closing note. Without it, their app keeps its copies.")
            if can_send else self.tr("Their card is not verified, so no bundle can be made for them."), "muted"))
        self.final_box = QWidget()
        fb = QVBoxLayout(self.final_box)
        fb.setContentsMargins(24, 0, 0, 0)
        path_row = QHBoxLayout()
        self.path_edit = QLineEdit()
        self.path_edit.setReadOnly(True)
        self.path_edit.setPlaceholderText(self.tr("Choose where to save it"))
        a11y(self.path_edit, self.tr("Final bundle file"))
        self.choose_button = QPushButton(self.tr("Choose…"))
        a11y(self.choose_button, self.tr("Choose where to save the final bundle"))
        self.choose_button.clicked.connect(self.choose_file)
        path_row.addWidget(self.path_edit, 1)
        path_row.addWidget(self.choose_button)
        fb.addLayout(path_row)
        self.passphrase = PassphraseField(self.tr("Passphrase"), self.tr("Your passphrase confirms the final bundle"),
                                          self.tr("Your passphrase"))
        fb.addWidget(self.passphrase)
        self.body.addWidget(self.final_box)
        self.final_box.setVisible(False)
        self.final.toggled.connect(self.final_box.setVisible)

        self.body.addWidget(_section(self.tr("Then")))
        self.body.addWidget(styled_label(self.tr(
            "• %1 is archived: they leave the sidebar, and their bundles are no longer accepted.\n"
            "• What %1 shared with you (%n entries in your inbox) is wiped from this vault.", "",
            inbox_count).replace("%1", partner), ""))
        self.body.addStretch(1)
        self.buttons = QDialogButtonBox()
        self.end_button = primary_button(self.tr("End the relationship"))
        self.end_button.clicked.connect(self.accept)
        self.buttons.addButton(self.end_button, QDialogButtonBox.ButtonRole.AcceptRole)
        cancel = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        a11y(cancel, self.tr("Cancel"))
        cancel.setDefault(True)
        self.buttons.rejected.connect(self.reject)
        plain_buttons(self.buttons)
        self.footer.addWidget(self.buttons)
        for signal in (self.final.toggled, self.passphrase.textChanged):
            signal.connect(self._check)
        self._check()

    def choose_file(self) -> None:
        name = f"{self.partner.lower().replace(' ', '-')}-final.mvbundle"
        path = self.services.dialogs.save_file(self, self.tr("Save the final bundle"), Path.home() / name,
                                               QCoreApplication.translate("Files", str(BUNDLE_FILTER)))
        if path is not None:
            self.out = path
            self.path_edit.setText(str(path))
        self._check()

    def _check(self) -> None:
        ok = not self.final.isChecked() or (self.out is not None and bool(self.passphrase.text()))
        self.end_button.setEnabled(ok)

    def choice(self) -> EndChoice:
        final = self.final.isChecked()
        return EndChoice(self.gratitude.toPlainText().strip(), self.revoke.isChecked(),
                         self.out if final else None, self.passphrase.text() if final else None)

    def done(self, result: int) -> None:  # noqa: A003 - Qt name
        if result != QDialog.DialogCode.Accepted:
            self.passphrase.clear()
        super().done(result)


__all__ = ["PickPartnersDialog", "ExportPreviewDialog", "ExportChoice", "ImportReviewDialog", "SeenDialog",
           "EndRelationshipDialog", "EndChoice", "BUNDLE_FILTER"]
