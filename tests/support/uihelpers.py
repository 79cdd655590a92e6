"""Helpers shared by the UI tests (kept out of conftest.py so tests can import them by name)."""

from __future__ import annotations

from typing import Any

PASSPHRASE = "correct horse battery staple"


def wait_idle(qtbot: Any, services: Any, timeout: int = 20000) -> None:
    """Wait until every queued vault call has run and its callback has reached the UI thread."""
    qtbot.waitUntil(lambda: services.worker.idle, timeout=timeout)


def in_vault(window: Any, fn: Any) -> Any:
    """Run ``fn(vault)`` on the app's worker thread (where vault calls belong) and return its result."""
    vault = window.session._vault
    return window.services.worker.run_blocking(lambda: fn(vault))


def files_holding(roots: Any, needles: list[bytes]) -> tuple[list[str], int]:
    """The regular files under ``roots`` that hold any of ``needles``, and how many files were read
    (the window's leak tests: a marker typed or attached must be found in none)."""
    hits, scanned = [], 0
    for root in roots:
        for path in root.rglob("*"):
            if not path.is_file() or path.is_symlink():
                continue
            try:
                data = path.read_bytes()
            except OSError:
                continue
            scanned += 1
            if any(needle in data for needle in needles):
                hits.append(str(path))
    return hits, scanned
