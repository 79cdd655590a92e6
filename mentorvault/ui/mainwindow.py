"""The one top-level window: welcome, create, unlock and the workspace, with menus and shortcuts
(the actions, menus and toolbar: ``mainwindow_actions``).

The window title never carries entry content: it is "MentorVault", with
"Locked" or "Demo" added.  Locking saves pending edits, closes any open dialog,
clears every model and editor, closes the vault and shows the unlock view.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QSize, QTimer
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QApplication, QDialog, QMainWindow, QStackedWidget, QWidget

from mentorvault.errors import MentorVaultError
from mentorvault.ui import theme
from mentorvault.ui.clipboard import ClipboardGuard
from mentorvault.ui.errors import describe
from mentorvault.ui.locking import IdleWatcher, SessionWatcher
from mentorvault.ui.logic.vaultinfo import vault_exists
from mentorvault.ui.mainwindow_actions import WindowActions
from mentorvault.ui.services import Services
from mentorvault.ui.unlock import UnlockView

if TYPE_CHECKING:
    # Imported when first needed: the first window (unlock or welcome) must not wait for the
    # workspace's views, the vault's crypto and SQLCipher, or the create and settings views.
    from mentorvault.ui.create import CreateVaultView
    from mentorvault.ui.logic.demo import DemoVault
    from mentorvault.ui.reminders import ReminderPump
    from mentorvault.ui.session import Session
    from mentorvault.ui.welcome import WelcomeView
    from mentorvault.ui.workspace import Workspace
    from mentorvault.vault import Settings, Vault


def _forwarded(part: str, name: str) -> Any:
    """A read-only property reaching ``self.<part>.<name>``."""
    return property(lambda self: getattr(getattr(self, part), name))


def _start_spelling(session: Session) -> None:
    """The spell checker follows the open vault and its settings (its dictionary opens at the first text)."""
    from mentorvault.ui import spelling

    spelling.hub().start(session)
    session.settingsChanged.connect(lambda _settings, s=session: spelling.hub().start(s))


def _forget_unlocked_state() -> None:
    """At lock: the personal words, and the attachments opened in other programs, leave memory with the vault."""
    from mentorvault.ui import spelling
    from mentorvault.ui.logic import scratch

    spelling.hub().stop()
    scratch.sweep()


class MainWindow(QMainWindow):
    def __init__(self, services: Services, start_folder: Path | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.session: Session | None = None
        self.demo: DemoVault | None = None
        self.folder: Path | None = None
        self.lock_reason = ""
        self.clipboard_guard = ClipboardGuard(parent=self)
        self.setWindowIcon(theme.icon("mentorvault"))
        self.setMinimumSize(QSize(900, 600))
        self.resize(1280, 820)

        self.views = QStackedWidget()
        self.setCentralWidget(self.views)
        # Each view is built the first time it is shown (or asked for): see the properties below.
        self._welcome: WelcomeView | None = None
        self._create_view: CreateVaultView | None = None
        self._unlock_view: UnlockView | None = None
        self._workspace: Workspace | None = None

        self.window_actions = WindowActions(self, self)
        app = QApplication.instance()
        assert app is not None
        self.idle = IdleWatcher(app, self)
        self.idle.idle.connect(lambda: self.lock("idle"))
        self.session_watcher = SessionWatcher(self)
        self.session_watcher.lockRequested.connect(self.lock)
        self._watching_session_bus = False  # subscribed at the first unlock: nothing to lock before it
        self._reminder_pump: ReminderPump | None = None  # made at the first unlock

        geometry = services.prefs.get("window/geometry")
        if not geometry.isEmpty():
            self.restoreGeometry(geometry)
        self._start(start_folder)

    # ------------------------------------------------------------ views, built on first use

    @property
    def welcome(self) -> WelcomeView:
        if self._welcome is None:
            from mentorvault.ui.welcome import WelcomeView
            from mentorvault.ui.widgets import Busy

            self._welcome = WelcomeView()
            self.welcome_busy = Busy()
            welcome_layout = self._welcome.layout()
            assert welcome_layout is not None
            welcome_layout.addWidget(self.welcome_busy)
            self._welcome.createRequested.connect(self.show_create)
            self._welcome.openRequested.connect(self.choose_folder)
            self._welcome.demoRequested.connect(self.open_demo)
            self._welcome.recentChosen.connect(self.show_unlock)
            self.views.addWidget(self._welcome)
        return self._welcome

    @property
    def create_view(self) -> CreateVaultView:
        if self._create_view is None:
            from mentorvault.ui.create import CreateVaultView

            self._create_view = CreateVaultView(self.services)
            self._create_view.back.connect(self.show_welcome)
            self._create_view.created.connect(lambda vault, folder: self.start_session(vault, folder))
            self.views.addWidget(self._create_view)
        return self._create_view

    @property
    def unlock_view(self) -> UnlockView:
        if self._unlock_view is None:
            self._unlock_view = UnlockView(self.services)
            self._unlock_view.unlocked.connect(lambda vault, folder: self.start_session(
                vault, folder, self.demo, recovered=self.unlock_view.used_recovery_key))
            self._unlock_view.unlockStarted.connect(self._prepare_workspace)
            self._unlock_view.back.connect(self.show_welcome)
            self.views.addWidget(self._unlock_view)
        return self._unlock_view

    @property
    def reminder_pump(self) -> ReminderPump:  # exchange folders and reminders, made at the first unlock
        if self._reminder_pump is None:
            from mentorvault.ui.reminders import ReminderPump

            self._reminder_pump = ReminderPump(lambda text: self.workspace.notices.show_reminder(text), parent=self)
        return self._reminder_pump

    @property
    def workspace(self) -> Workspace:
        if self._workspace is None:
            from mentorvault.ui.workspace import Workspace

            self._workspace = Workspace(self.services)
            self._workspace.settingsRequested.connect(self.show_settings)
            prefs = self.services.prefs
            self._workspace.restore_state(prefs.get("window/main_splitter"), prefs.get("window/browse_splitter"))
            self.views.addWidget(self._workspace)
        return self._workspace

    def _prepare_workspace(self) -> None:
        """While the key is derived on the worker, build the workspace the unlock will show."""
        if self._workspace is None:
            QTimer.singleShot(0, lambda: self.workspace)

    # ------------------------------------------------------------ actions and menus (see mainwindow_actions)

    # The actions, under the names callers and tests have always used.
    new_action = _forwarded("window_actions", "new_action")
    save_action = _forwarded("window_actions", "save_action")
    search_action = _forwarded("window_actions", "search_action")
    lock_action = _forwarded("window_actions", "lock_action")
    settings_action = _forwarded("window_actions", "settings_action")
    verify_action = _forwarded("window_actions", "verify_action")
    restore_action = _forwarded("window_actions", "restore_action")
    partner_action = _forwarded("window_actions", "partner_action")
    protected_action = _forwarded("window_actions", "protected_action")
    preview_action = _forwarded("window_actions", "preview_action")
    goals_action = _forwarded("window_actions", "goals_action")
    reflect_action = _forwarded("window_actions", "reflect_action")
    card_action = _forwarded("window_actions", "card_action")
    bundle_action = _forwarded("window_actions", "bundle_action")
    import_action = _forwarded("window_actions", "import_action")
    quit_action = _forwarded("window_actions", "quit_action")
    new_kind_menu = _forwarded("window_actions", "new_kind_menu")
    kind_actions = _forwarded("window_actions", "kind_actions")
    toolbar = _forwarded("window_actions", "toolbar")

    def _set_unlocked(self, unlocked: bool) -> None:
        self.window_actions.set_unlocked(unlocked)

    # ------------------------------------------------------------ views

    def _update_title(self) -> None:
        title = "MentorVault"
        if self._unlock_view is not None and self.views.currentWidget() is self._unlock_view:
            title = self.tr("MentorVault — Locked")
        elif self.session is not None and self.session.demo is not None:
            title = self.tr("MentorVault — Demo")
        self.setWindowTitle(title)

    def _show(self, view: QWidget) -> None:
        self.views.setCurrentWidget(view)
        self._update_title()
        focus = getattr(view, "focus_first", None)
        if focus is not None:
            focus()

    def _start(self, folder: Path | None) -> None:
        if folder is not None:
            folder = folder.expanduser()
            if vault_exists(folder):
                self.show_unlock(folder)
            else:
                self.show_create(folder)
            return
        last = self.services.prefs.last_folder
        if last is not None and vault_exists(last):
            self.show_unlock(last)
        else:
            self.show_welcome()

    def show_welcome(self) -> None:
        self.welcome.set_recent([f for f in self.services.prefs.recent_folders() if vault_exists(f)])
        self._discard_demo_if_locked()
        self._show(self.welcome)

    def show_create(self, folder: Path | None = None) -> None:
        self.create_view.reset()
        if isinstance(folder, Path):
            self.create_view.folder_edit.setText(str(folder))
        self._show(self.create_view)

    def show_unlock(self, folder: Path) -> None:
        if self.demo is not None and folder != self.demo.folder:
            self._discard_demo_if_locked()
        self.folder = folder
        self.unlock_view.set_folder(folder, self.demo if self.demo and folder == self.demo.folder else None)
        self._show(self.unlock_view)

    def choose_folder(self) -> None:
        folder = self.services.dialogs.open_folder(self, self.tr("Open a vault folder"),
                                                   self.services.prefs.last_folder)
        if folder is None:
            return
        if not vault_exists(folder):
            self.services.dialogs.error(self, self.tr("No vault there"), self.tr(
                "There is no MentorVault vault in %1. Pick the folder that holds vault.db and keyslots.json, "
                "or create a new vault.").replace("%1", str(folder)))
            return
        self.show_unlock(folder)

    def open_demo(self) -> None:
        if self.demo is not None:
            self.show_unlock(self.demo.folder)
            return
        from mentorvault.ui.logic.demo import build_demo_vault

        self.welcome.setEnabled(False)
        self.welcome_busy.setEnabled(True)
        self.welcome_busy.start(self.tr("Setting up the demo vault…"))

        def done(demo: DemoVault) -> None:
            self.welcome.setEnabled(True)
            self.welcome_busy.stop()
            self.demo = demo
            self.start_session(demo.vault, demo.folder, demo)

        def failed(exc: BaseException) -> None:
            self.welcome.setEnabled(True)
            self.welcome_busy.stop()
            self.services.reporter.report(exc, self)

        self.services.worker.submit(build_demo_vault, done, failed)

    def _discard_demo_if_locked(self) -> None:
        if self.demo is not None and self.session is None:
            demo, self.demo = self.demo, None
            self.services.worker.submit(demo.discard, None, lambda exc: None)

    # ------------------------------------------------------------ session

    def start_session(self, vault: Vault, folder: Path, demo: DemoVault | None = None,
                      recovered: bool = False) -> None:
        """Show the workspace on an unlocked vault; ``recovered``: it was opened with the recovery key."""
        from mentorvault.ui.logic.settings import read_settings
        from mentorvault.ui.session import Session

        def begin(settings: Settings) -> None:
            self.folder = folder
            if demo is None:
                self.services.prefs.remember_folder(folder)
                self._remember_language(settings)
            session = Session(vault, folder, self.services.worker, self.services.reporter, settings, demo,
                              today=self.services.today, protection_seconds=self.services.protection_seconds,
                              parent=self)
            self.session = session
            self.lock_reason = ""
            self.workspace.set_session(session)
            _start_spelling(session)
            if recovered:
                self.workspace.notices.offer_new_passphrase()
            self._set_unlocked(True)
            self._show(self.workspace)
            self.workspace.list_view.setFocus()
            self._start_idle()
            self.reminder_pump.start(session)
            if self.services.watch_session_bus and not self._watching_session_bus:
                self._watching_session_bus = True
                self.session_watcher.start()

        def failed(exc: BaseException) -> None:
            self.services.worker.submit(vault.lock, None, lambda e: None)
            self.services.reporter.report(exc, self)

        self.services.worker.submit(lambda: read_settings(vault), begin, failed)

    def _remember_language(self, settings: Settings) -> None:
        """The vault's language is the one the next start uses, before any vault is unlocked."""
        prefs = self.services.prefs
        if prefs.get("view/language") != settings.language:
            prefs.set("view/language", settings.language)
            prefs.sync()

    def _start_idle(self) -> None:
        if self.session is None:
            return
        ms = self.services.idle_ms
        if ms is None:
            ms = self.session.settings.idle_lock_minutes * 60_000
        self.idle.start(ms)

    def lock(self, reason: str = "manual") -> None:
        session = self.session
        if session is None:
            return
        self.lock_reason = reason
        self.clipboard_guard.clear_if_ours()
        workspace = self._workspace
        if workspace is not None:
            workspace.flush()
        for w in QApplication.topLevelWidgets():
            if isinstance(w, QDialog) and w.isVisible():
                w.reject()
        self.session = None
        if self._reminder_pump is not None:
            self._reminder_pump.stop()
        self.idle.stop()
        if workspace is not None:
            workspace.clear()
        session.close()
        session.deleteLater()
        _forget_unlocked_state()
        self._set_unlocked(False)
        if self.folder is not None:
            self.show_unlock(self.folder)
        else:
            self.show_welcome()

    # ------------------------------------------------------------ commands

    def save_now(self) -> None:
        if self._workspace is not None:
            self._workspace.flush()

    def show_search(self) -> None:
        self.workspace.show_search()

    def show_settings(self) -> None:
        session = self.session
        if session is None:
            return
        from mentorvault.ui.settings import SettingsDialog

        mode = self.services.prefs.get("view/theme")
        dialog = SettingsDialog(session, self.services, mode, self)
        accepted = self.services.dialogs.run(dialog)
        values = dialog.values()
        dialog.deleteLater()
        if not accepted or self.session is not session:
            return
        if values.theme != mode:
            self.services.prefs.set("view/theme", values.theme)
            theme.manager().apply(values.theme)

        def done(settings: Settings) -> None:
            session.settings = settings
            if session.demo is None:
                self._remember_language(settings)
            session.settingsChanged.emit(settings)
            self._start_idle()

        def failed(exc: BaseException) -> bool:
            if isinstance(exc, MentorVaultError):
                self.services.dialogs.error(self, self.tr("Settings not saved"), describe(exc))
                return True
            return False

        from mentorvault.ui.logic.settings import save_settings

        session.call(lambda v: save_settings(v, values), done, failed)

    def verify_backup(self) -> None:
        from mentorvault.ui.settings import verify_backup

        verify_backup(self.services, self.folder, self)

    def restore_backup(self) -> None:
        """Restore the newest automatic backup (or any) into a new folder, then offer to unlock it."""
        from mentorvault.ui.settings import restore_backup

        restored = restore_backup(self.services, self.folder, self)
        if restored is not None and self.session is None:
            self.show_unlock(restored)

    # ------------------------------------------------------------ window events

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        super().changeEvent(event)
        if (event.type() == QEvent.Type.WindowStateChange and self.isMinimized() and self.session is not None
                and self.session.settings.lock_on_minimise):
            self.lock("minimise")

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        prefs = self.services.prefs
        prefs.set("window/geometry", self.saveGeometry())
        if self._workspace is not None:  # never built: the saved splitter sizes stay as they were
            main, browse = self._workspace.save_state()
            prefs.set("window/main_splitter", main)
            prefs.set("window/browse_splitter", browse)
        prefs.sync()
        if self.session is not None:
            self.lock("quit")
        abandoned = self._create_view.abandon() if self._create_view is not None else None
        if abandoned is not None:
            self.services.worker.submit(abandoned.lock, None, lambda e: None)
        self.idle.stop()
        event.accept()

    def shutdown(self) -> None:
        """After the event loop: finish queued vault calls, then delete the demo vault."""
        self.clipboard_guard.clear_if_ours()
        self.services.worker.shutdown(wait=True)
        if self.demo is not None:
            self.demo.discard()
            self.demo = None
