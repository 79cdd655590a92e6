"""A marker typed into the window never reaches any file in plain text (vault, temp, home, config, cache, logs)."""

from __future__ import annotations

import base64
import os
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt

from mentorvault.ui.sidebar import Target

from uihelpers import files_holding, in_vault, wait_idle

MARKER = "zqxjmarker4417gui"


def _forms(marker: str) -> list[bytes]:
    raw = marker.encode()
    return [raw, marker.encode("utf-16-le"), base64.b64encode(raw)[:16]]


def _roots(tmp_path: Path) -> list[Path]:
    roots = {tmp_path}
    for var in ("TMPDIR", "HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME",
                "XDG_RUNTIME_DIR"):
        if os.environ.get(var):
            roots.add(Path(os.environ[var]))
    return [r for r in roots if r.exists()]


def test_marker_typed_in_the_window_stays_inside_the_vault(unlocked: Any, vault_folder: Path, qtbot: Any,
                                                           services: Any, tmp_path: Path) -> None:
    w = unlocked(vault_folder)
    ws = w.workspace
    ws.sidebar.choose(Target("entries", kind="reflection"))
    wait_idle(qtbot, services)
    qtbot.keyClick(w, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    editor = ws.editor
    qtbot.keyClicks(editor.title_edit, f"Title {MARKER}")
    form = editor.form("reflection")
    prompt = form.widgets["prompt"]
    prompt.setFocus()
    qtbot.keyClicks(getattr(prompt, "edit", prompt), f"Prompt {MARKER}")
    editor.body_edit.setFocus()
    qtbot.keyClicks(editor.body_edit, f"Body {MARKER}")
    qtbot.keyClick(w, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: editor.state == "saved", timeout=10000)
    wait_idle(qtbot, services)
    saved = in_vault(w, lambda v: v.entries.get(editor.current_id))
    assert MARKER in saved.title and MARKER in saved.body and MARKER in saved.fields["prompt"]
    w.show_search()
    ws.search.query.setText(MARKER[:8])
    ws.search.run()
    wait_idle(qtbot, services)
    w.lock()
    wait_idle(qtbot, services)
    services.prefs.sync()

    hits, scanned = files_holding(_roots(tmp_path), _forms(MARKER))
    assert scanned > 3
    assert hits == []
