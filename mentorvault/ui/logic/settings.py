"""The Settings dialog's vault calls: backups, remembering this device, the passphrase, the settings.

Runs on the worker.  ``verify_backup`` and ``restore_backup`` need no open vault
(they open the backup file themselves), so they are given to the worker directly.
"""

from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Callable

    from mentorvault.vault import BackupStatus, DailyBackup, Settings, Vault
    from mentorvault.vault.keys import BackupsReplaced, DeviceForgotten, RekeyProgress, RekeyResult


@dataclass(frozen=True)
class SettingsValues:
    """What the Settings dialog gives back: the vault's settings and the theme (a view preference)."""

    idle_lock_minutes: int
    lock_on_minimise: bool
    backup_dir: str
    backup_keep: int
    theme: str
    your_name: str = ""
    spelling_language: str = ""
    language: str = "system"
    reminders: dict[str, bool] = field(default_factory=dict)  # the "reminders" group of the registry


def save_settings(vault: Vault, values: SettingsValues) -> Settings:
    return vault.settings.update(idle_lock_minutes=values.idle_lock_minutes, lock_on_minimise=values.lock_on_minimise,
                                 backup_dir=values.backup_dir, backup_keep=values.backup_keep,
                                 your_name=values.your_name.strip(),
                                 spelling_language=values.spelling_language,
                                 language=values.language, **values.reminders)


def read_settings(vault: Vault) -> Settings:
    """The vault's settings; the owner's name also where an older vault kept it (beside the settings)."""
    from dataclasses import replace

    settings = vault.settings.get()
    return replace(settings, your_name=vault.identity.name() or "")


def backup_status(vault: Vault) -> BackupStatus:
    return vault.backups.status()


def start_daily_backup(vault: Vault) -> DailyBackup | None:
    """Start the day's automatic backup on its own thread; None when there is nothing to do today."""
    return vault.backups.start_daily()


def remember_device(vault: Vault, remember: bool) -> DeviceForgotten | None:
    """Remember this computer (the key kept in the system keyring), or forget it (what forgetting did)."""
    if remember:
        vault.keys.remember_device()
        return None
    return vault.keys.forget_device()


def manual_backup_name(now: _dt.datetime, suffix: str) -> str:
    return f"manual-{now.strftime('%Y-%m-%d-%H%M%S')}{suffix}"


def backup_now(vault: Vault, now: _dt.datetime) -> Path:
    """A backup in the vault's backup folder, named for the moment it was asked for."""
    from mentorvault.vault import BACKUP_SUFFIX

    return vault.backups.backup(vault.backups.folder() / manual_backup_name(now, BACKUP_SUFFIX))


def change_passphrase(vault: Vault, current: str, new: str) -> bool:
    """False (and nothing changed) when ``current`` is not the vault's passphrase."""
    if not vault.keys.verify_passphrase(current):
        return False
    vault.keys.change_passphrase(new)
    return True


def rekey(vault: Vault, current: str, new: str, replace_backups: bool,
          progress: Callable[[RekeyProgress], None] | None = None) -> RekeyResult | None:
    """"My passphrase may be known to someone": a new passphrase and a new key for the whole vault.

    None (and nothing changed) when ``current`` is not the vault's passphrase.
    """
    if not vault.keys.verify_passphrase(current):
        return None
    return vault.keys.rekey(new, replace_backups=replace_backups, progress=progress)


def replace_backups(vault: Vault) -> BackupsReplaced:
    """Replace all of the vault's backups with one fresh backup of the vault as it is now."""
    return vault.backups.replace_all()


def set_new_passphrase(vault: Vault, new: str) -> bool:
    """A new passphrase without the old one: offered after unlocking with the recovery key (True: set)."""
    vault.keys.change_passphrase(new)
    return True


def check_passphrase(vault: Vault, passphrase: str) -> bool:
    return vault.keys.verify_passphrase(passphrase)


def verify_backup(source: str, secret: str, recovery: bool) -> int:
    """How many entries the backup holds, once every page was checked."""
    from mentorvault.vault import Vault

    if recovery:
        return Vault.verify_backup(source, recovery_key=secret)
    return Vault.verify_backup(source, secret)


def restore_backup(source: str, target: str, secret: str, recovery: bool) -> int:
    """Make the backup a vault in ``target`` (checked fully first); how many entries it holds."""
    from mentorvault.vault import Vault

    if recovery:
        return Vault.restore(source, target, recovery_key=secret)
    return Vault.restore(source, target, secret)


__all__ = ["SettingsValues", "backup_now", "backup_status", "change_passphrase", "check_passphrase",
           "manual_backup_name", "read_settings", "rekey", "remember_device", "replace_backups", "restore_backup",
           "save_settings", "start_daily_backup", "verify_backup"]
