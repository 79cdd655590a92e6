"""PySide6 looks at each module imported after it; ours keeps no source text while answering the same."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

_PROBE = r"""
import json, linecache, sys
sys.path.insert(0, sys.argv[1])
import PySide6
if sys.argv[2] == "ours":
    import mentorvault.ui._pyside  # installs the lighter check
feature = sys.modules["shibokensupport.feature"]
import uses_qt, plain, no_source_here
print("PROBE " + json.dumps({
    "answers": {name: feature.pyside_feature_dict.get(name) for name in ("uses_qt", "plain", "no_source_here")},
    "kept": sorted(name for name in ("uses_qt", "plain") if any(f.endswith(name + ".py") for f in linecache.cache)),
    "marked": getattr(feature._mod_uses_pyside, "_mentorvault_light", False),
}))
"""


def _probe(tmp_path: Path, which: str) -> dict[str, Any]:
    mods = tmp_path / "mods"
    mods.mkdir(exist_ok=True)
    (mods / "uses_qt.py").write_text("from PySide6.QtCore import QObject\nVALUE = QObject\n" + "# padding\n" * 500)
    (mods / "plain.py").write_text("VALUE = 1\n" + "# padding\n" * 500)
    pkg = mods / "no_source_here"
    pkg.mkdir(exist_ok=True)
    (pkg / "__init__.py").write_text("")  # a package: its __file__ is a .py all the same
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONDONTWRITEBYTECODE="1")
    out = subprocess.run([sys.executable, "-c", _PROBE, str(mods), which], env=env, capture_output=True, text=True,
                         timeout=120, cwd=tmp_path)
    lines = [ln for ln in out.stdout.splitlines() if ln.startswith("PROBE ")]
    assert lines, out.stderr[-2000:]
    result: dict[str, Any] = json.loads(lines[-1][len("PROBE "):])
    return result


def test_the_check_gives_pyside6s_answers_and_keeps_no_source(tmp_path: Path) -> None:
    theirs = _probe(tmp_path, "pyside")
    ours = _probe(tmp_path, "ours")
    assert ours["marked"] is True
    # The same answers: a module naming PySide6 may use its features (0), the others are ignored (-1).
    assert ours["answers"] == theirs["answers"] == {"uses_qt": 0, "plain": -1, "no_source_here": -1}
    assert ours["kept"] == []
    # PySide6's own check keeps each module's lines; when a release stops doing so, ui/_pyside.py can go.
    assert theirs["kept"] == ["plain", "uses_qt"], "PySide6 no longer keeps sources: remove mentorvault/ui/_pyside.py"


def test_the_app_installs_it_before_its_other_window_modules() -> None:
    code = ("import sys, PySide6, linecache\n"
            "import mentorvault.ui.app\n"
            "f = sys.modules['shibokensupport.feature']\n"
            "print(getattr(f._mod_uses_pyside, '_mentorvault_light', False),"
            " sorted(n for n in linecache.cache if 'mentorvault' in n))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120,
                         env=dict(os.environ, QT_QPA_PLATFORM="offscreen"))
    assert out.stdout.strip() == "True []", out.stderr[-2000:]


def test_it_imports_no_qt_and_waits_for_pyside6() -> None:
    code = ("import sys, mentorvault.ui._pyside as p\n"
            "print(sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken'))), p.install())")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert out.stdout.strip() == "[] False", out.stderr[-2000:]


def test_install_is_idempotent_and_keeps_the_original_for_what_it_cannot_read() -> None:
    from mentorvault.ui import _pyside

    feature = sys.modules["shibokensupport.feature"]
    first = feature._mod_uses_pyside
    assert _pyside.install() is True
    assert feature._mod_uses_pyside is first  # not wrapped twice
    assert feature._mod_uses_pyside(sys) is False  # a built-in module: PySide6's own answer (no source)
