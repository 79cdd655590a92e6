"""The attachments strip under an entry's notes (and, read-only, under a shared entry in the inbox).

Images show as thumbnails decoded in memory (QImage.fromData: nothing is written) and open in an
in-app viewer; any file opens in another program through the private folder in memory that
``ui/logic/attachments`` keeps, or is saved as a plain copy after a warning that it is not
encrypted.  Files are added with "Add a file…" or by dropping them on the editor.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QObject, QSize, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QDragEnterEvent, QDropEvent, QImage, QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from mentorvault.ui import theme
from mentorvault.ui.logic import attachments as logic
from mentorvault.ui.services import Services
from mentorvault.ui.widgets import a11y, styled_label

THUMB = 96


def dropped_files(event: QDragEnterEvent | QDropEvent) -> list[Path]:
    """The local files a drag carries (folders and remote URLs are left out)."""
    data = event.mimeData()
    if not data.hasUrls():
        return []
    return [Path(u.toLocalFile()) for u in data.urls() if u.isLocalFile() and Path(u.toLocalFile()).is_file()]


class ImageViewer(QDialog):
    """An attachment's image at its own size (scrolled), or fitted to the window."""

    def __init__(self, name: str, image: QImage, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(name)
        self.setAccessibleName(self.tr("Image: %1").replace("%1", name))
        self.label = QLabel()
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.label.setPixmap(QPixmap.fromImage(image))
        scroll = QScrollArea()
        scroll.setWidget(self.label)
        scroll.setWidgetResizable(True)
        col = QVBoxLayout(self)
        col.addWidget(scroll)
        self.resize(min(image.width() + 40, 1100), min(image.height() + 40, 800))


class AttachmentStrip(QWidget):
    """The attachments of one entry; ``read_only`` for a partner's shared entry."""

    changed = Signal()  # the entry's attachments changed (its hash, so its sharing state, too)

    def __init__(self, services: Services, read_only: bool = False, parent: QWidget | None = None, *,
                 on_change: Any = None, drops_on: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.read_only = read_only
        self.session: Any = None
        self.entry_id: str | None = None
        self.tiles: list[logic.AttachmentTile] = []
        self.images: dict[str, QImage] = {}
        col = QVBoxLayout(self)
        col.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        self.title = styled_label(self.tr("Attachments"), "subheading", wrap=False)
        row.addWidget(self.title)
        row.addStretch(1)
        self.add_button = QPushButton(theme.icon("attachment"), self.tr("Add a file…"))
        a11y(self.add_button, self.tr("Add a file"), self.tr("Attach a file to this entry; it is stored encrypted "
                                                             "in the vault. You can also drop files here."))
        self.add_button.clicked.connect(self.pick_files)
        row.addWidget(self.add_button)
        col.addLayout(row)
        self.add_button.setVisible(not read_only)  # once it has a parent: alone it would be a window
        self.hint = styled_label(self.tr("Drop files here, or use Add a file…") if not read_only else "", "muted")
        col.addWidget(self.hint)
        self.list = QListWidget()
        self.list.setViewMode(QListWidget.ViewMode.IconMode)
        self.list.setIconSize(QSize(THUMB, THUMB))
        self.list.setGridSize(QSize(THUMB + 48, THUMB + 40))
        self.list.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.list.setMovement(QListWidget.Movement.Static)
        self.list.setWrapping(True)
        self.list.setFixedHeight(THUMB + 56)
        self.list.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.list.customContextMenuRequested.connect(self._menu)
        self.list.itemActivated.connect(lambda item: self.open_item(item.data(Qt.ItemDataRole.UserRole)))
        a11y(self.list, self.tr("Attachments"), self.tr("Enter opens the attachment; the context menu saves a "
                                                        "copy or removes it"))
        col.addWidget(self.list)
        self.setAcceptDrops(not read_only)
        if on_change is not None:
            self.changed.connect(on_change)
        if drops_on is not None and not read_only:  # files dropped anywhere on it (the editor) come here
            drops_on.setAcceptDrops(True)
            drops_on.installEventFilter(self)
        self._show([])
        if read_only:
            self.hide()

    # ------------------------------------------------------------ showing

    def set_entry(self, session: Any, entry_id: str | None) -> None:
        """Show ``entry_id``'s attachments (None: an entry not saved yet, or none open)."""
        self.session, self.entry_id = session, entry_id
        self.images.clear()
        self._show([])
        self.add_button.setEnabled(entry_id is not None)
        if entry_id is not None and session is not None:
            self.reload()

    def reload(self) -> None:
        session, entry_id = self.session, self.entry_id
        if session is None or entry_id is None:
            return
        session.call(lambda v: logic.list_tiles(v, entry_id, self.read_only),
                     lambda found: self._loaded(entry_id, found))

    def _loaded(self, entry_id: str, found: list[logic.AttachmentTile]) -> None:
        if entry_id != self.entry_id:
            return
        self._show(found)
        for tile in found:
            if tile.image and tile.name not in self.images:
                name = tile.name
                self.session.call(lambda v, n=name: logic.image_bytes(v, entry_id, n, self.read_only),
                                  lambda data, n=name: self._thumbnail(entry_id, n, data))

    def _show(self, found: list[logic.AttachmentTile]) -> None:
        self.tiles = list(found)
        self.list.clear()
        for tile in found:
            item = QListWidgetItem(theme.icon("file"), tile.name)
            item.setData(Qt.ItemDataRole.UserRole, tile.name)
            item.setToolTip(f"{tile.name}\n{tile.info.type}\n{self.size_text(tile.info.size)}")
            self.list.addItem(item)
        self.list.setVisible(bool(found))
        self.hint.setVisible(not found and not self.read_only)
        if self.read_only and self.parent() is not None:  # never shown on its own as a window
            self.setVisible(bool(found))

    def _thumbnail(self, entry_id: str, name: str, data: bytes) -> None:
        if entry_id != self.entry_id:
            return
        image = QImage.fromData(data)
        if image.isNull():
            return
        self.images[name] = image
        thumb = QPixmap.fromImage(image.scaled(THUMB, THUMB, Qt.AspectRatioMode.KeepAspectRatio,
                                               Qt.TransformationMode.SmoothTransformation))
        for i in range(self.list.count()):
            item = self.list.item(i)
            if item.data(Qt.ItemDataRole.UserRole) == name:
                item.setIcon(thumb)

    def clear(self) -> None:
        self.set_entry(None, None)

    # ------------------------------------------------------------ actions

    def _menu(self, pos: Any) -> None:
        item = self.list.itemAt(pos)
        if item is None:
            return
        name = item.data(Qt.ItemDataRole.UserRole)
        menu = QMenu(self)
        if name in self.images:
            menu.addAction(self.tr("View"), lambda: self.open_item(name))
        menu.addAction(self.tr("Open with…"), lambda: self.open_elsewhere(name))
        menu.addAction(self.tr("Save a copy…"), lambda: self.save_copy(name))
        if not self.read_only:
            menu.addSeparator()
            menu.addAction(self.tr("Remove"), lambda: self.remove(name))
        menu.popup(self.list.viewport().mapToGlobal(pos))

    def open_item(self, name: str) -> None:
        """Images in the in-app viewer; other files in another program."""
        image = self.images.get(name)
        if image is None:
            self.open_elsewhere(name)
            return
        self.services.dialogs.run(ImageViewer(name, image, self.window()))

    def open_elsewhere(self, name: str) -> None:
        entry_id = self.entry_id
        if self.session is None or entry_id is None:
            return
        self.session.call(lambda v: logic.open_copy(v, entry_id, name, self.read_only),
                          lambda path: QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))))

    def save_copy(self, name: str) -> None:
        entry_id = self.entry_id
        if self.session is None or entry_id is None:
            return
        dialogs = self.services.dialogs
        out = dialogs.save_file(self, self.tr("Save a copy of %1").replace("%1", name), Path.home() / name)
        if out is None:
            return
        if not dialogs.confirm(self, self.tr("The copy is not encrypted"), self.tr(
                "The copy at %1 will not be encrypted: anyone who can open that file can read it.").replace(
                    "%1", str(out)), self.tr("Save the copy")):
            return
        self.session.call(lambda v: logic.save_copy(v, entry_id, name, out, self.read_only))

    def remove(self, name: str) -> None:
        entry_id = self.entry_id
        if self.session is None or entry_id is None or self.read_only:
            return
        if not self.services.dialogs.confirm(self, self.tr("Remove the attachment?"), self.tr(
                "Remove %1 from this entry? Older versions of the entry keep it until the entry is deleted.").replace(
                    "%1", name), self.tr("Remove")):
            return
        self.session.call(lambda v: logic.remove(v, entry_id, name), lambda _: self._after_change())

    def pick_files(self) -> None:
        out = self.services.dialogs.open_file(self, self.tr("Attach a file"))
        if out is not None:
            self.add_files([out])

    def add_files(self, paths: list[Path]) -> None:
        entry_id = self.entry_id
        if self.session is None or entry_id is None or self.read_only or not paths:
            return
        self.session.call(lambda v: logic.add_files(v, entry_id, paths), lambda _: self._after_change())

    def _after_change(self) -> None:
        self.reload()
        self.changed.emit()

    def size_text(self, size: int) -> str:
        if size < 1000:
            return self.tr("%n bytes", "", size)
        if size < 1_000_000:
            return self.tr("%1 kB").replace("%1", f"{size / 1000:.1f}")
        return self.tr("%1 MB").replace("%1", f"{size / 1_000_000:.1f}")

    # ------------------------------------------------------------ dropping files

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.DragEnter:
            self.dragEnterEvent(event)  # type: ignore[arg-type]
            return event.isAccepted()
        if event.type() == QEvent.Type.Drop:
            self.dropEvent(event)  # type: ignore[arg-type]
            return True
        return False

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802
        if not self.read_only and self.entry_id is not None and dropped_files(event):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802
        files = dropped_files(event)
        if files:
            event.acceptProposedAction()
            self.add_files(files)
