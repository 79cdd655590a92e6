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
