"""One direction of dependency: only ui/ imports Qt; only crypto/ imports cryptography.hazmat.

And (issue 14) SQL only in storage/, no class over 400 lines, no public core function that
returns a bare dict; each static check has a control test on a small snippet.
"""

from __future__ import annotations

import ast
import json
import re
import subprocess
import sys
from collections.abc import Callable
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
        and "mentorvault.storage.consents" in modules
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


# --- issue 14: SQL only in storage/, small classes, typed results ---------------------------

STORAGE = PACKAGE / "storage"
UI = PACKAGE / "ui"
MAX_CLASS_LINES = 400
EXECUTE_METHODS = frozenset({"execute", "executemany", "executescript"})
# Upper-case keywords only, so English prose ("select the entries from the list") never matches.
SQL_PATTERN = re.compile(
    r"\bSELECT\b[\s\S]*\bFROM\b"
    r"|\bINSERT\s+(?:OR\s+[A-Z]+\s+)?INTO\b"
    r"|\bUPDATE\s+\w+\s+SET\b"
    r"|\bDELETE\s+FROM\b"
    r"|\b(?:CREATE|DROP|ALTER)\s+(?:VIRTUAL\s+|UNIQUE\s+)?(?:TABLE|INDEX|TRIGGER|VIEW)\b"
    r"|\bPRAGMA\s+\w+"
)
DICT_NAMES = frozenset({"dict", "Dict"})


def _docstrings(tree: ast.AST) -> set[int]:
    """The ids of the string constants that are docstrings (prose, not queries)."""
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)) and node.body:
            first = node.body[0]
            if isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant):
                found.add(id(first.value))
    return found


def sql_findings(source: str, name: str = "<snippet>") -> list[str]:
    """``name:line: what`` for each database call and each SQL text in the source."""
    tree = ast.parse(source, filename=name)
    skip = _docstrings(tree)
    hits: list[str] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
            if node.func.attr in EXECUTE_METHODS:
                hits.append(f"{name}:{node.lineno}: .{node.func.attr}() call")
        elif isinstance(node, ast.JoinedStr):
            # an f-string: its text parts, with a placeholder where each value goes
            text = "".join(
                v.value if isinstance(v, ast.Constant) and isinstance(v.value, str) else "?" for v in node.values
            )
            skip.update(id(v) for v in node.values)
            if SQL_PATTERN.search(text):
                hits.append(f"{name}:{node.lineno}: SQL text {text[:50]!r}")
        elif isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in skip:
            if SQL_PATTERN.search(node.value):
                hits.append(f"{name}:{node.lineno}: SQL text {node.value[:50]!r}")
    # ast.walk visits an f-string before its parts, so the parts were skipped in time
    return sorted(set(hits), key=lambda h: (int(h.split(":")[1]), h))


def long_classes(source: str, name: str = "<snippet>", limit: int = MAX_CLASS_LINES) -> list[str]:
    """``name:line: class X is N lines`` for each class (nested ones too) longer than ``limit``."""
    hits = []
    for node in ast.walk(ast.parse(source, filename=name)):
        if isinstance(node, ast.ClassDef):
            assert node.end_lineno is not None
            size = node.end_lineno - node.lineno + 1
            if size > limit:
                hits.append(f"{name}:{node.lineno}: class {node.name} is {size} lines")
    return hits


def _is_dict(annotation: ast.expr | None) -> bool:
    """``dict``, ``Dict``, ``dict[...]``, ``typing.Dict[...]``, a quoted one, or a union/Optional holding one."""
    if annotation is None:
        return False
    if isinstance(annotation, ast.Constant) and isinstance(annotation.value, str):
        try:
            return _is_dict(ast.parse(annotation.value, mode="eval").body)
        except SyntaxError:
            return False
    if isinstance(annotation, ast.BinOp) and isinstance(annotation.op, ast.BitOr):
        return _is_dict(annotation.left) or _is_dict(annotation.right)
    if isinstance(annotation, ast.Subscript):
        outer = annotation.value
        outer_name = outer.attr if isinstance(outer, ast.Attribute) else getattr(outer, "id", "")
        if outer_name in ("Optional", "Union"):
            inner = annotation.slice
            parts = inner.elts if isinstance(inner, ast.Tuple) else [inner]
            return any(_is_dict(p) for p in parts)
        return _is_dict(outer)
    if isinstance(annotation, ast.Name):
        return annotation.id in DICT_NAMES
    if isinstance(annotation, ast.Attribute):
        return annotation.attr in DICT_NAMES
    return False


def dict_returns(source: str, name: str = "<snippet>") -> list[str]:
    """``name:line: qualname`` for each public function or method annotated to return a dict.

    Public: its own name and every enclosing class name lack a leading underscore; functions
    nested in functions are not public.  A JSON document on its way to text is annotated
    ``JSONObject`` (mentorvault/domain/strictjson.py) and is not a finding; a result is a dataclass.
    """
    hits: list[str] = []

    def visit(body: list[ast.stmt], prefix: str) -> None:
        for node in body:
            if isinstance(node, ast.ClassDef) and not node.name.startswith("_"):
                visit(node.body, f"{prefix}{node.name}.")
            elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
                if not node.name.startswith("_") and _is_dict(node.returns):
                    hits.append(f"{name}:{node.lineno}: {prefix}{node.name}")

    visit(ast.parse(source, filename=name).body, "")
    return hits


def _scan(check: Callable[[str, str], list[str]], skip: Path | None = None) -> list[str]:
    found: list[str] = []
    for path in sorted(PACKAGE.rglob("*.py")):
        if skip is not None and skip in path.parents:
            continue
        found += check(path.read_text(encoding="utf-8"), str(path.relative_to(PACKAGE.parent)))
    return found




def test_no_sql_outside_storage() -> None:
    assert _scan(sql_findings, skip=STORAGE) == []


def test_no_class_over_400_lines() -> None:
    assert _scan(long_classes) == []


def test_no_public_core_function_returns_a_bare_dict() -> None:
    assert _scan(dict_returns, skip=UI) == []


def test_the_sql_check_sees_calls_and_query_text() -> None:
    violating = '''
"""Docstrings may say SELECT x FROM y in prose."""
def count(conn, table):
    conn.execute("PRAGMA foreign_keys = ON")
    return conn.executemany(f"SELECT count(*) FROM {table} WHERE id = ?", [])

QUERY = (
    "DELETE FROM entries "
    "WHERE id = ?"
)
NEW = "INSERT OR REPLACE INTO settings VALUES (?, ?)"
SCHEMA = "CREATE VIRTUAL TABLE fts USING fts5(title)"
'''
    assert sql_findings(violating) == [
        "<snippet>:4: .execute() call",
        "<snippet>:4: SQL text 'PRAGMA foreign_keys = ON'",
        "<snippet>:5: .executemany() call",
        "<snippet>:5: SQL text 'SELECT count(*) FROM ? WHERE id = ?'",
        "<snippet>:8: SQL text 'DELETE FROM entries WHERE id = ?'",
        "<snippet>:11: SQL text 'INSERT OR REPLACE INTO settings VALUES (?, ?)'",
        "<snippet>:12: SQL text 'CREATE VIRTUAL TABLE fts USING fts5(title)'",
    ]
    clean = '''
"""SELECT the entries FROM a list: prose in a docstring."""
def label(n: int) -> str:
    """UPDATE entries SET title: also prose."""
    message = "Select the entries to delete from the list, then update and insert into the set."
    return f"{n} selected"
'''
    assert sql_findings(clean) == []


def test_the_class_length_check_counts_lines() -> None:
    body = "\n".join(f"    x{i} = {i}" for i in range(399))
    at_limit = f"class Small:\n{body}\n"  # 400 lines with the header
    assert long_classes(at_limit) == []
    over = f"def f():\n    class Inner:\n    {body.replace(chr(10), chr(10) + '    ')}\n        y = 1\n"
    assert long_classes(over) == ["<snippet>:2: class Inner is 401 lines"]
    assert long_classes("class A:\n    pass\n", limit=1) == ["<snippet>:1: class A is 2 lines"]


def test_the_dict_return_check_sees_each_spelling() -> None:
    violating = '''
from typing import Any, Dict, Optional
import typing

def plain() -> dict: ...
def typed() -> dict[str, Any]: ...
def old() -> Dict[str, int]: ...
def qualified() -> typing.Dict[str, int]: ...
def quoted() -> "dict[str, Any]": ...
def maybe() -> dict[str, Any] | None: ...
def optional() -> Optional[Dict[str, Any]]: ...
class Vault:
    def status(self) -> dict[str, Any]: ...
    async def later(self) -> dict: ...
'''
    assert [h.split(": ")[1] for h in dict_returns(violating)] == [
        "plain", "typed", "old", "qualified", "quoted", "maybe", "optional", "Vault.status", "Vault.later",
    ]
    clean = '''
from typing import Any, Mapping
from mentorvault.domain.strictjson import JSONObject
def status() -> PartnerStatus: ...
def to_json() -> JSONObject: ...
def rows() -> list[dict[str, Any]]: ...
def view() -> Mapping[str, int]: ...
def nothing(): ...
def _private() -> dict[str, Any]: ...
class _Helper:
    def public_name(self) -> dict[str, Any]: ...
class Vault:
    def _row(self) -> dict[str, Any]: ...
    def __repr__(self) -> str: ...
def outer() -> int:
    def inner() -> dict[str, Any]: ...
    return 1
'''
    assert dict_returns(clean) == []
