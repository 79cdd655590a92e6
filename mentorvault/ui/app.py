"""Starting the desktop app: ``run_gui(vault_dir)`` is what ``mentorvault gui`` calls."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget

import mentorvault.ui._pyside  # noqa: F401  first of the window's modules: PySide6 then keeps no source

# isort: split

from mentorvault.ui import theme
from mentorvault.ui.dialogs import DialogService
from mentorvault.ui.errors import apology
from mentorvault.ui.logic import crashlog
from mentorvault.ui.prefs import APPLICATION, ORGANISATION, Prefs

ExceptHook = Callable[[type[BaseException], BaseException, TracebackType | None], None]


def make_excepthook(dialogs: DialogService | None) -> ExceptHook:
    """Log only the exception type and code location, then show a short apology."""

    def hook(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            QCoreApplication.quit()
            return
        crashlog.log_exception(exc_type, tb)
        if dialogs is not None and QApplication.instance() is not None:
            try:
                dialogs.error(None, QCoreApplication.translate("Errors", "Sorry"), apology())
            except Exception:  # noqa: BLE001 - the hook itself must never raise
                pass

    return hook


def install_excepthook(dialogs: DialogService | None) -> ExceptHook:
    hook = make_excepthook(dialogs)
    sys.excepthook = hook

    import threading

    def thread_hook(args: threading.ExceptHookArgs) -> None:
        crashlog.log_exception(args.exc_type, args.exc_traceback)

    threading.excepthook = thread_hook
    return hook


def make_application(argv: list[str] | None = None, language: str | None = None) -> QApplication:
    """The QApplication, in ``language`` (a setting's value; default: the ``view/language`` preference)."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        QCoreApplication.setOrganizationName(ORGANISATION)
        QCoreApplication.setApplicationName(APPLICATION)
        # The style is chosen at construction: setStyle() later would build Python types for
        # QStyle's large enums before the first window (see theme.ThemeManager).
        args = list(argv if argv is not None else [sys.argv[0]])
        app = QApplication([*args[:1], "-style", theme.STYLE, *args[1:]])
        app.setProperty(theme.STYLE_PROPERTY, theme.STYLE)
    app.setApplicationDisplayName("MentorVault")
    app.setDesktopFileName("mentorvault")
    _load_translations(app, language)
    return app


def _load_translations(app: QApplication, choice: str | None) -> None:
    """The language of the last vault opened here (``view/language``), or the system's (see ui/language.py)."""
    from mentorvault.ui import language

    language.install(choice if choice is not None else str(Prefs().get("view/language")), app)


def _open_log_file() -> None:
    import platformdirs  # a few milliseconds the first window need not wait for

    crashlog.configure(Path(platformdirs.user_log_dir("MentorVault", appauthor=False)))


class _AfterFirstExpose(QObject):
    """Runs ``then`` once the window is first on screen: work the first window need not wait for."""

    def __init__(self, window: QWidget, then: Callable[[], None]) -> None:
        super().__init__(window)
        self._then: Callable[[], None] | None = then
        handle = window.windowHandle()
        if handle is None:  # not shown: nothing to wait for
            QTimer.singleShot(0, self._run)
        else:
            handle.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Expose and self._then is not None:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self._run)
        return False

    def _run(self) -> None:
        then, self._then = self._then, None
        if then is not None:
            then()


def run_gui(vault_dir: Path | None = None, *, demo: bool = False, exit_after_ms: int | None = None) -> int:
    """Open the window (on the vault in ``vault_dir`` if given) and run until it closes.

    ``demo`` opens the demo vault straight away; ``exit_after_ms`` closes the window
    after that many milliseconds (a smoke test of an installed or packaged app).
    """
    # The vault does it again when it opens; the passphrase is typed before the vault module
    # is imported, so no core file from here on (mentorvault.platform is light to import).
    from mentorvault.platform import disable_core_dumps
    from mentorvault.ui.mainwindow import MainWindow
    from mentorvault.ui.services import Services
    from mentorvault.ui.worker import Worker

    disable_core_dumps()
    from mentorvault.ui.logic.scratch import sweep

    sweep()  # copies a crash left in the private folder for "Open with…"
    crashlog.configure(None)  # stderr now; the log file once the window is up (_open_log_file)
    app = make_application()
    prefs = Prefs()
    theme.install(app, prefs.get("view/theme"))
    dialogs = DialogService()
    install_excepthook(dialogs)
    services = Services(worker=Worker(), dialogs=dialogs, prefs=prefs)
    window = MainWindow(services, vault_dir)
    window.show()
    _AfterFirstExpose(window, _open_log_file)
    if demo:
        QTimer.singleShot(0, window.open_demo)
    if exit_after_ms is not None:
        QTimer.singleShot(max(0, exit_after_ms), window.close)
    try:
        code = app.exec()
    finally:
        window.shutdown()
        sweep()
    return int(code)
