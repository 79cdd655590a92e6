"""Fuzz tests: print their figures at the end (shared with tests/reliability).

Every conftest.py outside a package is the module ``conftest``; whichever was loaded last
answers ``from conftest import ...`` elsewhere, so offer what the root one offers.
"""

from __future__ import annotations

from reliability_support import PASSPHRASE, REPO, RecordingSecretStore, print_figures, run_cli  # noqa: E402

# isort: split
from exchange_support import _root_conftest  # noqa: E402

keyring_works = _root_conftest().keyring_works

__all__ = ["PASSPHRASE", "REPO", "RecordingSecretStore", "run_cli", "keyring_works"]


pytest_terminal_summary = print_figures
