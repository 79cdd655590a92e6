"""The shared test helpers of tests/conftest.py, imported reliably.

Every conftest.py outside a package is imported as the module ``conftest`` and pytest drops the
previous one from ``sys.modules`` before loading the next (tests/ui, tests/exchange, ... have
their own), so ``from conftest import ...`` would depend on collection order.  This loads
tests/conftest.py once under its own name (the same name tests/exchange uses, so both share it).
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from typing import Any

_NAME = "mentorvault_tests_root_conftest"


def _root_conftest() -> Any:
    if _NAME in sys.modules:
        return sys.modules[_NAME]
    path = Path(__file__).resolve().parents[1] / "conftest.py"
    spec = importlib.util.spec_from_file_location(_NAME, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[_NAME] = module
    spec.loader.exec_module(module)
    return module


_root = _root_conftest()
PASSPHRASE: str = _root.PASSPHRASE
RecordingSecretStore = _root.RecordingSecretStore
run_cli = _root.run_cli


def counted_merges(monkeypatch: Any) -> list[bool]:
    """Each search-index merge step from now on, as whether it did work (the real step runs)."""
    from mentorvault.storage import index as index_module

    steps: list[bool] = []
    original = index_module.merge_index

    def counting(conn: Any, pages: int = 100) -> bool:
        steps.append(original(conn, pages))
        return steps[-1]

    monkeypatch.setattr(index_module, "merge_index", counting)
    return steps
