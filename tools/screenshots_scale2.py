"""Screenshots at twice the scale (``QT_SCALE_FACTOR=2``), to check nothing is clipped on a HiDPI screen.

Usage: QT_SCALE_FACTOR=2 xvfb-run -a -s "-screen 0 2800x1800x24" python tools/screenshots_scale2.py OUTPUT_DIR

Writes main-scale2.png (the window with a note open), editor-scale2.png and
editor-notes-scale2.png (the editor pane, top and bottom, misspelt words underlined),
shortcuts-scale2.png and settings-scale2.png.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_SCALE_FACTOR", "2")
sys.path.insert(0, str(Path(__file__).resolve().parent))

from screenshots import pump, save, wait_for  # noqa: E402

# isort: split

import tempfile  # noqa: E402

from PySide6.QtCore import QCoreApplication, QSettings  # noqa: E402


def main(argv: list[str]) -> int:
    out = Path(argv[0]) if argv else Path("docs/screenshots")
    out.mkdir(parents=True, exist_ok=True)
    scratch = Path(tempfile.mkdtemp(prefix="mentorvault-shots2-"))
    os.environ["XDG_CONFIG_HOME"] = str(scratch / "config")

    from mentorvault.ui import spelling, theme
    from mentorvault.ui.app import make_application
    from mentorvault.ui.dialogs import DialogService
    from mentorvault.ui.help import ShortcutsDialog
    from mentorvault.ui.mainwindow import MainWindow
    from mentorvault.ui.prefs import Prefs
    from mentorvault.ui.services import Services
    from mentorvault.ui.settings import SettingsDialog
    from mentorvault.ui.sidebar import Target
    from mentorvault.ui.worker import Worker

    app = make_application([sys.argv[0]])
    theme.install(app, "light")
    prefs = Prefs(QSettings(str(scratch / "prefs.ini"), QSettings.Format.IniFormat))
    services = Services(worker=Worker(), dialogs=DialogService(), prefs=prefs, watch_session_bus=False)
    window = MainWindow(services)
    window.resize(1280, 800)
    window.show()
    window.activateWindow()
    idle = lambda: services.worker.idle  # noqa: E731
    try:
        window.open_demo()
        wait_for(app, lambda: window.session is not None and idle())
        wait_for(app, lambda: spelling.hub().checker is not None or spelling.hub().status.problem != "")
        ws = window.workspace
        ws.sidebar.choose(Target("entries", kind="session-note"))
        wait_for(app, lambda: idle() and not ws.list_model.is_fetching and ws.list_model.rowCount() > 0)
        first = ws.list_model.summary_at(0)
        ws.list_view.select_entry(first.id, notify=True)
        wait_for(app, lambda: idle() and ws.editor.current_id == first.id)
        body = ws.editor.body_edit
        body.setPlainText(body.toPlainText().rstrip() + "\n\nWe dicussed the next stepps.")
        pump(app, 0.3)
        save(app, window, out, "main-scale2")
        save(app, ws.editor, out, "editor-scale2")
        bar = ws.editor.scroll_area.verticalScrollBar()
        bar.setValue(bar.maximum())
        save(app, ws.editor, out, "editor-notes-scale2")
        dialog = ShortcutsDialog(window, window)
        dialog.show()
        pump(app, 0.3)
        save(app, dialog, out, "shortcuts-scale2")
        dialog.reject()
        settings = SettingsDialog(window.session, services, "light", window)
        settings.show()
        pump(app, 0.3)
        save(app, settings, out, "settings-scale2")
        settings.reject()
    finally:
        window.close()
        window.shutdown()
        QCoreApplication.processEvents()
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
