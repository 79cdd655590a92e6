"""The vault side keeps its shape: SQL only in storage/, small classes, dataclasses not dicts."""

from __future__ import annotations

import ast
import re
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[2] / "mentorvault"
VAULT_SIDE = [*sorted((PACKAGE / "vault").glob("*.py")), PACKAGE / "cli.py", PACKAGE / "platform.py",
              *sorted((PACKAGE / "domain").glob("*.py"))]
SQL = re.compile(r"\.execute(many)?\(|\b(SELECT|INSERT INTO|UPDATE \w+ SET|DELETE FROM|PRAGMA)\b")


def _tree(path: Path) -> ast.Module:
    return ast.parse(path.read_text(encoding="utf-8"))


def test_no_sql_outside_storage_on_the_vault_side() -> None:
    found = []
    for path in VAULT_SIDE:
        for node in ast.walk(_tree(path)):
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and SQL.search(node.value):
                found.append(f"{path.name}:{node.lineno}")
            if isinstance(node, ast.Attribute) and node.attr in ("execute", "executemany"):
                found.append(f"{path.name}:{node.lineno}")
    assert found == []


def test_no_class_over_400_lines_outside_ui() -> None:
    sizes = {}
    for path in PACKAGE.rglob("*.py"):
        if "ui" in path.relative_to(PACKAGE).parts:
            continue
        for node in ast.walk(_tree(path)):
            if isinstance(node, ast.ClassDef):
                sizes[f"{path.relative_to(PACKAGE)}:{node.name}"] = node.end_lineno - node.lineno + 1  # type: ignore[operator]
    assert sizes and max(sizes.values()) <= 400, sorted(sizes.items(), key=lambda kv: -kv[1])[:3]


def test_public_vault_methods_return_no_bare_dict() -> None:
    bare = []
    for path in sorted((PACKAGE / "vault").glob("*.py")):
        for cls in (n for n in _tree(path).body if isinstance(n, ast.ClassDef)):
            for fn in (n for n in cls.body if isinstance(n, ast.FunctionDef) and not n.name.startswith("_")):
                returns = ast.unparse(fn.returns) if fn.returns is not None else ""
                if re.match(r"(builtins\.)?(dict|Dict|Mapping)\b", returns):
                    bare.append(f"{cls.name}.{fn.name} -> {returns}")
    assert bare == []
