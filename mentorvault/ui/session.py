"""An unlocked vault in the window, and the one way widgets call it (through the worker)."""

from __future__ import annotations

import datetime as _dt
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QWidget

from mentorvault.errors import MentorVaultError
from mentorvault.ui.errors import ErrorReporter, describe
from mentorvault.ui.logic.protection import ProtectionGate
from mentorvault.ui.worker import Worker

if TYPE_CHECKING:  # the vault is imported at unlock, not before the first window
    from mentorvault.domain.models import Entry
    from mentorvault.ui.logic.demo import DemoVault
    from mentorvault.vault import DailyBackup, Settings, Vault

T = TypeVar("T")


class Session(QObject):
    """Lives from unlock to lock.  After :meth:`close` no callback reaches a widget."""

    UPKEEP_AFTER_UNLOCK_MS = 10_000
    UPKEEP_AFTER_SAVE_MS = 4_000  # saving paused this long: the user has stopped typing
    UPKEEP_NEXT_SLICE_MS = 1_000
    UPKEEP_SLICE_SECONDS = 0.2  # at least one row, each about 0.1-0.4 s at 10k-50k entries
    BACKUP_AFTER_UNLOCK_MS = 2_000  # the first page is on screen; the day's backup copies beside the user
    BACKUP_WATCH_MS = 1_000

    entrySaved = Signal(object)  # Entry
    entryDeleted = Signal(str)
    partnersChanged = Signal()
    protectionChanged = Signal(bool)  # True while protected entries are shown
    settingsChanged = Signal(object)  # Settings
    backupFailed = Signal(str)  # why the day's automatic backup was not written, in the user's words

    def __init__(self, vault: Vault, folder: Path, worker: Worker, reporter: ErrorReporter,
                 settings: Settings, demo: DemoVault | None = None,
                 today: Callable[[], _dt.date] = _dt.date.today,
                 protection_seconds: float = 300.0, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._vault: Vault | None = vault
        self.folder = folder
        self.worker = worker
        self.reporter = reporter
        self.settings = settings
        self.demo = demo
        self.today = today
        self.remembers_device = vault.keys.remembers_device
        # Facts of this unlock the window shows: a pending rollback warning, and key slots set aside.
        self.rollback_notice = vault.rollback.notice
        self.slot_notes = vault.keys.slot_notes
        self.protection = ProtectionGate(protection_seconds)
        self._protection_timer = QTimer(self)
        self._protection_timer.setSingleShot(True)
        self._protection_timer.timeout.connect(self.hide_protected)
        self.error_parent: QWidget | None = None
        # Edits leave their old search-index rows to be purged later (Vault.tidy_index): do
        # that in short slices once saving has paused, and for earlier sessions' rows soon
        # after unlock.
        self._upkeep_timer = QTimer(self)
        self._upkeep_timer.setSingleShot(True)
        self._upkeep_timer.timeout.connect(self._tidy_index)
        self._upkeep_timer.start(self.UPKEEP_AFTER_UNLOCK_MS)
        self._backup_timer = QTimer(self)
        self._backup_timer.setSingleShot(True)
        self._backup_timer.timeout.connect(self.start_backup)
        self._backup_timer.start(self.BACKUP_AFTER_UNLOCK_MS)
        self._backup_job: DailyBackup | None = None
        self._backup_watch = QTimer(self)  # the job runs on its own thread; its end is looked for here
        self._backup_watch.setInterval(self.BACKUP_WATCH_MS)
        self._backup_watch.timeout.connect(self._check_backup)

    @property
    def is_open(self) -> bool:
        return self._vault is not None

    def call(self, fn: Callable[[Vault], T], done: Callable[[T], Any] | None = None,
             failed: Callable[[BaseException], bool | None] | None = None) -> None:
        """Run ``fn(vault)`` on the worker; ``done(result)`` on the UI thread if still unlocked.

        ``failed(exc)`` may return True to say it handled the error; otherwise it is reported.
        """
        vault = self._vault
        if vault is None:
            return

        def on_success(result: T) -> None:
            if self._vault is vault and done is not None:
                done(result)

        def on_failure(exc: BaseException) -> None:
            if self._vault is not vault:
                return
            if failed is not None and failed(exc):
                return
            self.reporter.report(exc, self.error_parent)

        self.worker.submit(lambda: fn(vault), on_success, on_failure)

    def start_backup(self) -> None:
        """Start the day's automatic backup on its own thread (``Vault.start_daily_backup``).

        Locking cancels it; the next unlock starts it again.  If it cannot be written,
        :attr:`backupFailed` says why (the workspace shows it); older backups are kept.
        """

        if self.demo is not None:
            return  # made up, and deleted at quit: nothing to keep

        def started(job: DailyBackup | None) -> None:
            if job is not None:
                self._backup_job = job
                self._backup_watch.start()

        def failed(exc: BaseException) -> bool:
            if isinstance(exc, MentorVaultError):
                self.backupFailed.emit(describe(exc))
                return True
            return False

        from mentorvault.ui.logic.settings import start_daily_backup

        self.call(start_daily_backup, started, failed)

    def _check_backup(self) -> None:
        job = self._backup_job
        if job is None or not job.finished:
            return
        self._backup_watch.stop()
        self._backup_job = None
        if job.error is not None and self.is_open:
            self.backupFailed.emit(describe(job.error))

    def _tidy_index(self) -> None:
        if self._vault is None:
            return
        if not self.worker.idle:  # the user is doing something: try again shortly
            self._upkeep_timer.start(self.UPKEEP_NEXT_SLICE_MS)
            return

        def done(remaining: int) -> None:
            if remaining and not self._upkeep_timer.isActive():
                self._upkeep_timer.start(self.UPKEEP_NEXT_SLICE_MS)

        from mentorvault.ui.logic.entries import tidy_index

        seconds = self.UPKEEP_SLICE_SECONDS
        self.call(lambda v: tidy_index(v, seconds), done, lambda exc: True)

    def close(self) -> None:
        """Lock: queue ``vault.lock()`` after any pending call and forget the vault."""
        vault, self._vault = self._vault, None
        self.protection.close()
        self._protection_timer.stop()
        self._upkeep_timer.stop()
        self._backup_timer.stop()
        self._backup_watch.stop()
        self._backup_job = None
        if vault is not None:
            self.worker.submit(vault.lock, None, lambda exc: None)

    # ------------------------------------------------------------ protected entries

    def show_protected(self) -> None:
        self.protection.open()
        self._protection_timer.start(int(self.protection.window_seconds * 1000))
        self.protectionChanged.emit(True)

    def hide_protected(self) -> None:
        self.protection.close()
        self._protection_timer.stop()
        self.protectionChanged.emit(False)

    def hides(self, protected: bool) -> bool:
        return self.protection.hides(protected)

    # ------------------------------------------------------------ notifications between views

    def notify_saved(self, entry: Entry) -> None:
        self._upkeep_timer.start(self.UPKEEP_AFTER_SAVE_MS)
        self.entrySaved.emit(entry)

    def notify_deleted(self, entry_id: str) -> None:
        self.entryDeleted.emit(entry_id)
