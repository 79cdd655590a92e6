"""Text copied out of the vault is marked sensitive and does not linger on the clipboard.

When this app puts text on the clipboard, the guard re-publishes it with the
``x-kde-passwordManagerHint: secret`` marker, so clipboard managers (Klipper and
others that honour it) keep no history of it, and clears it after a timeout if
it is still unchanged.  Locking and quitting clear it at once.
"""

from __future__ import annotations

from PySide6.QtCore import QMimeData, QObject, QTimer
from PySide6.QtGui import QClipboard, QGuiApplication

SENSITIVE_MIME = "x-kde-passwordManagerHint"
DEFAULT_CLEAR_MS = 45_000


class ClipboardGuard(QObject):
    def __init__(self, clear_after_ms: int = DEFAULT_CLEAR_MS, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._clipboard: QClipboard = QGuiApplication.clipboard()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(clear_after_ms)
        self._timer.timeout.connect(self.clear_if_ours)
        self._digest: bytes | None = None
        self._rewriting = False
        self._clipboard.dataChanged.connect(self._changed)

    def detach(self) -> None:
        """Stop watching the clipboard (one guard per application)."""
        self._timer.stop()
        self._clipboard.dataChanged.disconnect(self._changed)

    def _owned(self) -> bool:
        # The offscreen platform's clipboard lives inside this process: all of it is ours.
        return self._clipboard.ownsClipboard() or QGuiApplication.platformName() == "offscreen"

    def _text_digest(self) -> bytes:
        import hashlib  # on first copy, not at start-up

        return hashlib.sha256(self._clipboard.text().encode("utf-8", "surrogatepass")).digest()

    def _changed(self) -> None:
        if self._rewriting:
            return
        mime = self._clipboard.mimeData()
        if not self._owned() or mime is None or not mime.hasText():
            self._digest = None  # someone else's text: never touch it
            self._timer.stop()
            return
        if mime.hasFormat(SENSITIVE_MIME):
            # Already marked by someone else (our own rewrite is skipped above): not ours to clear.
            self._digest = None
            self._timer.stop()
            return
        marked = QMimeData()
        marked.setText(mime.text())
        if mime.hasHtml():
            marked.setHtml(mime.html())
        marked.setData(SENSITIVE_MIME, b"secret")
        self._rewriting = True
        try:
            self._clipboard.setMimeData(marked)
        finally:
            self._rewriting = False
        self._digest = self._text_digest()
        self._timer.start()

    def clear_if_ours(self) -> None:
        """Clear the clipboard if it still holds what we put there."""
        self._timer.stop()
        if self._digest is not None and self._owned() and self._text_digest() == self._digest:
            self._rewriting = True
            try:
                self._clipboard.clear()
            finally:
                self._rewriting = False
        self._digest = None
