"""Where the "remember on this device" secret lives: the OS keyring, never a file.

A small interface so tests can inject failures; the real implementation is
:class:`KeyringStore`.  When no keyring backend works we say so and go on
without remembering (never a fallback file).
"""

from __future__ import annotations

import base64
from types import ModuleType
from typing import Protocol

from mentorvault.errors import KeyringUnavailable

SERVICE = "MentorVault"


class SecretStore(Protocol):
    def get(self, vault_id: str) -> bytes | None: ...

    def set(self, vault_id: str, secret: bytes) -> None: ...

    def delete(self, vault_id: str) -> None: ...


def _account(vault_id: str) -> str:
    return f"vault-{vault_id}"


class KeyringStore:
    """The system keyring through ``keyring`` (Secret Service, macOS Keychain, Windows Credential Locker)."""

    def _keyring(self) -> tuple[ModuleType, type[Exception]]:
        """``keyring`` and its root error, imported on first use rather than at start-up."""
        import keyring
        from keyring.errors import KeyringError

        return keyring, KeyringError

    def get(self, vault_id: str) -> bytes | None:
        keyring, KeyringError = self._keyring()
        try:
            value = keyring.get_password(SERVICE, _account(vault_id))
        except KeyringError:
            raise KeyringUnavailable() from None
        except Exception:  # noqa: BLE001 - D-Bus backends raise assorted errors when no daemon answers
            raise KeyringUnavailable() from None
        if value is None:
            return None
        try:
            return base64.b64decode(value, validate=True)
        except ValueError:
            return None

    def set(self, vault_id: str, secret: bytes) -> None:
        keyring, KeyringError = self._keyring()
        try:
            keyring.set_password(SERVICE, _account(vault_id), base64.b64encode(secret).decode())
        except KeyringError:
            raise KeyringUnavailable() from None
        except Exception:  # noqa: BLE001
            raise KeyringUnavailable() from None

    def delete(self, vault_id: str) -> None:
        keyring, KeyringError = self._keyring()
        try:
            keyring.delete_password(SERVICE, _account(vault_id))
        except keyring.errors.PasswordDeleteError:
            return
        except KeyringError:
            raise KeyringUnavailable() from None
        except Exception:  # noqa: BLE001
            raise KeyringUnavailable() from None
