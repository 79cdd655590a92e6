"""The main window's actions, menus and toolbar.

Every action is added to the window too, so its shortcut works wherever the focus is.  The
actions that need an open vault are disabled while it is locked; the toolbar is made at the
first unlock and hidden while locked.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import QObject, QSize, Qt
from PySide6.QtGui import QAction, QIcon, QKeySequence
from PySide6.QtWidgets import QMainWindow, QToolBar, QWidget

from mentorvault.ui import theme

if TYPE_CHECKING:
    from mentorvault.ui.focus import FocusMode
    from mentorvault.ui.services import Services
    from mentorvault.ui.session import Session
    from mentorvault.ui.workspace import Workspace


class WindowCommands(Protocol):
    """What the actions run (``MainWindow``; named here, not imported: no cycle)."""

    session: Session | None
    services: Services

    @property
    def workspace(self) -> Workspace: ...
    def save_now(self) -> None: ...
    def show_search(self) -> None: ...
    def lock(self, reason: str = "manual") -> None: ...
    def show_settings(self) -> None: ...
    def verify_backup(self) -> None: ...
    def restore_backup(self) -> None: ...
    def close(self) -> bool: ...


class WindowActions(QObject):
    def __init__(self, window: QMainWindow, commands: WindowCommands) -> None:
        super().__init__(window)
        self.window = window
        self.commands = commands
        self._build_actions()
        from mentorvault.ui.tray import make_tray

        self.tray = make_tray(window, self.lock_action, self.quit_action)  # None without a system tray
        self._build_menus()
        self.toolbar: QToolBar | None = None  # made at the first unlock (hidden while locked)
        self.vault_actions = [self.new_action, self.save_action, self.search_action, self.lock_action,
                              self.settings_action, self.partner_action, self.protected_action,
                              self.preview_action, self.goals_action, self.reflect_action, self.insights_action,
                              self.focus_action, self.card_action,
                              self.bundle_action, self.import_action, self.notes_import_action,
                              self.new_kind_menu.menuAction(), self.export_action, self.print_action]
        self.set_unlocked(False)

    def _action(self, text: str, shortcut: str | QKeySequence.StandardKey | None = None, icon: str = "",
                slot: Callable[[], Any] | None = None, tip: str = "") -> QAction:
        action = QAction(theme.icon(icon) if icon else QIcon(), text, self.window)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if tip:
            action.setStatusTip(tip)
            action.setToolTip(tip)
        if slot is not None:
            action.triggered.connect(slot)
        self.window.addAction(action)
        return action

    def _build_actions(self) -> None:
        c = self.commands
        self.new_action = self._action(self.tr("&New entry"), "Ctrl+N", "new-entry", lambda: c.workspace.new_entry(),
                                       self.tr("Write a new entry of the kind you are looking at (Ctrl+N)"))
        self.save_action = self._action(self.tr("&Save"), "Ctrl+S", "check", c.save_now,
                                        self.tr("Save the entry now (it also saves by itself)"))
        self.search_action = self._action(self.tr("&Search…"), "Ctrl+F", "search", c.show_search,
                                          self.tr("Search all entries (Ctrl+F)"))
        self.lock_action = self._action(self.tr("&Lock now"), "Ctrl+L", "lock", lambda: c.lock("manual"),
                                        self.tr("Lock the vault now (Ctrl+L)"))
        self.settings_action = self._action(self.tr("Se&ttings…"), "Ctrl+,", "settings", c.show_settings,
                                            self.tr("Locking, backups, this computer, passphrase and theme"))
        self.verify_action = self._action(self.tr("&Verify a backup…"), None, "backup", c.verify_backup,
                                          self.tr("Open a backup read-only and check it fully"))
        self.restore_action = self._action(self.tr("&Restore a backup…"), None, "backup", c.restore_backup,
                                           self.tr("Check a backup fully and restore it into a new vault folder"))
        self.partner_action = self._action(self.tr("Add a &partner…"), None, "partner",
                                           lambda: c.workspace.add_partner())
        self.protected_action = self._action(self.tr("Show &protected entries…"), None, "shield",
                                             lambda: c.workspace.ask_show_protected())
        self.preview_action = self._action(self.tr("&Preview notes"), "Ctrl+Shift+P", "",
                                           lambda: c.workspace.editor.toggle_preview())
        self.goals_action = self._action(self.tr("&Goals"), "Ctrl+G", "goal", lambda: self._go("goals"))
        self.reflect_action = self._action(self.tr("&Reflect"), "Ctrl+R", "prompt", lambda: self._go("reflect"))
        self.insights_action = self._action(self.tr("&Insights"), None, "insights", lambda: self._go("insights"),
                                            self.tr("Patterns over months: mood and energy, goals, meetings, "
                                                    "feedback and tags"))
        self.focus: FocusMode | None = None  # built the first time F11 is pressed
        self.focus_action = self._action(self.tr("&Focus"), "F11", "focus", self._toggle_focus,
                                         self.tr("Write with nothing else on screen (F11; Esc leaves)"))
        self.focus_action.setCheckable(True)
        self.card_action = self._action(self.tr("My &contact card…"), None, "partner",
                                        lambda: c.workspace.exchange.my_card(),
                                        self.tr("Your name, fingerprint and QR code, and saving your card"))
        self.bundle_action = self._action(self.tr("Prepare &bundle for…"), "Ctrl+E", "share",
                                          lambda: c.workspace.exchange.prepare_bundle(),
                                          self.tr("See what will leave, then save an encrypted bundle for a partner"))
        self.import_action = self._action(self.tr("&Import bundle…"), "Ctrl+I", "inbox",
                                          lambda: c.workspace.exchange.import_bundle(),
                                          self.tr("Check a bundle from a partner, then import it into your inbox"))
        self.notes_import_action = self._action(
            self.tr("Import &notes…"), None, "inbox", lambda: _import_notes(c),
            self.tr("Bring in notes from Day One, jrnl or a folder of Markdown files"))
        self.export_action = self._action(self.tr("E&xport notes…"), None, "share", lambda: self._notes_out("export"),
                                          self.tr("Write entries out as PDF, Markdown or JSON (not encrypted)"))
        self.print_action = self._action(self.tr("Print…"), "Ctrl+P", "", lambda: self._notes_out("print"),
                                         self.tr("Print the open entry, or save it as a PDF (Ctrl+P)"))
        self.quit_action = self._action(self.tr("&Quit"), QKeySequence.StandardKey.Quit, "", c.close)
        from mentorvault.ui.edit_menu import EditActions
        from mentorvault.ui.help_menu import HelpActions

        self.edit = EditActions(self.window, self._action)
        self.help = HelpActions(self.window, self._action, lambda dialog: c.services.dialogs.run(dialog))

    def _build_menus(self) -> None:
        bar = self.window.menuBar()
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
        file_menu.addAction(self.notes_import_action)
        file_menu.addSeparator()
        file_menu.addAction(self.export_action)
        file_menu.addAction(self.print_action)
        file_menu.addSeparator()
        file_menu.addAction(self.verify_action)
        file_menu.addAction(self.restore_action)
        file_menu.addAction(self.settings_action)
        file_menu.addSeparator()
        file_menu.addAction(self.lock_action)
        file_menu.addAction(self.quit_action)
        self.edit_menu = bar.addMenu(self.tr("&Edit"))
        self.edit.fill(self.edit_menu, self.search_action)
        view_menu = bar.addMenu(self.tr("&View"))
        view_menu.addAction(self.search_action)
        view_menu.addAction(self.goals_action)
        view_menu.addAction(self.reflect_action)
        view_menu.addAction(self.insights_action)
        view_menu.addAction(self.focus_action)
        view_menu.addAction(self.preview_action)
        view_menu.addSeparator()
        view_menu.addAction(self.protected_action)
        self.help_menu = bar.addMenu(self.tr("&Help"))
        self.help.fill(self.help_menu)

    def _fill_kind_menu(self) -> None:
        if self.kind_actions:
            return
        from mentorvault.domain.kinds import KINDS
        from mentorvault.ui import labels

        for k in KINDS:
            a = self.new_kind_menu.addAction(theme.icon(k), labels.kind_label(k))
            a.triggered.connect(lambda _=False, kind=k: self.commands.workspace.new_entry(kind))
            self.kind_actions.append(a)

    def set_unlocked(self, unlocked: bool) -> None:
        for a in self.vault_actions:
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
        self.window.addToolBar(toolbar)
        self.toolbar = toolbar

    def _notes_out(self, what: str) -> None:
        if self.commands.session is None:
            return
        notes_out = self.commands.workspace.partner_flow.notes_out
        if what == "export":
            notes_out.export_notes()
        else:
            notes_out.print_entry()

    def _toggle_focus(self) -> None:
        if self.focus is None:
            from mentorvault.ui.focus import FocusMode

            self.focus = FocusMode(self.window, lambda: self.commands.workspace)
            self.focus.changed.connect(self.focus_action.setChecked)
        self.focus.toggle()
        self.focus_action.setChecked(self.focus.active)

    def _go(self, view: str) -> None:
        from mentorvault.ui.sidebar import Target

        if self.commands.session is not None:
            self.commands.workspace.sidebar.choose(Target(view))


def _import_notes(commands: WindowCommands) -> None:
    from mentorvault.ui.notes_import import import_notes  # loaded when first used, not at startup

    import_notes(commands)
