"""Render the main views of the desktop app into PNG files (``make screenshots``).

Usage: python tools/screenshots.py OUTPUT_DIR [--theme light|dark]

Runs the real app on a throwaway demo vault with private settings, so the
user's own vault and preferences are never touched.  Under ``make
screenshots`` it runs inside Xvfb; without a display it falls back to Qt's
offscreen platform.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("MENTORVAULT_KDF_PROFILE", "minimum")  # quick key derivation for a throwaway vault

import mentorvault.ui  # noqa: E402,F401 - the PySide6/Python 3.11 work-around runs first

from PySide6.QtCore import QCoreApplication, QEventLoop, QSettings  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

WIDTH, HEIGHT = 1280, 800


def pump(app: QApplication, seconds: float = 0.15) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)


def wait_for(app: QApplication, condition, timeout: float = 60.0) -> None:  # type: ignore[no-untyped-def]
    end = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > end:
            raise SystemExit("screenshots: timed out waiting for the app")
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)


def save(app: QApplication, widget: QWidget, out: Path, name: str) -> Path:
    pump(app)
    path = out / f"{name}.png"
    widget.grab().save(str(path))
    print(f"wrote {path}")
    return path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("output", type=Path)
    parser.add_argument("--theme", choices=("light", "dark"), default="light")
    args = parser.parse_args(argv)
    out: Path = args.output
    out.mkdir(parents=True, exist_ok=True)
    scratch = Path(tempfile.mkdtemp(prefix="mentorvault-shots-"))
    os.environ["XDG_CONFIG_HOME"] = str(scratch / "config")

    from mentorvault.ui import theme
    from mentorvault.ui.app import make_application
    from mentorvault.ui.dialogs import DialogService
    from mentorvault.ui.history import HistoryDialog
    from mentorvault.ui.mainwindow import MainWindow
    from mentorvault.ui.prefs import Prefs
    from mentorvault.ui.services import Services
    from mentorvault.ui.settings import SettingsDialog
    from mentorvault.ui.sidebar import Target
    from mentorvault.ui.worker import Worker

    app = make_application([sys.argv[0]])
    theme.install(app, args.theme)
    prefs = Prefs(QSettings(str(scratch / "prefs.ini"), QSettings.Format.IniFormat))
    services = Services(worker=Worker(), dialogs=DialogService(), prefs=prefs, watch_session_bus=False)
    window = MainWindow(services)
    window.resize(WIDTH, HEIGHT)
    window.show()
    window.activateWindow()
    suffix = "" if args.theme == "light" else "-dark"
    idle = lambda: services.worker.idle  # noqa: E731
    try:
        save(app, window, out, f"welcome{suffix}")

        # Creating a vault: a passphrase being typed, the meter and its advice.
        window.show_create(Path.home() / "MentorVault")
        view = window.create_view
        view.passphrase.setText("correcthorse")
        view.repeat.setText("correcthorse")
        view.meter.evaluate_now()
        view._update_state()
        save(app, window, out, f"create-vault{suffix}")
        # ...then the recovery key of a throwaway vault, shown once.
        view.folder_edit.setText(str(scratch / "throwaway-vault"))
        view.passphrase.setText("lantern orchard pebble violin")
        view.repeat.setText("lantern orchard pebble violin")
        view.meter.evaluate_now()
        view.create_vault()
        wait_for(app, lambda: idle() and view.stack.currentIndex() == 1)
        save(app, window, out, f"recovery-key{suffix}")
        abandoned = view.abandon()
        if abandoned is not None:
            abandoned.lock()
        view.reset()

        # The demo vault, locked, with a wrong passphrase typed.
        window.open_demo()
        wait_for(app, lambda: window.session is not None and idle())
        demo = window.demo
        window.lock()
        wait_for(app, idle)
        window.unlock_view.passphrase.setText("not the right one")
        window.unlock_view.unlock()
        wait_for(app, lambda: idle() and window.unlock_view.message.isVisible())
        save(app, window, out, f"unlock-wrong-passphrase{suffix}")
        window.unlock_view.passphrase.setText(demo.passphrase)
        window.unlock_view.unlock()
        wait_for(app, lambda: window.session is not None and idle())
        ws = window.workspace
        wait_for(app, lambda: ws.list_model.rowCount() > 0 and idle())

        # Main window: session notes, one open in the editor.
        ws.sidebar.choose(Target("entries", kind="session-note"))
        wait_for(app, lambda: idle() and not ws.list_model.is_fetching and ws.list_model.rowCount() > 0)
        model = ws.list_model
        pick = next(model.summary_at(i) for i in range(model.rowCount()) if "First" in model.summary_at(i).title) \
            if any("First" in model.summary_at(i).title for i in range(model.rowCount())) else model.summary_at(0)
        ws.list_view.select_entry(pick.id, notify=True)
        wait_for(app, lambda: idle() and ws.editor.current_id == pick.id)
        save(app, window, out, f"main-session-note{suffix}")

        # A partner, with the next meeting and an overdue agreement.
        priya = next(p for p in ws.partners if p.name == "Priya")
        ws.sidebar.choose(Target("entries", partner_id=priya.id))
        wait_for(app, lambda: idle() and ws.banner.info is not None)
        save(app, window, out, f"partner{suffix}")

        # Search as you type.
        window.show_search()
        ws.search.query.setText("critique")
        ws.search.run()
        wait_for(app, lambda: idle() and ws.search.model.rowCount() > 0)
        ws.search.results.setCurrentIndex(ws.search.model.index(0))
        wait_for(app, idle)
        save(app, window, out, f"search{suffix}")
        ws.close_search()

        # Goals with progress and wins.
        ws.sidebar.choose(Target("goals"))
        wait_for(app, lambda: idle() and ws.goals.card_widgets)
        save(app, window, out, f"goals{suffix}")

        # Reflect.
        ws.sidebar.choose(Target("reflect"))
        ws.reflect.choose_deck("after-session")
        ws.reflect.answer.setPlainText("That I can ask for what I need before a critique, "
                                       "not after it has gone wrong.")
        save(app, window, out, f"reflect{suffix}")

        # Settings (a dialog over the window).
        dialog = SettingsDialog(window.session, services, args.theme, window)
        dialog.show()
        pump(app, 0.3)
        save(app, dialog, out, f"settings{suffix}")
        dialog.reject()

        # Revision history of an edited entry.
        ws.sidebar.choose(Target("entries"))
        wait_for(app, lambda: idle() and ws.list_model.rowCount() > 0)
        first = ws.list_model.summary_at(0)
        ws.list_view.select_entry(first.id, notify=True)
        wait_for(app, lambda: idle() and ws.editor.current_id == first.id)
        ws.editor.body_edit.setPlainText(ws.editor.body_edit.toPlainText() + "\nAdded after the call.")
        ws.editor.save_now()
        wait_for(app, idle)
        history = HistoryDialog(window.session, first.id, window)
        history.show()
        wait_for(app, lambda: idle() and history.model.rowCount() > 1)
        history.select_revision(1)
        wait_for(app, idle)
        save(app, history, out, f"history{suffix}")
        history.reject()
    finally:
        window.close()
        window.shutdown()
        QCoreApplication.processEvents()
    return 0


if __name__ == "__main__":
    sys.exit(main())
