"""A keyring backend for the jrnl peer: hands jrnl its journal password from an environment variable.

jrnl reads an encrypted journal's password from the system keyring, or else prompts
for it.  The benchmark runs jrnl non-interactively with
``PYTHON_KEYRING_BACKEND=envkeyring.EnvKeyring`` and this folder on ``PYTHONPATH``;
the password is the benchmark's own, in ``BENCH_JRNL_PASSWORD``.  It stores nothing.
"""

from __future__ import annotations

import os

from keyring.backend import KeyringBackend


class EnvKeyring(KeyringBackend):
    priority = 1  # type: ignore[assignment]

    def get_password(self, service: str, username: str) -> str | None:
        return os.environ.get("BENCH_JRNL_PASSWORD") if service == "jrnl" else None

    def set_password(self, service: str, username: str, password: str) -> None:
        return None

    def delete_password(self, service: str, username: str) -> None:
        return None
