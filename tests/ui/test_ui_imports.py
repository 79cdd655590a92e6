"""Every UI module imports on its own, and no two UI modules import each other (even lazily)."""

from __future__ import annotations

import ast
import os
import subprocess
import sys
from pathlib import Path

import mentorvault

UI = Path(mentorvault.__file__).resolve().parent / "ui"


def _module_name(path: Path) -> str:
    parts = path.relative_to(UI.parent.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def ui_modules() -> list[str]:
    return sorted(_module_name(p) for p in UI.rglob("*.py"))


def ui_imports(path: Path) -> set[str]:
    """The mentorvault.ui modules ``path`` imports anywhere in its body (top level or inside functions)."""
    found: set[str] = set()
    known = set(ui_modules())
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("mentorvault.ui"):
            for alias in node.names:
                sub = f"{node.module}.{alias.name}"
                found.add(sub if sub in known else node.module)
        elif isinstance(node, ast.Import):
            found.update(a.name for a in node.names if a.name.startswith("mentorvault.ui"))
    return found & known


def find_cycle(graph: dict[str, set[str]]) -> list[str] | None:
    state: dict[str, int] = {}
    stack: list[str] = []

    def visit(node: str) -> list[str] | None:
        state[node] = 1
        stack.append(node)
        for dep in sorted(graph.get(node, ())):
            if dep == node or dep == "mentorvault.ui":
                continue
            if state.get(dep) == 1:
                return stack[stack.index(dep):] + [dep]
            if dep not in state and (cycle := visit(dep)):
                return cycle
        stack.pop()
        state[node] = 2
        return None

    for node in sorted(graph):
        if node not in state and (cycle := visit(node)):
            return cycle
    return None


def test_find_cycle_sees_a_lazy_cycle() -> None:
    graph = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}
    assert find_cycle(graph) == ["a", "b", "c", "a"]
    assert find_cycle({"a": {"b"}, "b": set()}) is None


def test_no_import_cycle_between_ui_modules() -> None:
    graph = {_module_name(p): ui_imports(p) for p in UI.rglob("*.py")}
    # The cycle this guards against: consent imported entrylist for its dates, entrylist consent for its words.
    assert "mentorvault.ui.consent" not in graph["mentorvault.ui.entrylist"]
    assert "mentorvault.ui.entrylist" not in graph["mentorvault.ui.consent"]
    assert find_cycle(graph) is None


def test_wording_imports_no_view() -> None:
    deps = ui_imports(UI / "wording.py")
    assert deps and all(d.startswith("mentorvault.ui.logic.") or d == "mentorvault.ui.context" for d in deps), deps


def test_logic_imports_no_widgets() -> None:
    """Read models and the save machine run on the worker or in plain tests: no widget module, no QtWidgets."""
    for path in (UI / "logic").rglob("*.py"):
        modules = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.module:
                modules.add(node.module)
            elif isinstance(node, ast.Import):
                modules.update(a.name for a in node.names)
        assert not any(m.startswith(("PySide6.QtWidgets", "PySide6.QtGui")) for m in modules), path.name
        assert all(d.startswith("mentorvault.ui.logic") for d in ui_imports(path)), path.name


def test_each_ui_module_imports_alone_in_a_fresh_interpreter() -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(UI.parent.parent))
    procs = {}
    failures = {}
    pending = ui_modules()
    while pending or procs:
        while pending and len(procs) < 4:
            name = pending.pop()
            procs[name] = subprocess.Popen([sys.executable, "-c", f"import {name}"], env=env,
                                           stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        name, proc = next(iter(procs.items()))
        _, err = proc.communicate(timeout=120)
        del procs[name]
        if proc.returncode != 0:
            failures[name] = err.strip().splitlines()[-1:] if err else proc.returncode
    assert failures == {}
