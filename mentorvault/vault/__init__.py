"""The vault: one facade (:class:`Vault`) with a manager per job, and the folder it lives in.

``from mentorvault.vault import Vault`` is how both front ends reach the core.
"""

from __future__ import annotations

from mentorvault.domain.settings import Settings
from mentorvault.platform import disable_core_dumps
from mentorvault.vault.backups import BACKUP_MAGIC, BackupManager, BackupStatus, DailyBackup
from mentorvault.vault.clock import Clock, iso, utc_now
from mentorvault.vault.core import Vault, default_vault_dir
from mentorvault.vault.entries import EntryManager
from mentorvault.vault.folder import BACKUP_DIR, BACKUP_SUFFIX, DB_NAME, LOCK_NAME, SLOTS_NAME, VaultFolder
from mentorvault.vault.keys import KeyManager, check_new_passphrase
from mentorvault.vault.partners import PartnerManager
from mentorvault.vault.settings import SettingsManager

__all__ = [
    "Vault", "VaultFolder", "Settings", "BackupStatus", "DailyBackup", "EntryManager", "PartnerManager",
    "KeyManager", "BackupManager", "SettingsManager", "Clock", "default_vault_dir", "utc_now", "iso",
    "check_new_passphrase", "disable_core_dumps", "BACKUP_MAGIC", "BACKUP_SUFFIX", "BACKUP_DIR", "DB_NAME",
    "SLOTS_NAME", "LOCK_NAME",
]
