"""The first window appears before the vault's heavy modules are imported, and the views it does not show are not built."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

from mentorvault import vault as vault_module
from mentorvault.crypto import keyslots
from mentorvault.ui.logic import vaultinfo

HEAVY = ("mentorvault.vault", "mentorvault.exchange", "mentorvault.crypto", "mentorvault.storage", "sqlcipher3",
         "cryptography", "argon2", "pyrage", "mentorvault.ui.workspace", "mentorvault.ui.editor",
         "mentorvault.ui.create", "mentorvault.ui.settings", "mentorvault.resources",
         "PySide6.QtDBus",
         "importlib.metadata", "email", "zstandard",  # About's licences only; the first text to unpack
         # what the first window does not need: error sentences (the first error), the reminders and spell
         # checker (the first unlock), attachments (the first entry with one), the domain's kinds and models
         "mentorvault.ui.error_words", "mentorvault.ui.reminders", "mentorvault.ui.notify", "mentorvault.ui.spelling",
         "mentorvault.ui.logic.spelling", "mentorvault.ui.logic.attachments", "mentorvault.ui.labels",
         "mentorvault.domain")

_PROBE = r"""
import json, sys
from pathlib import Path
from PySide6.QtCore import QTimer
from mentorvault.ui.app import make_application, run_gui

app = make_application()
seen = {}

def look():
    from PySide6.QtWidgets import QApplication
    from mentorvault.ui.mainwindow import MainWindow
    w = next(x for x in QApplication.topLevelWidgets() if isinstance(x, MainWindow))
    seen["view"] = type(w.views.currentWidget()).__name__
    seen["built"] = [type(w.views.widget(i)).__name__ for i in range(w.views.count())]
    seen["modules"] = sorted(m for m in sys.modules if m.startswith(HEAVY))
    seen["help_dialogs"] = "mentorvault.ui.help" in sys.modules  # the Help menu is there, its dialogs are not
    import linecache
    seen["sources_kept"] = sorted(f for f in linecache.cache if "mentorvault" in f)
    app.quit()

HEAVY = tuple(json.loads(sys.argv[2]))
QTimer.singleShot(0, look)
run_gui(Path(sys.argv[1]))
print("PROBE " + json.dumps(seen))
"""


def test_vaultinfo_names_match_the_vault() -> None:
    assert vaultinfo.DB_NAME == vault_module.DB_NAME
    assert vaultinfo.SLOTS_NAME == vault_module.SLOTS_NAME
    assert vaultinfo.MAX_SLOT_FILE == keyslots.MAX_SLOT_FILE


def test_damaged_slot_file_offers_no_device_unlock(tmp_path: Path) -> None:
    (tmp_path / vaultinfo.DB_NAME).write_bytes(b"x")
    for raw in (b"{", b"[]", b'{"slots": 3}', b"\xff", json.dumps({"slots": [{"type": "device"}]}).encode() + b" " * 70000):
        (tmp_path / vaultinfo.SLOTS_NAME).write_bytes(raw)
        assert vaultinfo.unlock_methods(tmp_path) == vaultinfo.UnlockMethods(True, False)
    (tmp_path / vaultinfo.SLOTS_NAME).write_text(json.dumps({"slots": [{"type": "passphrase"}, {"type": "device"}]}))
    assert vaultinfo.unlock_methods(tmp_path).device


def test_unlock_window_comes_up_without_the_vault_modules(vault_folder: Path, tmp_path: Path) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    out = subprocess.run([sys.executable, "-c", _PROBE, str(vault_folder), json.dumps(HEAVY)], env=env,
                         capture_output=True, text=True, timeout=120, cwd=tmp_path)
    lines = [ln for ln in out.stdout.splitlines() if ln.startswith("PROBE ")]
    assert lines, out.stderr[-2000:]
    seen: dict[str, Any] = json.loads(lines[-1][len("PROBE "):])
    assert seen["view"] == "UnlockView"
    assert seen["built"] == ["UnlockView"]
    assert seen["modules"] == []
    assert seen["help_dialogs"] is False
    assert seen["sources_kept"] == []  # PySide6's import check keeps no module's source (ui/_pyside.py)


def test_shipped_paths_match_resources() -> None:
    from mentorvault import resources
    from mentorvault.ui.logic import shipped

    assert shipped.resources_dir() == resources.resources_dir()
    assert shipped.icon_file("lock") == resources.icon_path("lock")
    assert shipped.icon_file("no-such-icon") is None
    assert shipped.icon_file("../lock") is None
