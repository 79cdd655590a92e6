"""Identity and partners' cards: "My contact card", a fingerprint view (words, digits, QR) and "Verify…"."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from mentorvault.ui.errors import describe
from mentorvault.ui.logic.exchange import (
    MyCard,
    export_my_card,
    read_my_card,
    set_display_name,
    verify_partner,
)
from mentorvault.ui.logic.partners import CardState
from mentorvault.ui.logic.sharing import word_groups
from mentorvault.ui.services import Services
from mentorvault.ui.session import Session
from mentorvault.ui.widgets import a11y, inline_failure, plain_buttons, primary_button, styled_label

CARD_FILTER = QT_TRANSLATE_NOOP("Files", "MentorVault contact cards (*.mvcard *.txt);;All files (*)")
MAX_CARD_BYTES = 64 * 1024
WORDS_STYLE = "font-size: 14pt; font-weight: 600; letter-spacing: 0.5px;"
DIGITS_STYLE = 'font-family: "DejaVu Sans Mono", monospace; font-size: 11pt;'


def qr_pixmap(fingerprint_hex: str, size: int = 168) -> QPixmap:
    """The fingerprint's QR code as a pixmap (drawn by the crypto module, loaded here)."""
    from mentorvault.crypto.fingerprint import fingerprint_qr_text, qr_png

    pixmap = QPixmap()
    pixmap.loadFromData(qr_png(fingerprint_qr_text(bytes.fromhex(fingerprint_hex)), scale=6))
    if pixmap.isNull():
        return pixmap
    return pixmap.scaled(size, size, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.FastTransformation)


class FingerprintView(QFrame):
    """Nine words in three groups, thirty digits, and a QR code: what two partners compare."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setProperty("role", "card")
        row = QHBoxLayout(self)
        row.setContentsMargins(14, 12, 14, 12)
        row.setSpacing(18)
        col = QVBoxLayout()
        col.setSpacing(6)
        col.addWidget(styled_label(self.tr("Fingerprint words"), "muted", wrap=False))
        self.groups: list[QLabel] = []
        grid = QGridLayout()
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(4)
        for i in range(3):
            number = styled_label(f"{i + 1}.", "muted", wrap=False)
            label = styled_label("", wrap=False, selectable=True)
            label.setStyleSheet(WORDS_STYLE)
            self.groups.append(label)
            grid.addWidget(number, i, 0)
            grid.addWidget(label, i, 1)
        grid.setColumnStretch(1, 1)
        col.addLayout(grid)
        col.addSpacing(4)
        col.addWidget(styled_label(self.tr("Or the digits"), "muted", wrap=False))
        self.digits = styled_label("", wrap=True, selectable=True)
        self.digits.setStyleSheet(DIGITS_STYLE)
        col.addWidget(self.digits)
        col.addStretch(1)
        row.addLayout(col, 1)
        self.qr = QLabel()
        self.qr.setFixedSize(172, 172)
        self.qr.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.qr.setStyleSheet("background: #ffffff; border-radius: 4px;")
        a11y(self.qr, self.tr("Fingerprint QR code"), self.tr("Your partner can scan it instead of reading the words"))
        row.addWidget(self.qr, 0, Qt.AlignmentFlag.AlignTop)
        self.words: list[str] = []
        self.fingerprint = ""

    def set_fingerprint(self, display: dict[str, Any]) -> None:
        self.words = list(display["words"])
        self.fingerprint = display["fingerprint"]
        for label, group in zip(self.groups, word_groups(self.words), strict=False):
            text = "  ".join(group)
            label.setText(text)
            label.setAccessibleName(text)
        self.digits.setText(display["digits"])
        self.digits.setAccessibleName(self.tr("Fingerprint digits: %1").replace("%1", display["digits"]))
        self.qr.setPixmap(qr_pixmap(self.fingerprint))
        self.setAccessibleName(self.tr("Fingerprint: %1").replace("%1", " ".join(self.words)))


class MyCardDialog(QDialog):
    """My contact card: the name partners see, the fingerprint to compare, and "Save card…"."""

    def __init__(self, session: Session, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.services = services
        self.saved_to: Path | None = None
        self.setWindowTitle(self.tr("My contact card"))
        self.setMinimumWidth(560)
        col = QVBoxLayout(self)
        col.setSpacing(10)
        col.addWidget(styled_label(self.tr(
            "Your contact card lets a partner send you bundles and check the ones you send. It holds your name "
            "and two public keys, nothing else. Give the file to your partner, then read the words below to "
            "each other, in person or on a call."), "muted"))
        name_row = QHBoxLayout()
        name_label = QLabel(self.tr("&Name on the card:"))
        self.name = QLineEdit()
        self.name.setMaxLength(80)
        a11y(self.name, self.tr("Name on the card"), self.tr("How your partners will see you"))
        name_label.setBuddy(self.name)
        name_row.addWidget(name_label)
        name_row.addWidget(self.name, 1)
        col.addLayout(name_row)
        self.fingerprint = FingerprintView()
        col.addWidget(self.fingerprint)
        self.message = styled_label("", "muted")
        self.message.hide()
        col.addWidget(self.message)
        buttons = QDialogButtonBox()
        self.save_button = primary_button(self.tr("Save card…"), self.tr("Save my contact card to a file"))
        self.save_button.setDefault(False)
        self.save_button.clicked.connect(self.save_card)
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        close = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        a11y(close, self.tr("Close"))
        buttons.rejected.connect(self.reject)
        plain_buttons(buttons)
        col.addWidget(buttons)
        self._original_name = ""

        def loaded(card: MyCard) -> None:
            self._original_name = card.display_name
            self.name.setText(card.display_name)
            self.fingerprint.set_fingerprint(dict(card.fingerprint))

        session.call(read_my_card, loaded)

    def save_card(self) -> None:
        name = self.name.text().strip()
        path = self.services.dialogs.save_file(self, self.tr("Save my contact card"),
                                               Path.home() / "my-contact-card.mvcard", QCoreApplication.translate("Files", str(CARD_FILTER)))
        if path is None:
            return

        def done(_: object) -> None:
            self.saved_to = path
            self._original_name = name
            self.message.setText(self.tr("Saved to %1. Give this file to your partner.").replace("%1", str(path)))
            self.message.show()

        def failed(exc: BaseException) -> bool:
            self.services.dialogs.error(self, self.tr("Card not saved"), describe(exc))
            return True

        self.session.call(lambda v: export_my_card(v, path, name or None), done, failed)

    def done(self, result: int) -> None:  # noqa: A003 - Qt name
        name = self.name.text().strip()
        if name and name != self._original_name and self.session.is_open:
            self.session.call(lambda v: set_display_name(v, name), None,
                              self._name_not_saved)
        super().done(result)

    def _name_not_saved(self, exc: BaseException) -> bool:
        self.services.dialogs.error(None, self.tr("Name not saved"), describe(exc))
        return True


class VerifyDialog(QDialog):
    """Compare a partner's fingerprint; verify with the words typed (or read out and ticked)."""

    def __init__(self, session: Session, services: Services, partner: str, card: CardState,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.services = services
        self.partner = partner
        self.verified: CardState | None = None
        self.setWindowTitle(self.tr("Verify %1's card").replace("%1", partner))
        self.setMinimumWidth(580)
        display = dict(card.to_compare or {"fingerprint": "", "words": [], "digits": ""})
        col = QVBoxLayout(self)
        col.setSpacing(10)
        if card.pending:
            intro = self.tr(
                "%1 has a new card with different keys. It could be an impostor, or %1 made a new vault. "
                "Ask %1 to read their fingerprint words to you, in person or on a call. Only if they match "
                "will anything from the new keys be accepted.").replace("%1", partner)
        else:
            intro = self.tr(
                "Ask %1 to read their fingerprint words to you, in person or on a call (not by the same route "
                "the card came). If the words match, the card really is theirs.").replace("%1", partner)
        col.addWidget(styled_label(intro, "muted"))
        col.addWidget(styled_label(self.tr("What this card says:"), "subheading"))
        self.fingerprint = FingerprintView()
        self.fingerprint.set_fingerprint(display)
        col.addWidget(self.fingerprint)
        col.addWidget(styled_label(self.tr("What %1 reads to you:").replace("%1", partner), "subheading"))
        self.typed = QLineEdit()
        self.typed.setPlaceholderText(self.tr("Type the nine words (or thirty digits) as they read them"))
        a11y(self.typed, self.tr("Words your partner read to you"),
             self.tr("Type the nine words or thirty digits your partner reads out"))
        col.addWidget(self.typed)
        self.heard = QCheckBox(self.tr("They read these words to me and they match"))
        a11y(self.heard, self.tr("They read these words to me and they match"))
        col.addWidget(self.heard)
        self.error = styled_label("", "inline-error")
        self.error.hide()
        col.addWidget(self.error)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("Verify"))
        a11y(self.ok, self.tr("Verify %1's card").replace("%1", partner))
        a11y(self.buttons.button(QDialogButtonBox.StandardButton.Cancel), self.tr("Cancel"))
        self.buttons.accepted.connect(self.verify)
        self.buttons.rejected.connect(self.reject)
        plain_buttons(self.buttons)
        col.addWidget(self.buttons)
        self.typed.textChanged.connect(self._check)
        self.heard.toggled.connect(self._check)
        self._check()

    def _check(self) -> None:
        self.error.hide()
        self.ok.setEnabled(bool(self.typed.text().strip()) or self.heard.isChecked())

    def verify(self) -> None:
        text = self.typed.text().strip() or " ".join(self.fingerprint.words)
        name = self.partner
        self.ok.setEnabled(False)

        def done(verified: CardState) -> None:
            self.verified = verified
            self.accept()

        self.session.call(lambda v: verify_partner(v, name, text), done, inline_failure(self.error, self.ok))


def read_card_file(path: Path) -> str:
    """A card file's text (small, UTF-8); raises a MentorVaultError with a sentence otherwise."""
    from mentorvault.errors import IdentityError

    try:
        with open(path, "rb") as fh:
            data = fh.read(MAX_CARD_BYTES + 1)
    except OSError as exc:
        raise IdentityError(f"The card could not be read: {exc.strerror or exc}.", reason="unreadable",
                            path=str(path)) from None
    if len(data) > MAX_CARD_BYTES:
        raise IdentityError("That file is too large to be a contact card.", reason="too_large",
                            limit_kib=MAX_CARD_BYTES // 1024)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        raise IdentityError("That file is not a MentorVault contact card.", reason="not_a_card") from None


__all__ = ["FingerprintView", "MyCardDialog", "VerifyDialog", "qr_pixmap", "read_card_file", "CARD_FILTER"]
