"""One direction of dependency: only ui/ imports Qt; only crypto/ imports cryptography.hazmat."""

from __future__ import annotations

import ast
import json
import subprocess
import sys
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[2] / "mentorvault"

CORE_PACKAGES = ("domain", "crypto", "storage")


def _core_modules() -> list[str]:
    names = ["mentorvault.vault", "mentorvault.cli", "mentorvault.errors", "mentorvault.devicekeys"]
    for pkg in CORE_PACKAGES:
        for path in sorted((PACKAGE / pkg).rglob("*.py")):
            rel = path.relative_to(PACKAGE.parent).with_suffix("")
            parts = list(rel.parts)
            if parts[-1] == "__init__":
                parts = parts[:-1]
            names.append(".".join(parts))
    return names


def test_core_imports_no_qt_in_a_fresh_interpreter() -> None:
    modules = _core_modules()
    assert (
        len(modules) > 10
        and "mentorvault.crypto.keyslots" in modules
        and "mentorvault.storage.store" in modules
    )
    script = (
        "import importlib, json, sys\n"
        f"for name in {modules!r}:\n"
        "    importlib.import_module(name)\n"
        "from mentorvault.cli import build_parser\n"
        "build_parser()\n"
        "print(json.dumps(sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6', 'PyQt5', 'PyQt6'))))\n"
        "print(json.dumps(sorted(m for m in sys.modules if m.startswith('mentorvault'))))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=120, check=False
    )
    assert result.returncode == 0, result.stderr
    qt_lines, loaded_lines = result.stdout.strip().splitlines()[-2:]
    assert json.loads(qt_lines) == []
    loaded = json.loads(loaded_lines)
    assert set(modules) <= set(loaded)
    assert not any(m.startswith("mentorvault.ui") for m in loaded)


def test_the_check_would_notice_qt() -> None:
    """Control: the same probe sees PySide6 when something does import it."""
    script = "import sys, PySide6.QtCore\nprint(any(m.startswith('PySide6') for m in sys.modules))"
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=120, check=False
    )
    assert result.stdout.strip() == "True", result.stderr


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module)
            found.update(f"{node.module}.{alias.name}" for alias in node.names)
        elif (
            isinstance(node, ast.Call)
            and node.args
            and isinstance(node.args[0], ast.Constant)
            and isinstance(node.args[0].value, str)
        ):
            func = node.func
            name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
            if name in ("import_module", "__import__"):
                found.add(node.args[0].value)
    return found


def _offenders(prefix: str, allowed: Path) -> list[str]:
    bad = []
    for path in sorted(PACKAGE.rglob("*.py")):
        if allowed in path.parents:
            continue
        hits = sorted(m for m in _imports(path) if m == prefix or m.startswith(prefix + "."))
        if hits:
            bad.append(f"{path.relative_to(PACKAGE.parent)}: {', '.join(hits)}")
    return bad


def test_only_ui_imports_qt() -> None:
    assert _offenders("PySide6", PACKAGE / "ui") == []
    assert _offenders("shiboken6", PACKAGE / "ui") == []


def test_only_crypto_imports_hazmat() -> None:
    assert _offenders("cryptography.hazmat", PACKAGE / "crypto") == []


def test_the_static_check_sees_imports() -> None:
    """Control: the AST scan finds each import form."""
    crypto_files = list((PACKAGE / "crypto").rglob("*.py"))
    assert any("cryptography.hazmat.primitives.kdf.argon2" in _imports(p) for p in crypto_files)
    sample = PACKAGE.parent / "tests" / "security" / "test_layering.py"
    assert {"ast", "json", "subprocess"} <= _imports(sample)


def test_domain_imports_nothing_of_the_project_but_domain_and_errors() -> None:
    for path in sorted((PACKAGE / "domain").rglob("*.py")):
        project = {m for m in _imports(path) if m.startswith("mentorvault")}
        assert all(m.startswith(("mentorvault.domain", "mentorvault.errors")) for m in project), (
            path,
            project,
        )
