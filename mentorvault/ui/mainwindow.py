"""The one top-level window: welcome, create, unlock and the workspace, with menus and shortcuts.

The window title never carries entry content: it is "MentorVault", with
"Locked" or "Demo" added.  Locking saves pending edits, closes any open dialog,
clears every model and editor, closes the vault and shows the unlock view.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QSize, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QIcon, QKeySequence
from PySide6.QtWidgets import QApplication, QDialog, QMainWindow, QStackedWidget, QToolBar, QWidget

from mentorvault.errors import MentorVaultError
from mentorvault.ui import theme
from mentorvault.ui.clipboard import ClipboardGuard
from mentorvault.ui.errors import describe
from mentorvault.ui.locking import IdleWatcher, SessionWatcher
from mentorvault.ui.logic.vaultinfo import vault_exists
from mentorvault.ui.services import Services
from mentorvault.ui.unlock import UnlockView

if TYPE_CHECKING:
    # Imported when first needed: the first window (unlock or welcome) must not wait for the
    # workspace's views, the vault's crypto and SQLCipher, or the create and settings views.
    from mentorvault.ui.create import CreateVaultView
    from mentorvault.ui.logic.demo import DemoVault
    from mentorvault.ui.session import Session
    from mentorvault.ui.welcome import WelcomeView
    from mentorvault.ui.widgets import Busy
    from mentorvault.ui.workspace import Workspace
    from mentorvault.vault import Settings, Vault


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

        self._build_actions()
        app = QApplication.instance()
        assert app is not None
        self.idle = IdleWatcher(app, self)
        self.idle.idle.connect(lambda: self.lock("idle"))
        self.session_watcher = SessionWatcher(self)
        self.session_watcher.lockRequested.connect(self.lock)
        self._watching_session_bus = False  # subscribed at the first unlock: nothing to lock before it

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
            self._welcome.layout().addWidget(self.welcome_busy)
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
            self._unlock_view.unlocked.connect(lambda vault, folder: self.start_session(vault, folder, self.demo))
            self._unlock_view.unlockStarted.connect(self._prepare_workspace)
            self._unlock_view.back.connect(self.show_welcome)
            self.views.addWidget(self._unlock_view)
        return self._unlock_view

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

    # ------------------------------------------------------------ actions and menus

    def _action(self, text: str, shortcut: str | QKeySequence.StandardKey | None = None, icon: str = "",
                slot=None, tip: str = "") -> QAction:  # type: ignore[no-untyped-def]
        action = QAction(theme.icon(icon) if icon else QIcon(), text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if tip:
            action.setStatusTip(tip)
            action.setToolTip(tip)
        if slot is not None:
            action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        self.new_action = self._action(self.tr("&New entry"), "Ctrl+N", "new-entry", lambda: self.workspace.new_entry(),
                                       self.tr("Write a new entry of the kind you are looking at (Ctrl+N)"))
        self.save_action = self._action(self.tr("&Save"), "Ctrl+S", "check", self.save_now,
                                        self.tr("Save the entry now (it also saves by itself)"))
        self.search_action = self._action(self.tr("&Search…"), "Ctrl+F", "search", self.show_search,
                                          self.tr("Search all entries (Ctrl+F)"))
        self.lock_action = self._action(self.tr("&Lock now"), "Ctrl+L", "lock", lambda: self.lock("manual"),
                                        self.tr("Lock the vault now (Ctrl+L)"))
        self.settings_action = self._action(self.tr("Se&ttings…"), "Ctrl+,", "settings", self.show_settings,
                                            self.tr("Locking, backups, this computer, passphrase and theme"))
        self.verify_action = self._action(self.tr("&Verify a backup…"), None, "backup", self.verify_backup,
                                          self.tr("Open a backup read-only and check it fully"))
        self.restore_action = self._action(self.tr("&Restore a backup…"), None, "backup", self.restore_backup,
                                           self.tr("Check a backup fully and restore it into a new vault folder"))
        self.partner_action = self._action(self.tr("Add a &partner…"), None, "partner",
                                           lambda: self.workspace.add_partner())
        self.protected_action = self._action(self.tr("Show &protected entries…"), None, "shield",
                                             lambda: self.workspace.ask_show_protected())
        self.preview_action = self._action(self.tr("&Preview notes"), "Ctrl+Shift+P", "",
                                           lambda: self.workspace.editor.toggle_preview())
        self.goals_action = self._action(self.tr("&Goals"), "Ctrl+G", "goal", lambda: self._go("goals"))
        self.reflect_action = self._action(self.tr("&Reflect"), "Ctrl+R", "prompt", lambda: self._go("reflect"))
        self.card_action = self._action(self.tr("My &contact card…"), None, "partner",
                                        lambda: self.workspace.exchange.my_card(),
                                        self.tr("Your name, fingerprint and QR code, and saving your card"))
        self.bundle_action = self._action(self.tr("Prepare &bundle for…"), "Ctrl+E", "share",
                                          lambda: self.workspace.exchange.prepare_bundle(),
                                          self.tr("See what will leave, then save an encrypted bundle for a partner"))
        self.import_action = self._action(self.tr("&Import bundle…"), "Ctrl+I", "inbox",
                                          lambda: self.workspace.exchange.import_bundle(),
                                          self.tr("Check a bundle from a partner, then import it into your inbox"))
        self.quit_action = self._action(self.tr("&Quit"), QKeySequence.StandardKey.Quit, "", self.close)

        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        self.new_kind_menu = file_menu.addMenu(theme.icon("new-entry"), self.tr("New entry of kind"))
        self.new_kind_menu.aboutToShow.connect(self._fill_kind_menu)  # the kinds are read when first opened
        self.kind_actions: list[QAction] = []
        file_menu.addAction(self.new_action)
        file_menu.addAction(self.save_action)
        file_menu.addSeparator()
        file_menu.addAction(self.partner_action)
        file_menu.addAction(self.card_action)
        file_menu.addAction(self.bundle_action)
        file_menu.addAction(self.import_action)
        file_menu.addSeparator()
        file_menu.addAction(self.verify_action)
        file_menu.addAction(self.restore_action)
        file_menu.addAction(self.settings_action)
        file_menu.addSeparator()
        file_menu.addAction(self.lock_action)
        file_menu.addAction(self.quit_action)
        view_menu = bar.addMenu(self.tr("&View"))
        view_menu.addAction(self.search_action)
        view_menu.addAction(self.goals_action)
        view_menu.addAction(self.reflect_action)
        view_menu.addAction(self.preview_action)
        view_menu.addSeparator()
        view_menu.addAction(self.protected_action)

        self.toolbar: QToolBar | None = None  # made at the first unlock (hidden while locked)
        self._vault_actions = [self.new_action, self.save_action, self.search_action, self.lock_action,
                               self.settings_action, self.partner_action, self.protected_action,
                               self.preview_action, self.goals_action, self.reflect_action, self.card_action,
                               self.bundle_action, self.import_action, self.new_kind_menu.menuAction()]
        self._set_unlocked(False)

    def _fill_kind_menu(self) -> None:
        if self.kind_actions:
            return
        from mentorvault.domain.kinds import KINDS
        from mentorvault.ui import labels

        for k in KINDS:
            a = self.new_kind_menu.addAction(theme.icon(k), labels.kind_label(k))
            a.triggered.connect(lambda _=False, kind=k: self.workspace.new_entry(kind))
            self.kind_actions.append(a)

    def _set_unlocked(self, unlocked: bool) -> None:
        for a in self._vault_actions:
            a.setEnabled(unlocked)
        if unlocked and self.toolbar is None:
            self._build_toolbar()
        if self.toolbar is not None:
            self.toolbar.setVisible(unlocked)

    def _build_toolbar(self) -> None:
        toolbar = QToolBar(self.tr("Main toolbar"))
        toolbar.setObjectName("main-toolbar")
        toolbar.setMovable(False)
        toolbar.setIconSize(QSize(20, 20))
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        toolbar.setAccessibleName(self.tr("Main toolbar"))
        for a in (self.new_action, self.search_action, self.bundle_action, self.import_action):
            toolbar.addAction(a)
        spacer = QWidget()
        spacer.setSizePolicy(spacer.sizePolicy().Policy.Expanding, spacer.sizePolicy().Policy.Preferred)
        toolbar.addWidget(spacer)
        for a in (self.settings_action, self.lock_action):
            toolbar.addAction(a)
        self.addToolBar(toolbar)
        self.toolbar = toolbar

    def _go(self, view: str) -> None:
        from mentorvault.ui.sidebar import Target

        if self.session is not None:
            self.workspace.sidebar.choose(Target(view))

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

    def start_session(self, vault: Vault, folder: Path, demo: DemoVault | None = None) -> None:
        from mentorvault.ui.session import Session

        def begin(settings: Settings) -> None:
            self.folder = folder
            if demo is None:
                self.services.prefs.remember_folder(folder)
            session = Session(vault, folder, self.services.worker, self.services.reporter, settings, demo,
                              today=self.services.today, protection_seconds=self.services.protection_seconds,
                              parent=self)
            self.session = session
            self.lock_reason = ""
            self.workspace.set_session(session)
            self._set_unlocked(True)
            self._show(self.workspace)
            self.workspace.list_view.setFocus()
            self._start_idle()
            if self.services.watch_session_bus and not self._watching_session_bus:
                self._watching_session_bus = True
                self.session_watcher.start()

        def failed(exc: BaseException) -> None:
            self.services.worker.submit(vault.lock, None, lambda e: None)
            self.services.reporter.report(exc, self)

        self.services.worker.submit(vault.settings.get, begin, failed)

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
        self.idle.stop()
        if workspace is not None:
            workspace.clear()
        session.close()
        session.deleteLater()
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
            session.settingsChanged.emit(settings)
            self._start_idle()

        def failed(exc: BaseException) -> bool:
            if isinstance(exc, MentorVaultError):
                self.services.dialogs.error(self, self.tr("Settings not saved"), describe(exc))
                return True
            return False

        session.call(lambda v: v.settings.update(
            idle_lock_minutes=values.idle_lock_minutes, lock_on_minimise=values.lock_on_minimise,
            backup_dir=values.backup_dir, backup_keep=values.backup_keep), done, failed)

    def verify_backup(self) -> None:
        from mentorvault.ui.settings import VerifyBackupDialog

        start = (self.folder / "backups") if self.folder else None
        dialog = VerifyBackupDialog(self.services, start, self)
        self.services.dialogs.run(dialog)
        dialog.deleteLater()

    def restore_backup(self) -> None:
        """Restore the newest automatic backup (or any) into a new folder, then offer to unlock it."""
        from mentorvault.ui.settings import RestoreBackupDialog

        start = (self.folder / "backups") if self.folder else None
        target = self.folder.with_name(self.folder.name + "-restored") if self.folder else None
        dialog = RestoreBackupDialog(self.services, start, target, self)
        if self.folder is not None:
            from mentorvault.vault import Vault

            newest = Vault.find_backups(self.folder)
            if newest:
                dialog.file.setText(str(newest[0]))
        accepted = self.services.dialogs.run(dialog)
        restored = dialog.restored
        dialog.deleteLater()
        if accepted and restored is not None and self.session is None:
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
