"""Reliability tests: print every test's figures (trials, seeds, mechanisms, timings) at the end.

Every conftest.py outside a package is the module ``conftest``; whichever was loaded last
answers ``from conftest import ...`` elsewhere, so offer what the root one offers.
"""

from __future__ import annotations

from typing import Any

from reliability_support import FIGURES, SUMMARY, PASSPHRASE, REPO, RecordingSecretStore, run_cli
from exchange_support import _root_conftest

keyring_works = _root_conftest().keyring_works

__all__ = ["PASSPHRASE", "REPO", "RecordingSecretStore", "run_cli", "keyring_works"]


def pytest_terminal_summary(terminalreporter: Any) -> None:
    if FIGURES and not SUMMARY["printed"]:
        SUMMARY["printed"] = True
        terminalreporter.section("reliability figures")
        for record in FIGURES:
            terminalreporter.write_line(f"{record['test']}: {record['summary']}")
