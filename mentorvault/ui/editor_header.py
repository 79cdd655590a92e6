"""The editor's header (the kind, the save state, the entry's actions, the sharing strip), and
the page the editor shows instead of a protected entry while protected entries are hidden.

The header only shows what it is told (the save machine's state, the entry's consents and
agreement); the editor owns the entry and connects the buttons to what they do.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from mentorvault.ui import labels, theme
from mentorvault.ui.logic.saving import SaveState
from mentorvault.ui.widgets import ElidedLabel, a11y, set_role, styled_label, tool_button
from mentorvault.ui.wording import agreement_text, entry_sharing_text


class EditorHeader(QWidget):
    """Kind icon and name, save state, Protected, History, Delete; below them who may see the entry."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        col = QVBoxLayout(self)
        col.setContentsMargins(0, 0, 0, 0)
        col.setSpacing(8)
        header = QHBoxLayout()
        self.kind_icon = QLabel()
        self.kind_icon.setFixedSize(24, 24)
        self.kind_label = styled_label("", "subheading", wrap=False)
        header.addWidget(self.kind_icon)
        header.addWidget(self.kind_label)
        header.addSpacing(12)
        self.state_icon = QLabel()
        self.state_icon.setFixedSize(16, 16)
        keep = self.state_icon.sizePolicy()
        keep.setRetainSizeWhenHidden(True)  # showing or hiding the icon does not shift the row either
        self.state_icon.setSizePolicy(keep)
        # The state takes the room between the kind and the buttons and never more: a long
        # "fill in ..." ends in "…" (whole in its tool tip) instead of pushing the editor sideways.
        self.state_label = ElidedLabel()
        set_role(self.state_label, "muted")
        self.state_label.setAccessibleName(self.tr("Save state"))
        header.addWidget(self.state_icon)
        header.addWidget(self.state_label, 1)
        self.protected_box = QCheckBox(self.tr("Protected"))
        a11y(self.protected_box, self.tr("Protected entry"),
             self.tr("Hide this entry's title and contents in lists and search until the passphrase is entered"))
        header.addWidget(self.protected_box)
        self.share_button = tool_button("share", self.tr("Share…"),
                                        self.tr("Choose which partners may see this entry, with an exact preview"))
        self.history_button = tool_button("history", self.tr("History"), self.tr("Earlier versions of this entry"))
        header.addWidget(self.history_button)
        self.delete_button = tool_button("warning", self.tr("Delete"), self.tr("Delete this entry"))
        header.addWidget(self.delete_button)
        col.addLayout(header)
        sharing = QHBoxLayout()
        sharing.setSpacing(6)
        self.sharing_icon = QLabel()
        self.sharing_icon.setFixedSize(16, 16)
        self.sharing_icon.setPixmap(theme.icon("share").pixmap(16, 16))
        self.sharing_label = styled_label("", "muted")
        self.sharing_label.setAccessibleName(self.tr("Sharing"))
        self.agreement_label = styled_label("", "ok")
        self.agreement_label.setAccessibleName(self.tr("Agreement"))
        sharing.addWidget(self.sharing_icon)
        sharing.addWidget(self.sharing_label, 1)
        sharing.addWidget(self.agreement_label)
        sharing.addWidget(self.share_button)
        col.addLayout(sharing)
        self.set_sharing(None, None, saved=False)

    def set_kind(self, kind: str) -> None:
        self.kind_icon.setPixmap(theme.icon(kind).pixmap(24, 24))
        self.kind_label.setText(labels.kind_label(kind))

    def set_entry_actions(self, enabled: bool) -> None:
        """Share, History and Delete need a saved entry."""
        self.share_button.setEnabled(enabled)
        self.history_button.setEnabled(enabled)
        self.delete_button.setEnabled(enabled)

    def show_state(self, state: SaveState, detail: str = "") -> None:
        """Word the save machine's state (``detail``: why it is incomplete or failed)."""
        text = self.tr("Not saved: %1").replace("%1", detail) if state == SaveState.FAILED else detail
        icon = {"saved": "check", "failed": "warning", "incomplete": "warning"}.get(state)
        self.state_icon.setPixmap(theme.icon(icon).pixmap(16, 16) if icon else theme.icon("check").pixmap(0, 0))
        self.state_icon.setVisible(icon is not None)
        words = {
            "saved": self.tr("Saved"),
            "edited": self.tr("Editing…"),
            "saving": self.tr("Saving…"),
            "loading": self.tr("Opening…"),
            "new": self.tr("New, not saved yet"),
        }
        self.state_label.setText(text or words.get(state, ""))
        self.state_label.setAccessibleDescription(self.state_label.text())

    def set_sharing(self, state: Any, agreement: Mapping[str, Any] | None, *, saved: bool) -> None:
        """Show who may see the entry (``state``) and an agreement's co-signing; ``saved``: it has an id."""
        text = entry_sharing_text(state, saved)
        self.sharing_label.setText(text)
        self.sharing_label.setAccessibleDescription(text)
        set_role(self.sharing_label, "inline-error" if state is not None and state.changed else "muted")
        self.sharing_icon.setVisible(bool(text))
        self.sharing_label.setVisible(bool(text))
        words = agreement_text(agreement)
        self.agreement_label.setText(words)
        self.agreement_label.setAccessibleDescription(words)
        self.agreement_label.setVisible(bool(words))


class HiddenEntryPage(QWidget):
    """Shown instead of a protected entry: it says why, and offers to ask for the passphrase."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        col = QVBoxLayout(self)
        col.addStretch(1)
        icon = QLabel()
        icon.setPixmap(theme.icon("shield").pixmap(40, 40))
        icon.setAlignment(Qt.AlignmentFlag.AlignCenter)
        col.addWidget(icon)
        heading = styled_label(self.tr("This entry is protected"), "subheading")
        heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        col.addWidget(heading)
        text = styled_label(self.tr(
            "Its title and contents stay hidden until you enter your passphrase. "
            "They are then shown for a few minutes."), "muted")
        text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        col.addWidget(text)
        self.show_protected_button = QPushButton(theme.icon("shield"), self.tr("Show protected entries…"))
        a11y(self.show_protected_button, self.tr("Show protected entries"),
             self.tr("Asks for your passphrase, then shows protected entries for a few minutes"))
        col.addWidget(self.show_protected_button, 0, Qt.AlignmentFlag.AlignHCenter)
        col.addStretch(2)
