"""Opening and creating a vault, and finding its backups: the window's calls on the ``Vault`` class itself.

The vault's modules (crypto, SQLCipher) are imported at the first call, on the
worker, not when the first window is built.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import datetime as _dt

    from mentorvault.devicekeys import SecretStore
    from mentorvault.domain.models import UpgradeProgress
    from mentorvault.vault import Vault

Clock = Callable[[], "_dt.datetime"]  # datetime is imported by the vault, on the worker


def open_vault(folder: Path, store: SecretStore | None, clock: Clock,
               progress: Callable[[UpgradeProgress], None] | None = None, **how: Any) -> Vault:
    """Unlock ``folder`` the way ``how`` says (passphrase=, recovery_key= or the remembered device);
    ``progress`` hears, on the worker, how an upgrade of an older vault goes."""
    from mentorvault.vault import Vault

    # The day's automatic backup starts later, beside the session (Session.start_backup).
    return Vault.open(folder, secret_store=store, clock=clock, auto_backup=False, progress=progress, **how)


def create_vault(folder: Path, passphrase: str, store: SecretStore | None, clock: Clock,
                 your_name: str = "") -> tuple[Vault, str]:
    """A new vault in ``folder`` (with the owner's name, if given), and its recovery key (shown once)."""
    from mentorvault.vault import Vault

    return Vault.create(folder, passphrase, secret_store=store, clock=clock, your_name=your_name or None)


def find_backups(folder: Path) -> list[Path]:
    """The vault's automatic backups, newest first."""
    from mentorvault.vault import Vault

    return list(Vault.find_backups(folder))


__all__ = ["create_vault", "find_backups", "open_vault"]
